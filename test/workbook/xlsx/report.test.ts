/**
 * The report sheet and the print setup as the .xlsx door writes them: the SpreadsheetML a reader
 * (Excel, LibreOffice) is given, in the order the schema wants, and read back by our own reader.
 */
import JSZip from 'jszip';
import { readXlsx } from '../../../src/workbook/xlsx/read';
import { recalculateBytes, fixture } from './helpers';

async function sheetXml(bytes: Uint8Array, name: string): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  const workbook = (await zip.file('xl/workbook.xml')?.async('string')) ?? '';
  const rels = (await zip.file('xl/_rels/workbook.xml.rels')?.async('string')) ?? '';
  const id = new RegExp(`<sheet name="${name}" sheetId="\\d+" r:id="(rId\\d+)"`).exec(
    workbook,
  )?.[1];
  const target = new RegExp(`Id="${id ?? '-'}"[^>]*Target="([^"]+)"`).exec(rels)?.[1];
  if (target === undefined) throw new Error(`no sheet ${name}`);
  return (await zip.file(`xl/${target}`)?.async('string')) ?? '';
}

async function writtenExample(input = fixture('examples/arlig-analys-2025.xlsx')) {
  const { written } = await recalculateBytes(input, { language: 'sv' });
  if (written === null) throw new Error('nothing written');
  return written;
}

describe('the report in the .xlsx door', () => {
  let written: Uint8Array;
  let report: string;
  beforeAll(async () => {
    written = await writtenExample();
    report = await sheetXml(written, 'Sammanställning');
  });

  it('reads back with its figures, the word for unknown and its notes', async () => {
    const snapshot = await readXlsx(written);
    const sheet = snapshot.sheets.find((s) => s.name === 'Sammanställning');
    const at = (row: number, column: number) => sheet?.rows[row - sheet.top]?.[column - sheet.left];
    expect([at(1, 1), at(10, 5), at(11, 5), at(12, 5), at(10, 6)]).toEqual([
      'Sammanställning av scenarier och kostnadsdrivare',
      1116626,
      1121026,
      1094176,
      'okänd',
    ]);
    expect([at(46, 2), at(47, 2), at(52, 2), at(52, 3), at(53, 2)]).toEqual([
      528415, 40994.5, 102245, 99500, 630660,
    ]);
  });

  it('aligns the word for unknown with the amounts around it', async () => {
    const styles =
      (await (await JSZip.loadAsync(written)).file('xl/styles.xml')?.async('string')) ?? '';
    const xfs =
      /<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/
        .exec(styles)?.[1]
        ?.match(/<xf\b[^>]*\/>|<xf\b[^>]*>[\s\S]*?<\/xf>/g) ?? [];
    const style = Number(/<c r="F10" s="(\d+)" t="inlineStr">/.exec(report)?.[1] ?? -1);
    expect(xfs[style]).toContain('<alignment horizontal="right"/>');
  });

  it('links the validations sheet with a cell hyperlink, not a formula', () => {
    expect(report).toContain(
      '<hyperlinks><hyperlink ref="A6" location="\'Valideringar\'!A1" display="Visa alla på bladet Valideringar"/></hyperlinks>',
    );
    expect(report).not.toMatch(/<f[\s>]/);
  });

  it('prints on A4 landscape, fit to one page wide, with the stamp in the footer', () => {
    expect(report).toContain('<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>');
    expect(report).toContain(
      '<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>',
    );
    expect(report).toMatch(
      /<headerFooter><oddFooter>&amp;LBeräknad 2026-11-28 09:15 UTC av .* [0-9a-f]{16}&amp;R&amp;P \/ &amp;N<\/oddFooter><\/headerFooter>/,
    );
  });

  it('orders the worksheet’s elements as the schema (CT_Worksheet) wants', () => {
    const order = [
      '<sheetPr>',
      '<dimension ',
      '<sheetViews>',
      '<sheetFormatPr ',
      '<cols>',
      '<sheetData>',
      '<hyperlinks>',
      '<pageMargins ',
      '<pageSetup ',
      '<headerFooter>',
      '<tableParts ',
    ].map((tag) => report.indexOf(tag));
    expect(order.every((at) => at >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('gives its tables no filter buttons, and names them as the product’s', async () => {
    const zip = await JSZip.loadAsync(written);
    const tables = await Promise.all(
      Object.keys(zip.files)
        .filter((path) => /^xl\/tables\/table\d+\.xml$/.test(path))
        .map(async (path) => (await zip.file(path)?.async('string')) ?? ''),
    );
    const reportTables = tables.filter((xml) => /name="SR_Report/.test(xml));
    // The comparison, three scenario blocks, the bridge and the bridge chart's helper cells.
    expect(reportTables).toHaveLength(6);
    expect(reportTables.filter((xml) => xml.includes('<autoFilter'))).toEqual([]);
    expect(tables.filter((xml) => /name="SR_Scenarios"/.test(xml))[0]).toContain('<autoFilter');
  });

  it('repeats the title rows of the report and the header row of each data sheet, once per sheet after a rerun', async () => {
    const twice = await writtenExample(written);
    const workbook =
      (await (await JSZip.loadAsync(twice)).file('xl/workbook.xml')?.async('string')) ?? '';
    const titles = [
      ...workbook.matchAll(
        /<definedName name="_xlnm\.Print_Titles" localSheetId="(\d+)">([^<]*)<\/definedName>/g,
      ),
    ].map((m) => [Number(m[1]), m[2]]);
    expect(titles).toEqual([
      [6, "'Scenariosummering'!$4:$4"],
      [7, "'Kostnadsdrivare'!$4:$4"],
      [8, "'Valideringar'!$4:$4"],
      [9, "'Sammanställning'!$1:$2"],
    ]);
    for (const sheet of ['Scenariosummering', 'Kostnadsdrivare', 'Valideringar'])
      expect(await sheetXml(twice, sheet)).toContain(
        '<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>',
      );
    expect((await readXlsx(twice)).sheets.map((s) => s.name).slice(-4)).toEqual([
      'Scenariosummering',
      'Kostnadsdrivare',
      'Valideringar',
      'Sammanställning',
    ]);
  });
});
