/**
 * A workbook made of hostile text: every name, tag, status and sheet name that can reach a result
 * sheet begins like a formula, a DDE call or a quoted string, so a door that let text become a
 * formula would show it. Written as a real .xlsx with ExcelJS (text as shared strings, as Excel
 * saves it), so both doors read the same file.
 */
import ExcelJS from 'exceljs';

/** Text that a spreadsheet may take for a formula, or that tries to look like one. */
export const HOSTILE_TEXTS: readonly string[] = [
  '=HYPERLINK("http://x","y")',
  '+1+1',
  '-1+1',
  '@SUM(A1)',
  "=cmd|' /C calc'!A0",
  '\t=1',
  ' =1',
  '\uFF1D1', // ＝1, a full-width equals sign
  '\r\n=1',
  // Dynamic Data Exchange: how a formula once started a program in Excel and LibreOffice.
  '=DDE("cmd";"/C calc";"__DdeLink_60_870516294")',
  "-2+3+cmd|' /C calc'!A0",
  "'=1+1",
  // Text Excel takes for a number or a boolean in a cell not formatted as text.
  '-1',
  '+5',
  '1e3',
  'TRUE',
];

/** The formula an initiative cost cell holds with no computed value: quoted in a warning. */
export const HOSTILE_FORMULA = 'HYPERLINK("http://x","y")';

/** Sheet names that begin like formulas (a sheet name may hold none of `: \ / ? * [ ]`). */
export const HOSTILE_SHEETS = {
  services: '=SUM(1)',
  transfers: '\uFF1D1',
  initiatives: '+1+1',
  scenarios: '@SUM(A1)',
  members: '-1+1',
} as const;

/** A unit saved by an earlier version that names none of the three: the run quotes it in a sentence. */
export const HOSTILE_UNIT = '=1+1';

/** A cell: text, a number, empty, or a formula without a computed value. */
type Cell = string | number | null | { readonly formula: string };
type Row = readonly Cell[];

const suffixed = (text: string, suffix: string): string => `${text} ${suffix}`;

/**
 * The sheets of the hostile workbook, by name. Scenario names are the hostile texts exactly; the
 * service and initiative names begin with them (a suffix keeps names that differ only in leading
 * blanks apart); driver tags and statuses are hostile texts, so each gives a warning quoting it;
 * scenario members name initiatives and services one letter off, so warnings suggest the hostile
 * names; one service shrinks with no driver, so an English message begins with a minus sign.
 */
export function hostileSheets(): ReadonlyMap<string, readonly Row[]> {
  const services: Row[] = [['Tjänst', 'Budget 2024', 'Föreslagen budget 2025', 'Drivare']];
  const transfers: Row[] = [['Tjänst', 'Utvecklingsinsats', 'Estimerad kostnad 2025 (tkr)']];
  const initiatives: Row[] = [
    ['Tjänst', 'Förändringsinsats', 'Status', 'Kostnad 2025', 'Kostnad 2026', 'Nettonytta'],
  ];
  const scenarios: Row[] = [['Scenario', 'Namn', 'År', 'Bas', 'Påverkan']];
  const members: Row[] = [['Scenario', 'Förändringsinsats']];
  HOSTILE_TEXTS.forEach((text, i) => {
    const service = suffixed(text, `tjänst ${i + 1}`);
    const initiative = suffixed(text, `insats ${i + 1}`);
    const id = `S${i + 1}`;
    services.push([service, 1000 * (i + 1), 1000 * (i + 1) + 500, text]);
    transfers.push([suffixed(text, `tjänz ${i + 1}`), suffixed(text, 'flyttad'), 100]);
    initiatives.push([
      service,
      initiative,
      i % 2 === 0 ? text : 'Ny',
      i === 0 ? { formula: HOSTILE_FORMULA } : 100 * (i + 1),
      i === 1 ? text : 50,
      10,
    ]);
    scenarios.push([id, text, 2025, 10_000, 0]);
    members.push([id, initiative]);
    members.push([id, suffixed(text, `insatZ ${i + 1}`)]);
  });
  services.push(['Krympande tjänst', 5000, 3000, null]);
  // A scenario the scenarios table does not have, named by a hostile id.
  members.push([HOSTILE_TEXTS[0] ?? '', suffixed(HOSTILE_TEXTS[0] ?? '', 'insats 1')]);
  return new Map<string, readonly Row[]>([
    [HOSTILE_SHEETS.services, services],
    [HOSTILE_SHEETS.transfers, transfers],
    [HOSTILE_SHEETS.initiatives, initiatives],
    [HOSTILE_SHEETS.scenarios, scenarios],
    [HOSTILE_SHEETS.members, members],
  ]);
}

/** The hostile workbook as .xlsx bytes. */
export async function hostileWorkbook(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  for (const [name, rows] of hostileSheets()) {
    const worksheet = workbook.addWorksheet(name);
    for (const row of rows)
      worksheet.addRow(
        row.map((cell): ExcelJS.CellValue =>
          cell !== null && typeof cell === 'object' ? { formula: cell.formula } : cell,
        ),
      );
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
