/**
 * What the command line prints: a table of the scenario totals, the saved what-ifs apart from
 * them, the driver totals, and the warnings grouped by severity with their cells. Pure: it returns lines.
 */
import type { AllocationKey, JsonResult, Language, Severity } from '../engine';
import {
  driverLabel,
  figureDecimals,
  formatNumber,
  quote,
  sentenceDecimals,
  TABLE_KINDS,
  TABLE_LABELS,
  UNIT_DECIMALS,
} from '../engine';
import { CLI_TEXTS, SEVERITY_WORDS, SHEET_TEXTS } from '../pipeline/texts';

/**
 * The summary as lines of text.
 * @example reportLines(json, 'sv').join('\n')
 */
export function reportLines(json: JsonResult, language: Language): string[] {
  // A unit with decimals (MSEK) shows every figure of a table with the same ones: three, four when
  // one has a fraction of a tkr (figureDecimals). Whole units (tkr, kr) as the sentences do.
  const fixed = UNIT_DECIMALS[json.unit] > 0;
  const amountIn =
    (figures: readonly (number | null)[]) =>
    (value: number | null): string => {
      if (value === null) return CLI_TEXTS.unknown[language];
      if (!fixed) return formatNumber(value, language, sentenceDecimals(json.unit));
      const decimals = figureDecimals(json.unit, figures);
      return formatNumber(value, language, decimals, decimals);
    };
  const amount = amountIn(
    json.scenarios.flatMap((s) => [
      s.netBenefit,
      ...s.years.flatMap((y) => [y.base, y.ongoing, y.proposed, y.impact, y.overBase, y.total]),
    ]),
  );
  const driverAmount = amountIn(
    json.drivers === null ? [] : [...Object.values(json.drivers.totals), json.drivers.totalChange],
  );
  const lines: string[] = [];

  lines.push(`${CLI_TEXTS.tablesFound[language]}:`);
  for (const kind of TABLE_KINDS) {
    const table = json.tables.find((t) => t.table === kind);
    lines.push(
      `  ${TABLE_LABELS[kind][language].padEnd(44)} ${table === undefined ? CLI_TEXTS.notFound[language] : `${table.sheet}!${table.range} (${table.rows} ${CLI_TEXTS.rows[language]})`}`,
    );
  }

  if (json.scenarios.length > 0) {
    lines.push('');
    const t = (key: keyof typeof SHEET_TEXTS): string => SHEET_TEXTS[key][language];
    const header = [
      t('scenario'),
      t('year'),
      t('base'),
      t('ongoing'),
      t('proposed'),
      t('impact'),
      t('overBase'),
      t('total'),
    ];
    const rows = json.scenarios.flatMap((s) =>
      s.years.map((y) => [
        s.id,
        String(y.year),
        amount(y.base),
        amount(y.ongoing),
        amount(y.proposed),
        amount(y.impact),
        amount(y.overBase),
        amount(y.total),
      ]),
    );
    lines.push(...alignedTable([header, ...rows], `(${json.unit})`));
    lines.push('');
    for (const s of json.scenarios) {
      lines.push(
        `  ${t('scenario')} ${s.id}${s.name === null ? '' : ` ${s.name}`}: ${t('netBenefit').toLowerCase()} ${amount(s.netBenefit)}` +
          (s.membersWithoutNetBenefit > 0
            ? ` (${s.membersWithoutNetBenefit} ${CLI_TEXTS.without[language]})`
            : ''),
      );
    }
  }

  lines.push(...whatIfLines(json, language, amountIn));

  if (json.drivers !== null) {
    lines.push('');
    lines.push(`${SHEET_TEXTS.driverTotalsTitle[language]} ${json.drivers.year} (${json.unit}):`);
    for (const [driver, value] of Object.entries(json.drivers.totals) as [
      AllocationKey,
      number,
    ][]) {
      const label = driverLabel(driver, language);
      lines.push(`  ${label.padEnd(20)} ${driverAmount(value).padStart(14)}`);
    }
    lines.push(
      `  ${SHEET_TEXTS.totalChange[language].padEnd(20)} ${driverAmount(json.drivers.totalChange).padStart(14)}`,
    );
  }

  lines.push('');
  if (json.warnings.length === 0) lines.push(CLI_TEXTS.noWarnings[language]);
  for (const severity of ['error', 'warning', 'info'] as const satisfies readonly Severity[]) {
    const group = json.warnings.filter((w) => w.severity === severity);
    if (group.length === 0) continue;
    lines.push(`${SEVERITY_WORDS[severity][language]} (${group.length}):`);
    for (const w of group) {
      const where = w.sheet === null ? '' : `${w.sheet}!${w.cell ?? ''}`;
      lines.push(`  ${where.padEnd(22)} ${w.code.padEnd(22)} ${w.message}`);
    }
  }
  return lines;
}

/**
 * The saved what-ifs after the scenarios, under a heading that says they are not decided
 * scenarios: per what-if and year its over base, total and differences against its scenario.
 */
function whatIfLines(
  json: JsonResult,
  language: Language,
  amountIn: (figures: readonly (number | null)[]) => (value: number | null) => string,
): string[] {
  if (json.whatIfs.length === 0) return [];
  const t = (key: keyof typeof SHEET_TEXTS): string => SHEET_TEXTS[key][language];
  const amount = amountIn(
    json.whatIfs.flatMap((w) => [
      w.netBenefit,
      ...w.years.flatMap((y) => [
        y.overBase,
        y.total,
        y.versus?.overBase ?? null,
        y.versus?.total ?? null,
      ]),
    ]),
  );
  // A what-if from nothing has no scenario to differ from: a dash, not `unknown`.
  const versus = (value: number | null, scenario: boolean): string =>
    scenario ? amount(value) : '–';
  const header = [
    t('whatIf'),
    t('basedOn'),
    t('year'),
    t('overBase'),
    t('total'),
    t('versusOverBase'),
    t('versusTotal'),
  ];
  const rows = json.whatIfs.flatMap((w) =>
    w.years.map((y) => [
      w.name,
      w.basedOn ?? '–',
      String(y.year),
      amount(y.overBase),
      amount(y.total),
      versus(y.versus?.overBase ?? null, y.versus !== null),
      versus(y.versus?.total ?? null, y.versus !== null),
    ]),
  );
  return [
    '',
    `${t('whatIfsTitle')}:`,
    ...alignedTable([header, ...rows], `(${json.unit})`, 3),
    '',
    ...json.whatIfs.map(
      (w) =>
        `  ${quote(w.name, language)}: ${t('netBenefit').toLowerCase()} ${amount(w.netBenefit)}` +
        (w.membersWithoutNetBenefit > 0
          ? ` (${w.membersWithoutNetBenefit} ${CLI_TEXTS.without[language]})`
          : ''),
    ),
  ];
}

/** Rows of cells as columns: the first `left` columns left-aligned, the others right-aligned. */
function alignedTable(rows: readonly (readonly string[])[], caption: string, left = 2): string[] {
  const widths = (rows[0] ?? []).map((_, i) =>
    rows.reduce((widest, row) => Math.max(widest, (row[i] ?? '').length), 0),
  );
  const lines = rows.map(
    (row) =>
      '  ' +
      row
        .map((cell, i) => (i < left ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0)))
        .join('  '),
  );
  return [`  ${caption}`, ...lines];
}
