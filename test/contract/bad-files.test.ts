/**
 * The product's contract with its users, part 3: whole files that go wrong, as real .xlsx bytes
 * through the .xlsx door (the pipeline on `xlsxPort`) and the command line, which prints the
 * sentence the user sees and writes nothing when it refuses.
 */
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import type { CliIo } from '../../src/cli/main';
import { runCli } from '../../src/cli/main';
import { readXlsx } from '../../src/workbook/xlsx/read';
import { fixture, FIXED_NOW, recalculateBytes } from '../workbook/xlsx/helpers';
import { analysis, put, findings, scenarioYear, xlsxOf } from './build';

/** The command line in English on a file holding `bytes`: its status, what it said, what it wrote. */
async function cli(bytes: Uint8Array, args: readonly string[] = []) {
  const dir = mkdtempSync(join(tmpdir(), 'bad-input-'));
  const input = join(dir, 'analys.xlsx');
  const out = join(dir, 'analys.recalculated.xlsx');
  writeFileSync(input, bytes);
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    env: {},
    now: () => FIXED_NOW,
  };
  const status = await runCli([input, '--lang', 'en', ...args], io);
  return { status, stdout, stderr, input, wrote: existsSync(out) };
}

describe('the layout of a sheet', () => {
  it('a merged title row above the header is passed over: the table starts at its header', async () => {
    const input = analysis();
    input.Insatser.unshift(['Förändringsinsatser 2025–2026 (tkr)']);
    const bytes = await xlsxOf(input, (wb) => wb.getWorksheet('Insatser')?.mergeCells('A1:E1'));
    const { outcome } = await recalculateBytes(bytes, { language: 'en' });
    if (outcome.kind !== 'written') throw new Error(outcome.kind);
    expect(findings(outcome.result)).toEqual([]);
    expect(outcome.result.tables.find((t) => t.table === 'initiatives')?.range).toBe('A2:E4');
    expect(scenarioYear(outcome.result, 2025).total).toBe(103600);
  });

  it('a formula the file holds no value for is reported at its cell and not counted', async () => {
    const input = analysis();
    put(input.Insatser, 'C2', { kind: 'uncalculated', formula: '1000*2' });
    const { outcome } = await recalculateBytes(await xlsxOf(input), { language: 'en' });
    if (outcome.kind !== 'written') throw new Error(outcome.kind);
    expect(findings(outcome.result)).toEqual([
      {
        code: 'FORMULA_WITHOUT_VALUE',
        at: 'Insatser!C2',
        message:
          'The formula =1000*2 in column “Kostnad 2025” has no computed value (the file was never recalculated in Excel); the cell is not counted.',
      },
    ]);
  });

  it('formatting down to row 1 048 576 does not make a used range: the sheet reads as its values', async () => {
    const bytes = await xlsxOf(analysis(), (wb) => {
      const sheet = wb.getWorksheet('Insatser');
      if (sheet === undefined) throw new Error('no sheet');
      sheet.getCell('Z1048576').numFmt = '#,##0';
      sheet.getCell('Z1048576').fill = {
        type: 'pattern',
        pattern: 'solid',
        fgColor: { argb: 'FFFFFF00' },
      };
    });
    const xml = (await (
      await JSZip.loadAsync(bytes)
    )
      .file('xl/worksheets/sheet2.xml')
      ?.async('string')) as string;
    expect(xml).toContain('<dimension ref="A1:Z1048576"/>');
    const snapshot = await readXlsx(bytes);
    expect(snapshot.sheets.find((s) => s.name === 'Insatser')?.rows).toHaveLength(3);
    const { outcome } = await recalculateBytes(bytes, { language: 'en' });
    expect(outcome.kind === 'written' && findings(outcome.result)).toEqual([]);
  });

  it('a stray value in the last row of a notes sheet leaves that sheet unread, said at that cell; the run still writes', async () => {
    const bytes = await xlsxOf(
      { ...analysis(), Anteckningar: [['Kom ihåg: prognos i mars']] },
      (wb) => {
        const sheet = wb.getWorksheet('Anteckningar');
        if (sheet === undefined) throw new Error('no sheet');
        sheet.getCell('Z1048576').value = 'x';
      },
    );
    const { outcome } = await recalculateBytes(bytes, { language: 'en' });
    expect(outcome.kind).toBe('written');
    expect(outcome.kind === 'written' && findings(outcome.result)).toEqual([
      {
        code: 'SHEET_NOT_READ',
        at: 'Anteckningar!Z1048576',
        message:
          'The sheet “Anteckningar” was not read: its used range reaches this cell (27,262,976 cells; the add-in reads at most 5,000,000 from a sheet), so its tables were not read either. If a table of the analysis is on it, remove the stray values out here and recalculate.',
      },
    ]);
  });

  it('a stray value in the last row of a result sheet is no reason to refuse it or to speak of it: the sheet is rewritten', async () => {
    const first = await recalculateBytes(await xlsxOf(analysis()), { language: 'en' });
    if (first.written === null) throw new Error('nothing written');
    // Into the package itself: an ExcelJS round trip would drop the sheet's tables.
    const zip = await JSZip.loadAsync(first.written);
    const workbookXml = (await zip.file('xl/workbook.xml')?.async('string')) ?? '';
    const relId = /<sheet name="Valideringar" sheetId="\d+" r:id="(rId\d+)"/.exec(workbookXml)?.[1];
    const rels = (await zip.file('xl/_rels/workbook.xml.rels')?.async('string')) ?? '';
    const target = new RegExp(`Id="${relId ?? '?'}"[^>]*Target="([^"]+)"`).exec(rels)?.[1];
    const part = `xl/${(target ?? '').replace(/^\/?xl\//, '')}`;
    const sheetXml = (await zip.file(part)?.async('string')) ?? '';
    expect(sheetXml).toContain('</sheetData>');
    zip.file(
      part,
      sheetXml.replace(
        '</sheetData>',
        '<row r="1048576"><c r="Z1048576" t="inlineStr"><is><t>x</t></is></c></row></sheetData>',
      ),
    );
    const grown = new Uint8Array(await zip.generateAsync({ type: 'uint8array' }));
    expect((await readXlsx(grown)).sheets.find((s) => s.name === 'Valideringar')?.notRead).toEqual({
      lastCell: 'Z1048576',
      cells: 1_048_576 * 26,
    });
    const { outcome } = await recalculateBytes(grown, { language: 'en' });
    expect(outcome.kind).toBe('written');
    expect(outcome.kind === 'written' && findings(outcome.result)).toEqual([]);
  });

  it('a workbook with 200 sheets is read whole: the tables are found among them and the four result sheets are added', async () => {
    const others = Object.fromEntries(
      Array.from({ length: 196 }, (_, i) => [
        `Förvaltning ${i + 1}`,
        [
          ['Anteckningar', `Förvaltning ${i + 1}`],
          ['Kontakt', 'controller@example.invalid'],
          ['Senast ändrad', 2025],
        ],
      ]),
    );
    const bytes = await xlsxOf({ ...others, ...analysis() });
    const { outcome, written } = await recalculateBytes(bytes, { language: 'en' });
    if (outcome.kind !== 'written' || written === null) throw new Error(outcome.kind);
    expect(findings(outcome.result)).toEqual([]);
    expect(outcome.result.tables.map((t) => `${t.table} ${t.sheet}!${t.range}`)).toEqual([
      'services Tjänster!A1:E3',
      'initiatives Insatser!A1:E3',
      'scenarios Scenarier!A1:D3',
      'members Scenarioinsatser!A1:B3',
    ]);
    const names = (await readXlsx(written)).sheets.map((s) => s.name);
    expect([names.length, ...names.slice(-4)]).toEqual([
      204,
      'Scenariosummering',
      'Kostnadsdrivare',
      'Valideringar',
      'Summary',
    ]);
  });

  it('a message about a text of 32 767 characters still fits in its cell on the validations sheet', async () => {
    const input = analysis();
    input.Scenarioinsatser.push([1, 'x'.repeat(32_767)]);
    const { outcome, written } = await recalculateBytes(await xlsxOf(input), { language: 'en' });
    if (outcome.kind !== 'written' || written === null) throw new Error(outcome.kind);
    const validations = (await readXlsx(written)).sheets.find((s) => s.name === 'Valideringar');
    const message = validations?.rows
      .flat()
      .find((cell) => typeof cell === 'string' && cell.startsWith('Scenario 1 names'));
    expect(typeof message === 'string' && [message.length, message.slice(-20)]).toEqual([
      32_767,
      'x'.repeat(19) + '…',
    ]);
  });
});

describe('files the command line refuses', () => {
  it('a foreign sheet named like a result sheet is never overwritten: exit 1, one sentence, nothing written', async () => {
    const bytes = await xlsxOf({ ...analysis(), Valideringar: [['Mina egna anteckningar']] });
    expect(await cli(bytes)).toMatchObject({
      status: 1,
      stderr:
        'The sheet “Valideringar” exists and was not made by Scenario recalculation; rename it or choose other result sheets with --sheets. Nothing was written.\n',
      wrote: false,
    });
  });

  it('a unit the result cannot be shown in (--unit EUR): exit 2, one sentence naming the three, nothing written', async () => {
    expect(await cli(await xlsxOf(analysis()), ['--unit', 'EUR'])).toMatchObject({
      status: 2,
      stderr: 'EUR is not a unit --unit can show; choose tkr, MSEK or kr. See --help.\n',
      wrote: false,
    });
  });

  it('a file that is not a workbook: exit 2, one sentence naming it, nothing written', async () => {
    const run = await cli(fixture('not-xlsx.xlsx'));
    expect(run).toMatchObject({
      status: 2,
      stderr: `${run.input} is not an Excel workbook (.xlsx).\n`,
      wrote: false,
    });
  });

  it('an empty workbook lacks every required table: exit 1, the tables named, nothing written', async () => {
    const run = await cli(await xlsxOf({ Blad1: [] }));
    expect(run).toMatchObject({
      status: 1,
      stderr:
        'The workbook lacks the tables Services, Initiatives, Scenarios; no result was written.\n',
      wrote: false,
    });
  });

  it('a Strict Open XML workbook is read but not written into: exit 2, one sentence, nothing written', async () => {
    const zip = await JSZip.loadAsync(await xlsxOf(analysis()));
    for (const name of Object.keys(zip.files).filter((n) => /\.(xml|rels)$/.test(n))) {
      const xml = (await zip.file(name)?.async('string')) ?? '';
      zip.file(
        name,
        xml
          .split('http://schemas.openxmlformats.org/spreadsheetml/2006/main')
          .join('http://purl.oclc.org/ooxml/spreadsheetml/main')
          .split('http://schemas.openxmlformats.org/officeDocument/2006/relationships')
          .join('http://purl.oclc.org/ooxml/officeDocument/relationships'),
      );
    }
    const run = await cli(await zip.generateAsync({ type: 'uint8array' }));
    expect(run).toMatchObject({
      status: 2,
      stderr:
        'The workbook is saved as Strict Open XML, which cannot be written to; save it as an ordinary Excel Workbook (.xlsx).\n',
      wrote: false,
    });
  });
});
