/**
 * The engine's one entry point: grids in, a result out. Pure: no workbook, no host, no I/O.
 */
import type { CellRef } from './cells/raw';
import type { DriverName } from './drivers/names';
import { parseAddress } from './cells/raw';
import type { DriverBreakdown } from './drivers/breakdown';
import { breakdownDrivers } from './drivers/breakdown';
import type { TableKind } from './headers/words';
import { TABLE_KINDS } from './headers/words';
import type { Money } from './money';
import type { OutputUnit, Tolerance } from './settings';
import { DEFAULT_UNIT, readTolerance, toleranceIn, unitNamed } from './settings';
import type { ScenarioSummary } from './scenarios/summarise';
import { resultYears, summariseScenarios } from './scenarios/summarise';
import { findTables, selectTables } from './tables/find';
import type { Grid, GridSource } from './tables/grid';
import { tableRange } from './tables/grid';
import { readTables } from './tables/read';
import type { InitiativeRow, Tables } from './tables/model';
import type { ScenarioBlock } from './tables/scenario-blocks';
import { findScenarioBlocks } from './tables/scenario-blocks';
import type { UnitPlan } from './tables/units';
import { planUnits } from './tables/units';
import type { Severity, Warning, WarningSink } from './validation/warning';
import type { SavedWhatIfResult } from './whatif/evaluate-all';
import { evaluateWhatIfs } from './whatif/evaluate-all';
import type { StoredWhatIf, UnreadWhatIf } from './whatif/stored';
import { collectWarnings } from './validation/warning';

export interface EngineOptions {
  /**
   * A difference smaller than this is no difference: a number (or its text) in the result's unit,
   * or an amount with its own unit (as saved). Default 0.5 tkr.
   */
  readonly tolerance?: number | string | Tolerance | null;
  /**
   * The unit every figure is given in: `tkr`, `MSEK` or `kr` (or a synonym, `mnkr`); unset or
   * null, the unit most of the workbook's tables are in. An unknown word is reported and ignored.
   */
  readonly unit?: string | null;
  /** Sheets the adapter did not read because they are too large: reported at their last cell. */
  readonly unreadSheets?: readonly UnreadSheet[];
  /** The what-ifs saved in the workbook: computed beside the scenarios (docs/what-if.md). */
  readonly whatIfs?: readonly StoredWhatIf[];
  /** Saved what-if entries the settings reader could not read: reported, never used. */
  readonly unreadWhatIfs?: readonly UnreadWhatIf[];
}

export interface UnreadSheet {
  readonly sheet: string;
  /** The bottom-right cell of its used range, A1 style. */
  readonly lastCell: string;
  readonly cells: number;
  /** The most cells a sheet may have to be read. */
  readonly limit: number;
}

export interface TableLocation {
  readonly table: TableKind;
  readonly sheet: string;
  /** From the first header row to the last data row. */
  readonly range: string;
  /** How many rows the header spans from the range's top (1, or 2-3 read top to bottom). */
  readonly headerRows: number;
  readonly rows: number;
  readonly source: GridSource['kind'];
  /** The Excel table's name, when the table was found as one (not by a mapping or on a sheet). */
  readonly excelTable: string | null;
  /**
   * Each header as written (over several header rows: its labels top to bottom, the year last,
   * `Kostnad 2025`), and what it was read as (null: a column the table does not use).
   */
  readonly columns: readonly {
    readonly header: string;
    readonly field: string | null;
    readonly year: number | null;
    readonly driver: DriverName | null;
  }[];
}

export interface EngineResult {
  /** The unit every amount of the result is in. */
  readonly unit: OutputUnit;
  readonly years: readonly number[];
  readonly tables: readonly TableLocation[];
  readonly scenarios: readonly ScenarioSummary[];
  readonly drivers: DriverBreakdown | null;
  /**
   * Every initiative a scenario may hold: the initiatives table's rows, then those only a
   * scenario's list names (ongoing ones the document lists by their first year's cost): what a
   * what-if chooses from.
   */
  readonly initiatives: readonly InitiativeRow[];
  /** The saved what-ifs' figures, in their saved order (docs/what-if.md). */
  readonly whatIfs: readonly SavedWhatIfResult[];
  /** Every service row read, with where its alias goes: for adding an alias from a suggestion. */
  readonly services: readonly {
    readonly name: string;
    readonly aliases: readonly string[];
    readonly aliasAt: CellRef | null;
  }[];
  /** Sorted by severity, then by sheet and cell. */
  readonly warnings: readonly Warning[];
}

/** Tables without which the result is incomplete; the others are optional. */
export const REQUIRED_TABLES: ReadonlySet<TableKind> = new Set([
  'services',
  'initiatives',
  'scenarios',
]);

const SEVERITY_RANK: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

/**
 * Recomputes scenario summaries, the driver breakdown and every validation from a workbook's grids.
 * @example recalculate([{ sheet: 'Data', top: 1, left: 1, rows, source: { kind: 'sheet' } }]).scenarios
 */
export function recalculate(grids: readonly Grid[], options: EngineOptions = {}): EngineResult {
  const sink = collectWarnings();
  const selected = selectTables(grids.flatMap(findTables), sink);
  const choice = unitChoiceOf(options.unit);
  const units = planUnits(selected, grids, choice.unit, sink);
  if (choice.unknown !== null)
    sink.add({ code: 'UNKNOWN_UNIT_CHOICE', written: choice.unknown, unit: units.unit }, null);
  const unit = units.unit;
  const tolerance = toleranceOf(options.tolerance, unit);
  for (const unread of options.unreadSheets ?? [])
    sink.add(
      { code: 'SHEET_NOT_READ', sheet: unread.sheet, cells: unread.cells, limit: unread.limit },
      { sheet: unread.sheet, cell: unread.lastCell },
    );
  // The document's own layout: a `Summering för scenario N` block per scenario on a sheet, in the
  // unit the tables state (its cells may write their own: `6000 tkr`).
  const blocks = grids.flatMap((grid) =>
    findScenarioBlocks(grid, sink, { column: units.unstated, result: unit }),
  );
  reportAssumedUnit(units, blocks, sink);
  const read = readTables(selected, sink, units);
  const firstBlock = blocks[0];
  const tables: Tables =
    firstBlock === undefined
      ? read
      : {
          ...read,
          scenarios: [...read.scenarios, ...blocks.flatMap((block) => block.rows)],
          found: new Map<TableKind, CellRef>([
            ['scenarios', read.found.get('scenarios') ?? firstBlock.scenario.at],
            ...read.found,
          ]),
        };
  for (const kind of TABLE_KINDS) {
    if (!selected.has(kind) && !(kind === 'scenarios' && blocks.length > 0))
      sink.add({ code: 'MISSING_TABLE', table: kind, required: REQUIRED_TABLES.has(kind) }, null);
  }
  const years = resultYears(tables);
  const scenarios = summariseScenarios(tables, years, tolerance, sink);
  const drivers = breakdownDrivers(tables, tolerance, sink);
  const initiatives = allInitiatives(tables.initiatives, scenarios);
  const whatIfs = evaluateWhatIfs(
    options.whatIfs ?? [],
    options.unreadWhatIfs ?? [],
    { initiatives, scenarios, years },
    unit,
    sink,
  );
  return {
    unit,
    years,
    tables: [
      ...TABLE_KINDS.flatMap((kind) => {
        const first = selected.get(kind);
        return first === undefined ? [] : [first, ...first.more];
      }).map((table): TableLocation => ({
        table: table.kind,
        sheet: table.sheet,
        range: tableRange(table),
        headerRows: table.headerRows,
        rows: table.rows.length,
        source: table.source.kind,
        excelTable: table.source.kind === 'excel-table' ? table.source.name : null,
        columns: table.headers.map((header, index) => {
          const bound = table.header.columns.find((column) => column.index === index);
          return {
            header,
            field: bound?.field ?? null,
            year: bound?.year ?? null,
            driver: bound?.driver ?? null,
          };
        }),
      })),
      ...blocks.map((block): TableLocation => ({
        table: 'scenarios',
        sheet: block.sheet,
        range: block.range,
        headerRows: 1,
        rows: block.rows.length,
        source: 'sheet',
        excelTable: null,
        columns: block.years.map((year) => ({
          header: String(year),
          field: 'year',
          year,
          driver: null,
        })),
      })),
    ],
    scenarios,
    drivers,
    initiatives,
    whatIfs,
    services: tables.services.map((s) => ({
      name: s.name.value,
      aliases: s.aliases,
      aliasAt: s.aliasAt,
    })),
    warnings: sortWarnings(sink.list),
  };
}

/** The table's initiatives, then each one only a scenario's members name, once. */
function allInitiatives(
  table: readonly InitiativeRow[],
  scenarios: readonly ScenarioSummary[],
): readonly InitiativeRow[] {
  const all = new Set(table);
  for (const scenario of scenarios)
    for (const { initiative } of scenario.members) all.add(initiative);
  return [...all];
}

/**
 * Once, the tables (and summary blocks) that state no unit and are read in the unit another table
 * states, when that unit is not tkr: read in MSEK or kr, a table actually in tkr would be a
 * thousandfold misreading, never silent. Read in tkr, they are read as they would be anyway.
 */
function reportAssumedUnit(
  units: UnitPlan,
  blocks: readonly ScenarioBlock[],
  sink: WarningSink,
): void {
  if (units.unstatedFrom === null || units.unstated === DEFAULT_UNIT) return;
  const first = units.assumed[0];
  const summaries = blocks.filter((block) => !block.unitStated);
  const at =
    (first === undefined ? undefined : units.tables.get(first)?.at) ?? summaries[0]?.scenario.at;
  if (at === undefined) return;
  sink.add(
    {
      code: 'UNIT_ASSUMED',
      tables: units.assumed,
      summaries: summaries.length,
      unit: units.unstated,
      stated: units.unstatedFrom,
    },
    at,
  );
}

/**
 * The tolerance as an amount in the result's unit; a tolerance that is not a number of at least 0
 * is a caller's mistake (every door checks it first, with `readTolerance`).
 */
function toleranceOf(
  value: number | string | Tolerance | null | undefined,
  unit: OutputUnit,
): Money {
  if (value === undefined || value === null) return toleranceIn(unit, null);
  const given = readTolerance(typeof value === 'object' ? value.amount : value);
  if (given === null) {
    throw new RangeError(
      `The tolerance must be a number of at least 0, not ${JSON.stringify(value)}.`,
    );
  }
  return toleranceIn(unit, typeof value === 'object' ? { ...value, amount: given } : given);
}

/** The unit asked for, or null for the tables' own; a word that names no unit is kept to report. */
function unitChoiceOf(value: string | null | undefined): {
  unit: OutputUnit | null;
  unknown: string | null;
} {
  if (value === undefined || value === null || value.trim() === '')
    return { unit: null, unknown: null };
  const unit = unitNamed(value);
  return unit === null ? { unit: null, unknown: value } : { unit, unknown: null };
}

function sortWarnings(warnings: readonly Warning[]): Warning[] {
  const position = (warning: Warning): [string, number, number] => {
    const address = warning.at === null ? null : parseAddress(warning.at.cell);
    return [warning.at?.sheet ?? '', address?.row ?? 0, address?.column ?? 0];
  };
  return warnings
    .map((warning, order) => ({ warning, order, key: position(warning) }))
    .sort(
      (a, b) =>
        SEVERITY_RANK[a.warning.severity] - SEVERITY_RANK[b.warning.severity] ||
        a.key[0].localeCompare(b.key[0]) ||
        a.key[1] - b.key[1] ||
        a.key[2] - b.key[2] ||
        a.order - b.order,
    )
    .map(({ warning }) => warning);
}
