/**
 * The saved what-ifs on the summary sheet: a table of their own under the scenarios, titled so no
 * reader takes one for a decided scenario, one row per what-if and year. The scenario table's
 * columns are untouched (users have SUMIFS on them), and a workbook without what-ifs gets no table.
 */
import { amountCell, YEAR_FIGURE_COLUMNS, yearFigureCells } from './result-cells';
import type { Layout, UnplacedTable } from './results';

/** The what-if table, or none when the workbook saves no what-ifs. */
export function whatIfTables({ result, t, tableName, columns }: Layout): UnplacedTable[] {
  if (result.whatIfs.length === 0) return [];
  const rows = result.whatIfs.flatMap((whatIf) =>
    whatIf.years.map((y) => [
      whatIf.name,
      // The scenario as saved, also one no longer in the workbook (a finding says so).
      whatIf.stored.basedOn,
      ...yearFigureCells(y),
      amountCell(y.versus?.overBase ?? null),
      amountCell(y.versus?.total ?? null),
    ]),
  );
  return [
    {
      name: tableName('WhatIfs'),
      title: `${t('whatIfsTitle')} (${result.unit})`,
      // The widths of the scenario table's columns above, but the first two, which hold names.
      columns: columns([
        ['whatIf', 'text', 36],
        ['basedOn', 'text', 36],
        ...YEAR_FIGURE_COLUMNS,
        ['versusOverBase', 'amount', 12],
        ['versusTotal', 'amount', 12],
      ]),
      rows,
    },
  ];
}
