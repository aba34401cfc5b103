/**
 * What the command line prints: a table of the scenario totals, the driver totals, and the
 * warnings grouped by severity with their cells. Pure: it returns lines.
 */
import type { AllocationKey, JsonResult, Language, Severity } from '../engine';
import {
  driverLabel,
  figureDecimals,
  formatNumber,
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

/** Rows of cells as columns: the first column left-aligned, the others right-aligned. */
function alignedTable(rows: readonly (readonly string[])[], caption: string): string[] {
  const widths = (rows[0] ?? []).map((_, i) =>
    rows.reduce((widest, row) => Math.max(widest, (row[i] ?? '').length), 0),
  );
  const lines = rows.map(
    (row) =>
      '  ' +
      row
        .map((cell, i) => (i < 2 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0)))
        .join('  '),
  );
  return [`  ${caption}`, ...lines];
}
