/**
 * The report's what-ifs (./report.ts): after the scenarios, a heading and one sentence saying they
 * are not decided scenarios, then a block per saved what-if — over base and total per year, the
 * differences against the scenario it starts from, its net benefit, and each of its problems as
 * the validations sheet says it. A reader without the add-in sees the what-if's figures and
 * cannot take them for a scenario's. Nothing at all for a workbook without what-ifs.
 */
import type { CellRef, EngineResult, Language, Money, SavedWhatIfResult } from '../engine';
import { formatAmount, messageFor, problemFinding, quote, toJsonNumber } from '../engine';
import type { ResultCell, ResultColumn } from '../workbook/port';
import { RESULT_TABLE_PREFIX } from '../workbook/settings';
import type { Block, Section } from './report-layout';
import type { REPORT_TEXTS } from './texts';
import { reportText } from './texts';

type Say = (key: keyof typeof REPORT_TEXTS, values?: Record<string, string | number>) => string;
/** The report's column widths: the label column, an amount's, the note's. */
type Widths = { readonly label: number; readonly amount: number; readonly note: number };

/** The name each what-if's block starts with (`SR_ReportWhatIf1`, …). */
export const WHAT_IF_TABLE = `${RESULT_TABLE_PREFIX}ReportWhatIf`;

/**
 * The what-if section: its heading lines and a block per what-if; empty without what-ifs.
 * @example whatIfSection(result, 'sv', tableNamer([]), { label: 46, amount: 15, note: 44 }).lines[0]?.value === 'Varianter (what-if)'
 */
export function whatIfSection(
  result: EngineResult,
  language: Language,
  name: (wanted: string) => string,
  widths: Widths,
): Section {
  if (result.whatIfs.length === 0) return { lines: [], blocks: [] };
  const say: Say = (key, values = {}) =>
    reportText(key, language, { unit: result.unit, ...values });
  return {
    lines: [
      { value: say('whatIfsHeading'), style: 'title' },
      { value: say('whatIfsNotDecided'), style: 'text' },
    ],
    blocks: result.whatIfs.map((whatIf, i) =>
      whatIfBlock(whatIf, result, language, say, widths, name(`${WHAT_IF_TABLE}${i + 1}`)),
    ),
  };
}

function whatIfBlock(
  whatIf: SavedWhatIfResult,
  result: EngineResult,
  language: Language,
  say: Say,
  widths: Widths,
  name: string,
): Block {
  const id = whatIf.basedOn;
  const figure = (value: Money | null): ResultCell =>
    value === null ? say('unknown') : toJsonNumber(value);
  const columns: ResultColumn[] = [
    { header: say('item'), kind: 'text', width: widths.label },
    ...result.years.map((year): ResultColumn => ({
      header: String(year),
      kind: 'amount',
      width: widths.amount,
    })),
    { header: say('note'), kind: 'text', width: widths.note },
  ];
  const rows: ResultCell[][] = [
    [
      say('overBase'),
      ...whatIf.years.map((y) => figure(y.overBase)),
      unknownNote(whatIf, 'overBase', say),
    ],
    [say('total'), ...whatIf.years.map((y) => figure(y.total)), unknownNote(whatIf, 'total', say)],
  ];
  if (id !== null) {
    // A difference is unknown where either figure is: said as such, with the figure's reason above.
    rows.push(
      [
        say('versusOverBase', { id }),
        ...whatIf.years.map((y) => figure(y.versus?.overBase ?? null)),
        null,
      ],
      [
        say('versusTotal', { id }),
        ...whatIf.years.map((y) => figure(y.versus?.total ?? null)),
        null,
      ],
    );
  }
  rows.push([
    say('netBenefit'),
    // Under the first year's column; a result without years has none, and the note keeps its place.
    ...result.years.map((_year, i) => (i === 0 ? toJsonNumber(whatIf.netBenefit) : null)),
    [
      say('wholeWhatIf'),
      ...(id === null || whatIf.versusNetBenefit === null
        ? []
        : [
            say('versusNetBenefit', {
              id,
              amount: formatAmount(whatIf.versusNetBenefit, language, result.unit),
            }),
          ]),
      ...(whatIf.membersWithoutNetBenefit > 0
        ? [say('lackNetBenefit', { count: whatIf.membersWithoutNetBenefit })]
        : []),
      ...(whatIf.netBenefitAsStated > 0
        ? [say('asStated', { count: whatIf.netBenefitAsStated })]
        : []),
    ].join('; '),
  ]);
  // Each problem in the words the validations sheet gives it, on a row of its own: the label
  // column's text runs on over the empty cells to its right, so a long sentence stays whole.
  for (const problem of whatIf.problems) {
    const detail = problemFinding(whatIf.name, problem, whatIf.stored);
    const message = messageFor(detail, language, result.unit);
    rows.push([say('toNote', { message }), ...result.years.map(() => null), null]);
  }
  const quoted = quote(whatIf.name, language);
  return {
    name,
    title:
      id === null
        ? say('whatIfTitle', { name: quoted })
        : say('whatIfTitleBasedOn', { name: quoted, id }),
    columns,
    rows,
    filterButtons: false,
  };
}

/** Why a figure is unknown in each year it is: `2026: bas saknas`. */
function unknownNote(
  whatIf: SavedWhatIfResult,
  figure: 'overBase' | 'total',
  say: Say,
): string | null {
  const notes = whatIf.years.flatMap((y) => {
    if (y[figure] !== null) return [];
    const reasons = [
      ...(figure === 'total' && y.base === null ? [say('baseMissing')] : []),
      ...(y.impact === null ? [say('impactMissing')] : []),
      ...(y.ongoing === null || y.proposed === null
        ? [withCell(say('whatIfCostMissing'), y.unknownCostAt)]
        : []),
    ];
    return [`${y.year}: ${reasons.join(', ')}`];
  });
  return notes.length === 0 ? null : notes.join('; ');
}

function withCell(text: string, at: CellRef | null): string {
  return at === null ? text : `${text}, ${at.sheet}!${at.cell}`;
}
