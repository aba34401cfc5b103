/**
 * Writing the result sheets into a copy of a real workbook: the input's own parts untouched byte
 * for byte, the result sheets replaced whole on every run, text never a formula, settings saved.
 */
import JSZip from 'jszip';
import { WorkbookError } from '../../../src/workbook/errors';
import { readXlsx } from '../../../src/workbook/xlsx/read';
import { writeResultSheets } from '../../../src/workbook/xlsx/write';
import { fixture, partText, parts, recalculateBytes } from './helpers';

/** Parts a write may change: the package's indexes, the styles it appends to, and its own parts. */
const BOOKKEEPING = [
  '[Content_Types].xml',
  'xl/_rels/workbook.xml.rels',
  'xl/workbook.xml',
  'xl/styles.xml',
];

async function written(file: string): Promise<Uint8Array> {
  const { written: bytes } = await recalculateBytes(fixture(file));
  if (bytes === null) throw new Error(`nothing written for ${file}`);
  return bytes;
}

describe('writing the result sheets', () => {
  it.each([
    'examples/arlig-analys-2025.xlsx',
    'kitchen-sink.xlsx',
    'kitchen-sink.libreoffice.xlsx',
    'openpyxl-tables.xlsx',
  ])(
    'leaves every part of %s but the package indexes and styles byte for byte as it was',
    async (file) => {
      const before = await parts(fixture(file));
      const after = await parts(await written(file));
      for (const [path, bytes] of before) {
        if (BOOKKEEPING.includes(path)) continue;
        expect([
          path,
          Buffer.compare(Buffer.from(bytes), Buffer.from(after.get(path) ?? new Uint8Array())),
        ]).toEqual([path, 0]);
      }
    },
  );

  it('keeps the chart, comments, validations, formats, defined names and the hidden sheet of the input', async () => {
    const input = fixture('kitchen-sink.xlsx');
    const output = await written('kitchen-sink.xlsx');
    const names = [...(await parts(output)).keys()];
    expect(names.some((n) => /^xl\/charts\/chart\d+\.xml$/.test(n))).toBe(true);
    expect(names.some((n) => /comment/i.test(n))).toBe(true);
    const definedNames = (xml: string): string =>
      /<definedNames>[\s\S]*<\/definedNames>/.exec(xml)?.[0] ?? '';
    // The input's names stay as they were; the writer adds only the result sheets' print titles.
    const withoutPrintTitles = (xml: string): string =>
      definedNames(xml).replace(
        /<definedName name="_xlnm\.Print_Titles"[^>]*>[^<]*<\/definedName>/g,
        '',
      );
    expect(withoutPrintTitles(await partText(output, 'xl/workbook.xml'))).toBe(
      definedNames(await partText(input, 'xl/workbook.xml')),
    );
    expect(definedNames(await partText(input, 'xl/workbook.xml'))).toContain('localSheetId="0"');
    expect((await partText(output, 'xl/workbook.xml')).match(/state="hidden"/g)).toHaveLength(1);
  });

  it('adds the three result sheets at the end, each with its Excel tables', async () => {
    const snapshot = await readXlsx(await written('examples/arlig-analys-2025.xlsx'));
    expect(snapshot.sheets.map((s) => s.name)).toEqual([
      'Tjänster',
      'Utveckling',
      'Förändringsinsatser',
      'Scenarier',
      'Drivare',
      'Anteckningar',
      'Scenariosummering',
      'Kostnadsdrivare',
      'Valideringar',
      'Sammanställning',
    ]);
    expect(
      snapshot.tables.filter((t) => t.name.startsWith('SR_')).map((t) => `${t.sheet}:${t.name}`),
    ).toEqual([
      'Scenariosummering:SR_Scenarios',
      'Scenariosummering:SR_NetBenefit',
      'Scenariosummering:SR_Detail',
      'Kostnadsdrivare:SR_Drivers',
      'Kostnadsdrivare:SR_DriverTotals',
      'Valideringar:SR_Validations',
      'Sammanställning:SR_ReportScenarios',
      'Sammanställning:SR_ReportScenario1',
      'Sammanställning:SR_ReportScenario2',
      'Sammanställning:SR_ReportScenario3',
      'Sammanställning:SR_ReportBridge',
      'Sammanställning:SR_ReportBridgeChart',
    ]);
  });

  it('writes the figures a controller checks, formatted, with the header frozen and a stamp', async () => {
    const output = await written('examples/arlig-analys-2025.xlsx');
    const snapshot = await readXlsx(output);
    const summary = snapshot.tables.find((t) => t.name === 'SR_Scenarios');
    expect(summary?.rows[0]?.slice(0, 9)).toEqual([
      'Scenario',
      'Namn',
      'År',
      'Bas',
      'Pågående',
      'Föreslagna',
      'Påverkan',
      'Över bas',
      'Summering',
    ]);
    expect(summary?.rows.slice(1).map((row) => [row[0], row[2], row[7], row[8]])).toEqual([
      ['1', 2025, 27650, 1116626],
      ['1', 2026, 11630, null],
      ['1', 2027, 0, null],
      ['2', 2025, 32050, 1121026],
      ['2', 2026, 24400, null],
      ['2', 2027, 18800, null],
      ['3', 2025, 5200, 1094176],
      ['3', 2026, 9500, null],
      ['3', 2027, 6000, null],
    ]);
    const sheetXml = await partText(output, 'xl/worksheets/sheet7.xml');
    expect(sheetXml).toContain(
      '<pane ySplit="4" topLeftCell="A5" activePane="bottomLeft" state="frozen"/>',
    );
    const stamp = snapshot.sheets.find((s) => s.name === 'Scenariosummering')?.rows[0]?.[0];
    expect(stamp).toMatch(
      /^Beräknad 2026-11-28 09:15 UTC av Scenarioberäkning 0\.1\.0 · fingeravtryck för indata [0-9a-f]{16}$/,
    );
    const styles = await partText(output, 'xl/styles.xml');
    // The amount cells' style uses the built-in #,##0 (numFmtId 3).
    const amountStyle = /<c r="H5" s="(\d+)"/.exec(sheetXml)?.[1];
    const xfs =
      /<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/
        .exec(styles)?.[1]
        ?.match(/<xf\b[^>]*\/>|<xf\b[^>]*>[\s\S]*?<\/xf>/g) ?? [];
    expect(xfs[Number(amountStyle)]).toContain('numFmtId="3"');
  });

  it('rewrites its own sheets on the next run instead of adding more, and keeps the styles from growing', async () => {
    const once = await written('examples/arlig-analys-2025.xlsx');
    const { written: twice } = await recalculateBytes(once);
    if (twice === null) throw new Error('nothing written');
    const [first, second] = [await readXlsx(once), await readXlsx(twice)];
    expect(second.sheets.map((s) => s.name)).toEqual(first.sheets.map((s) => s.name));
    expect(second.tables.map((t) => t.name)).toEqual(first.tables.map((t) => t.name));
    for (const name of ['Scenariosummering', 'Kostnadsdrivare', 'Valideringar']) {
      expect(second.sheets.find((s) => s.name === name)?.rows).toEqual(
        first.sheets.find((s) => s.name === name)?.rows,
      );
    }
    expect(await partText(twice, 'xl/styles.xml')).toBe(await partText(once, 'xl/styles.xml'));
    const tableParts = async (bytes: Uint8Array): Promise<number> =>
      [...(await parts(bytes)).keys()].filter((n) => n.startsWith('xl/tables/')).length;
    expect(await tableParts(twice)).toBe(await tableParts(once));
  });

  it('writes text that looks like a formula as text', async () => {
    const zip = await JSZip.loadAsync(fixture('examples/arlig-analys-2025.xlsx'));
    // Rename two services to hostile text, in the input's shared strings.
    const sharedPath = 'xl/sharedStrings.xml';
    const shared = (await zip.file(sharedPath)?.async('string')) ?? '';
    zip.file(
      sharedPath,
      shared
        .replace('>IT Arbetsplats<', '>=HYPERLINK("http://example.invalid","klicka")<')
        .replace('>Smart Stad<', ">+cmd|' /C calc'!A0<"),
    );
    const input = await zip.generateAsync({ type: 'uint8array' });
    const { written: output } = await recalculateBytes(input);
    if (output === null) throw new Error('nothing written');
    const driversXml = await partText(output, 'xl/worksheets/sheet8.xml');
    expect(driversXml).not.toContain('<f>');
    expect(driversXml).toContain(
      '<is><t xml:space="preserve">=HYPERLINK(&quot;http://example.invalid&quot;,&quot;klicka&quot;)</t></is>',
    );
    expect(driversXml).toContain(`<is><t xml:space="preserve">+cmd|' /C calc'!A0</t></is>`);
    const snapshot = await readXlsx(output);
    const services = snapshot.tables
      .find((t) => t.name === 'SR_Drivers')
      ?.rows.map((row) => row[0]);
    expect(services).toContain('=HYPERLINK("http://example.invalid","klicka")');
  });

  it('saves the settings in the workbook and reads them back', async () => {
    const { written: output } = await recalculateBytes(fixture('examples/small-english.xlsx'), {
      language: 'en',
      settings: {
        tolerance: { amount: 2, unit: 'kr' },
        unit: 'kr',
        resultSheets: { summary: 'Summary', drivers: 'Drivers', validations: 'Checks' },
      },
    });
    if (output === null) throw new Error('nothing written');
    const snapshot = await readXlsx(output);
    expect(snapshot.settings).toEqual({
      version: 2,
      resultSheets: { summary: 'Summary', drivers: 'Drivers', validations: 'Checks' },
      reportSheet: null,
      tolerance: { amount: 2, unit: 'kr' },
      unit: 'kr',
      mapping: {},
    });
    // The next run, given nothing, writes to the saved sheets.
    const { outcome } = await recalculateBytes(output, { language: 'en' });
    expect(outcome.kind === 'written' && outcome.sheets.map((s) => s.name)).toEqual([
      'Summary',
      'Drivers',
      'Checks',
      // The report's English default is taken by the summary sheet: it keeps the Swedish one.
      'Sammanställning',
    ]);
  });
});

describe('writing into packages the writer must not damage', () => {
  async function resultSheetsOf(file: string) {
    const { outcome } = await recalculateBytes(fixture(file));
    if (outcome.kind !== 'written') throw new Error('nothing written');
    return outcome;
  }

  it('keeps the input’s own cell styles as they were, adding its own after them', async () => {
    const xfs = (xml: string): string[] =>
      /<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/
        .exec(xml)?.[1]
        ?.match(/<xf\b[^>]*\/>|<xf\b[^>]*>[\s\S]*?<\/xf>/g) ?? [];
    const before = xfs(await partText(fixture('examples/arlig-analys-2025.xlsx'), 'xl/styles.xml'));
    const after = xfs(
      await partText(await written('examples/arlig-analys-2025.xlsx'), 'xl/styles.xml'),
    );
    expect(before.length).toBeGreaterThan(1);
    expect(after.slice(0, before.length)).toEqual(before);
    expect(after.length).toBeGreaterThan(before.length);
  });

  it('writes sheet names with $ and & exactly, in a workbook.xml that still parses', async () => {
    const outcome = await resultSheetsOf('examples/small-english.xlsx');
    const names = ['R$&D', 'Kost $$', "Val 'x' & <y>", "Rapport 'x' & $"];
    const sheets = outcome.sheets.map((sheet, i) => ({ ...sheet, name: names[i] ?? sheet.name }));
    const bytes = await writeResultSheets(
      fixture('examples/small-english.xlsx'),
      sheets,
      outcome.settings,
    );
    const snapshot = await readXlsx(bytes);
    expect(snapshot.sheets.map((s) => s.name).slice(-4)).toEqual(names);
  });

  it('refuses to replace a chart sheet that bears a result sheet’s name, and writes nothing', async () => {
    const zip = await JSZip.loadAsync(fixture('examples/small-english.xlsx'));
    const set = async (path: string, edit: (xml: string) => string): Promise<void> => {
      zip.file(path, edit((await zip.file(path)?.async('string')) ?? ''));
    };
    zip.file(
      'xl/chartsheets/sheet1.xml',
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<chartsheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetViews><sheetView workbookViewId="0"/></sheetViews></chartsheet>',
    );
    await set('[Content_Types].xml', (xml) =>
      xml.replace(
        '</Types>',
        '<Override PartName="/xl/chartsheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.chartsheet+xml"/></Types>',
      ),
    );
    await set('xl/_rels/workbook.xml.rels', (xml) =>
      xml.replace(
        '</Relationships>',
        '<Relationship Id="rId900" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/chartsheet" Target="chartsheets/sheet1.xml"/></Relationships>',
      ),
    );
    await set('xl/workbook.xml', (xml) =>
      xml.replace('</sheets>', '<sheet name="Valideringar" sheetId="900" r:id="rId900"/></sheets>'),
    );
    const input = await zip.generateAsync({ type: 'uint8array' });
    const outcome = await resultSheetsOf('examples/small-english.xlsx');
    const error: unknown = await writeResultSheets(input, outcome.sheets, outcome.settings).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(WorkbookError);
    expect((error as WorkbookError).problem).toEqual({
      kind: 'foreign-sheet',
      sheet: 'Valideringar',
    });
  });

  it('refuses a Strict Open XML workbook instead of mixing formats in it', async () => {
    const zip = await JSZip.loadAsync(fixture('examples/small-english.xlsx'));
    const xml = (await zip.file('xl/workbook.xml')?.async('string')) ?? '';
    zip.file(
      'xl/workbook.xml',
      xml.replace(
        'http://schemas.openxmlformats.org/spreadsheetml/2006/main',
        'http://purl.oclc.org/ooxml/spreadsheetml/main',
      ),
    );
    const outcome = await resultSheetsOf('examples/small-english.xlsx');
    const error: unknown = await writeResultSheets(
      await zip.generateAsync({ type: 'uint8array' }),
      outcome.sheets,
      outcome.settings,
    ).catch((e: unknown) => e);
    expect((error as WorkbookError).problem).toEqual({ kind: 'strict-format' });
  });
});
