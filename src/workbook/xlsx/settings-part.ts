/**
 * The product's settings inside an .xlsx package: a custom XML part (`customXml/itemN.xml`), the
 * Office Open XML place for data that travels with a document and belongs to no sheet. Excel keeps
 * custom XML parts when it saves; Office.js reaches the same part through
 * `workbook.customXmlParts.getByNamespace(SETTINGS_NAMESPACE)`.
 */
import type JSZip from 'jszip';
import type { StoredSettings } from '../settings';
import { SETTINGS_NAMESPACE, settingsFromXml, settingsXml } from '../settings-xml';
import { insertBefore, parseRelationships, relsOf, resolveTarget } from './package-paths';
import { putPart } from './package-paths';

const CUSTOM_XML_REL =
  'http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml';

/** The settings stored in the package, or null when it holds none. */
export async function readSettingsPart(zip: JSZip): Promise<StoredSettings | null> {
  const part = await findSettingsPart(zip);
  if (part === null) return null;
  return settingsFromXml((await zip.file(part)?.async('string')) ?? '');
}

/**
 * Writes the settings into the package: into the existing part if there is one, else as a new
 * custom XML part related from the workbook.
 */
export async function writeSettingsPart(zip: JSZip, settings: StoredSettings): Promise<void> {
  const existing = await findSettingsPart(zip);
  if (existing !== null) {
    putPart(zip, existing, settingsXml(settings));
    return;
  }
  let n = 1;
  while (zip.file(`customXml/item${n}.xml`) !== null) n += 1;
  const item = `customXml/item${n}.xml`;
  putPart(zip, item, settingsXml(settings));
  putPart(
    zip,
    `customXml/itemProps${n}.xml`,
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<ds:datastoreItem ds:itemID="{${itemId(n)}}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"><ds:schemaRefs><ds:schemaRef ds:uri="${SETTINGS_NAMESPACE}"/></ds:schemaRefs></ds:datastoreItem>`,
  );
  putPart(
    zip,
    `customXml/_rels/item${n}.xml.rels`,
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXmlProps" Target="itemProps${n}.xml"/></Relationships>`,
  );
  const types = (await zip.file('[Content_Types].xml')?.async('string')) ?? '';
  putPart(
    zip,
    '[Content_Types].xml',
    insertBefore(
      types,
      '</Types>',
      `<Override PartName="/customXml/itemProps${n}.xml" ContentType="application/vnd.openxmlformats-officedocument.customXmlProperties+xml"/>`,
      '[Content_Types].xml',
    ),
  );
  const workbookRels = relsOf('xl/workbook.xml');
  const rels = (await zip.file(workbookRels)?.async('string')) ?? '';
  const ids = new Set(parseRelationships(rels).map((rel) => rel.id));
  let id = 1;
  while (ids.has(`rId${id}`)) id += 1;
  putPart(
    zip,
    workbookRels,
    insertBefore(
      rels,
      '</Relationships>',
      `<Relationship Id="rId${id}" Type="${CUSTOM_XML_REL}" Target="../${item}"/>`,
      'xl/_rels/workbook.xml.rels',
    ),
  );
}

/** The custom XML part holding our namespace, found through the workbook's relationships. */
async function findSettingsPart(zip: JSZip): Promise<string | null> {
  const rels = (await zip.file(relsOf('xl/workbook.xml'))?.async('string')) ?? '';
  const candidates = parseRelationships(rels)
    .filter((rel) => rel.type === CUSTOM_XML_REL && !rel.external)
    .map((rel) => resolveTarget('xl/workbook.xml', rel.target));
  // Excel also relates custom XML parts from the package root in some versions; look there too.
  for (const name of Object.keys(zip.files))
    if (/^customXml\/item\d+\.xml$/.test(name) && !candidates.includes(name)) candidates.push(name);
  for (const part of candidates) {
    const xml = await zip.file(part)?.async('string');
    if (xml?.includes(SETTINGS_NAMESPACE) === true) return part;
  }
  return null;
}

/** A stable GUID-shaped id for the item's properties part. */
function itemId(n: number): string {
  const hex = (1_000_000 + n).toString(16).padStart(12, '0');
  return `5C3E1A2B-7D4F-4E6A-9B1C-${hex}`;
}
