/**
 * Workbooks whose settings part holds saved what-ifs, for the tests of every door: the example's
 * scenario 3 with *Etablera förutsättningar för AI* added, its figures worked out by hand from the
 * source document (examples/source/arlig-analys-2025.ts), and a way to write a settings text as
 * it is, malformed or not.
 */
import JSZip from 'jszip';
import type { StoredWhatIf } from '../../src/engine';
import type { StoredSettings } from '../../src/workbook/settings';
import { DEFAULT_SETTINGS } from '../../src/workbook/settings';
import { SETTINGS_NAMESPACE } from '../../src/workbook/settings-xml';
import { escapeXml, unescapeXml } from '../../src/workbook/xml-text';
import { writeSettingsPart } from '../../src/workbook/xlsx/settings-part';

export const AI = 'Etablera förutsättningar för AI';

export const SCENARIO_3_MEMBERS = [
  'Förstudie Beslutsmiljö',
  'Förstudie Incidentrapportering för egendomsskador',
  'Etablera tjänst för applikationsförvaltning',
  'Etablera tjänst för tjänstekatalog',
] as const;

/** Scenario 3 as it is, plus the AI initiative. */
export const AI_IN_3: StoredWhatIf = {
  name: 'AI i scenario 3',
  basedOn: '3',
  members: [...SCENARIO_3_MEMBERS, AI].map((initiative) => ({ initiative, shift: 0, scale: '1' })),
  impact: [],
};

/**
 * AI_IN_3's figures in tkr, by hand: scenario 3's members propose 500 + 700 + 2 400 + 1 600 = 5 200
 * in 2025 and 500 + 1 400 + 5 300 + 0 = 7 200 in 2026, AI adds 10 500 in each; the impact is
 * scenario 3's (0, 2 300, 6 000), the base 1 088 976 in 2025 and `Ej känt` after.
 */
export const AI_IN_3_FIGURES = {
  overBase: [15700, 20000, 6000],
  total: [1104676, null, null],
  versusOverBase: [10500, 10500, 0],
  versusTotal: [10500, null, null],
} as const;

/** The three scenarios' totals for 2025, which no what-if changes. */
export const SCENARIO_TOTALS_2025 = [1116626, 1121026, 1094176] as const;

/** The bytes with a settings part saving these what-ifs (the defaults otherwise). */
export async function withWhatIfs(
  bytes: Uint8Array,
  whatIfs: readonly StoredWhatIf[],
  settings: Partial<StoredSettings> = {},
): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  await writeSettingsPart(zip, { ...DEFAULT_SETTINGS, ...settings, whatIfs });
  return zip.generateAsync({ type: 'uint8array' });
}

/** The bytes with a settings part holding exactly this text, JSON or not. */
export async function withSettingsText(bytes: Uint8Array, text: string): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(await withWhatIfs(bytes, []));
  const part = await settingsPartPath(zip);
  zip.file(
    part,
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<scenarioRecalcSettings xmlns="${SETTINGS_NAMESPACE}">${escapeXml(text)}</scenarioRecalcSettings>`,
  );
  return zip.generateAsync({ type: 'uint8array' });
}

/** The settings part's XML as a package holds it (what Excel's custom XML part gives). */
export async function settingsPartXml(bytes: Uint8Array): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  return (await zip.file(await settingsPartPath(zip))?.async('string')) ?? '';
}

/** The settings text a package holds, as stored (null without a settings part). */
export async function settingsText(bytes: Uint8Array): Promise<string | null> {
  const zip = await JSZip.loadAsync(bytes);
  const part = await settingsPartPath(zip).catch(() => null);
  if (part === null) return null;
  const xml = (await zip.file(part)?.async('string')) ?? '';
  const body = /<scenarioRecalcSettings\b[^>]*>([\s\S]*?)<\/scenarioRecalcSettings>/.exec(xml)?.[1];
  return body === undefined ? null : unescapeXml(body);
}

async function settingsPartPath(zip: JSZip): Promise<string> {
  for (const name of Object.keys(zip.files).filter((n) => /^customXml\/item\d+\.xml$/.test(n))) {
    const xml = (await zip.file(name)?.async('string')) ?? '';
    if (xml.includes(SETTINGS_NAMESPACE)) return name;
  }
  throw new Error('no settings part');
}
