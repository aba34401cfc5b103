/**
 * Validation warnings: a stable code, a severity, the cell concerned, and the facts a message
 * needs. Bad cells are warnings in the result, never exceptions.
 */
import type { UnreadableReason } from '../cells/parse';
import type { CellRef } from '../cells/raw';
import type { DriverName } from '../drivers/names';
import type { TableKind } from '../headers/words';
import type { CandidateReason } from '../names/match';
import type { Money } from '../money';
import type { OutputUnit } from '../settings';
import type { InitiativeStatus } from '../tables/model';

export type Severity = 'error' | 'warning' | 'info';

/** Which stated scenario figure a STATED_MISMATCH concerns. */
export type ScenarioFigure = 'ongoing' | 'proposed' | 'total' | 'netBenefit';

export type WarningDetail =
  | {
      readonly code: 'STATED_MISMATCH';
      readonly scenario: string;
      readonly year: number | null;
      readonly figure: ScenarioFigure;
      readonly stated: Money;
      readonly computed: Money;
    }
  | {
      readonly code: 'LISTED_COST_MISMATCH';
      readonly scenario: string;
      readonly initiative: string;
      readonly year: number;
      readonly listed: Money;
      readonly cost: Money | null;
    }
  | {
      readonly code: 'UNKNOWN_SERVICE';
      readonly name: string;
      readonly candidates: readonly string[];
      /** Why each candidate is offered, in the same order. */
      readonly reasons: readonly CandidateReason[];
    }
  | {
      readonly code: 'UNKNOWN_INITIATIVE';
      readonly name: string;
      readonly scenario: string;
      readonly candidates: readonly string[];
    }
  | {
      readonly code: 'AMBIGUOUS_INITIATIVE';
      readonly name: string;
      readonly scenario: string;
      /** The ids of the initiatives that share the name: what the user can write instead. */
      readonly candidates: readonly string[];
      /** Their name cells, in the same order. */
      readonly cells: readonly CellRef[];
    }
  | {
      readonly code: 'UNKNOWN_SCENARIO';
      readonly id: string;
      readonly candidates: readonly string[];
    }
  | {
      readonly code: 'DUPLICATE_NAME';
      readonly table: TableKind;
      readonly name: string;
      readonly first: CellRef;
    }
  | { readonly code: 'DUPLICATE_MEMBER'; readonly scenario: string; readonly initiative: string }
  | { readonly code: 'DUPLICATE_COLUMN'; readonly table: TableKind; readonly header: string }
  | {
      readonly code: 'SHEET_NOT_READ';
      readonly sheet: string;
      readonly cells: number;
      readonly limit: number;
    }
  | {
      readonly code: 'HEADER_NEAR_MISS';
      readonly table: TableKind;
      readonly header: string;
      readonly meant: string;
    }
  | {
      readonly code: 'HEADER_READ_AS';
      readonly table: TableKind;
      readonly header: string;
      /** The column it is read as, as the vocabulary writes it (`Nettonytta`, `Kostnad 2025`). */
      readonly meant: string;
    }
  | {
      readonly code: 'HEADER_AMBIGUOUS';
      readonly table: TableKind;
      readonly header: string;
      readonly words: readonly string[];
    }
  | {
      readonly code: 'COLUMN_WITHOUT_YEAR';
      readonly table: TableKind;
      readonly header: string;
      /** The field's word the header begins with or holds (`Kostnad`). */
      readonly word: string;
      /** The year may go on the row above (a table found on its sheet, not an Excel table). */
      readonly rowAbove: boolean;
    }
  | { readonly code: 'UNREAD_AMOUNTS'; readonly table: TableKind; readonly header: string }
  | { readonly code: 'NO_COST_COLUMN'; readonly rowAbove: boolean }
  | {
      readonly code: 'UNIT_MISMATCH';
      readonly table: TableKind;
      readonly header: string;
      /** The unit the column's header states. */
      readonly unit: OutputUnit;
      /** The unit of the rest of its table. */
      readonly expected: OutputUnit;
      /** The result's unit, into which its amounts are converted. */
      readonly converted: OutputUnit;
    }
  | {
      readonly code: 'UNITS_DIFFER';
      /** The tables that state a unit, and the unit each states. */
      readonly tables: readonly { readonly table: TableKind; readonly unit: OutputUnit }[];
      /** The tables that state none, read in `assumedUnit`. */
      readonly assumed: readonly TableKind[];
      readonly assumedUnit: OutputUnit;
      readonly unit: OutputUnit;
    }
  | {
      /** Tables (and summary blocks) that state no unit, read in the unit another table states. */
      readonly code: 'UNIT_ASSUMED';
      readonly tables: readonly TableKind[];
      /** How many of the document's scenario summaries state no unit and are read in it too. */
      readonly summaries: number;
      readonly unit: OutputUnit;
      /** The table that states the unit, and where. */
      readonly stated: { readonly table: TableKind; readonly at: CellRef };
    }
  | { readonly code: 'UNKNOWN_UNIT_CHOICE'; readonly written: string; readonly unit: OutputUnit }
  | { readonly code: 'DUPLICATE_TABLE'; readonly table: TableKind; readonly used: CellRef }
  | {
      readonly code: 'NOT_A_NUMBER';
      readonly text: string;
      readonly column: string;
      readonly reason: UnreadableReason;
    }
  | { readonly code: 'EXCEL_ERROR_VALUE'; readonly value: string; readonly column: string }
  | { readonly code: 'FORMULA_WITHOUT_VALUE'; readonly formula: string; readonly column: string }
  | { readonly code: 'MISSING_TABLE'; readonly table: TableKind; readonly required: boolean }
  | {
      readonly code: 'MISSING_COLUMN';
      readonly table: TableKind;
      /** The fields of which the table has none (one, or a group any one of which would do). */
      readonly fields: readonly string[];
      /** The year the column needs (`Budget 2024`); null when any year, or none, will do. */
      readonly year: number | null;
    }
  | {
      readonly code: 'MISSING_VALUE';
      readonly table: TableKind;
      /** The column's header as written; null when the row has no such cell at all. */
      readonly column: string | null;
      /** The field the value is for, which names the column when the header cannot. */
      readonly field: string;
    }
  | { readonly code: 'DRIVER_TAG_MISSING'; readonly service: string; readonly amount: Money }
  | { readonly code: 'UNKNOWN_DRIVER'; readonly service: string | null; readonly tag: string }
  | { readonly code: 'UNALLOCATED_DELTA'; readonly service: string; readonly amount: Money }
  | { readonly code: 'UNKNOWN_STATUS'; readonly initiative: string; readonly status: string }
  | {
      readonly code: 'TOTAL_CHANGE_MISMATCH';
      readonly driver: DriverName | 'total';
      readonly year: number;
      readonly stated: Money;
      readonly computed: Money;
    }
  | { readonly code: 'TOTAL_ROW_SKIPPED'; readonly table: TableKind; readonly name: string }
  | {
      readonly code: 'CELL_UNIT_CONVERTED';
      /** The cell as it writes the amount and its unit: `37,9 MSEK`. */
      readonly written: string;
      /** The unit the cell writes. */
      readonly unit: OutputUnit;
      /** The amount in the result's unit. */
      readonly value: Money;
      /** The result's unit. */
      readonly into: OutputUnit;
    }
  | {
      readonly code: 'NAME_READ_AS';
      readonly scenario: string;
      readonly name: string;
      readonly meant: string;
    }
  | {
      /** A hand-written member name that rewords two initiatives or more about as closely. */
      readonly code: 'NAME_AMBIGUOUS';
      readonly scenario: string;
      readonly name: string;
      readonly candidates: readonly string[];
    }
  | {
      /** A scenario summarised in two places: a second block, or a block and a table's rows. */
      readonly code: 'SCENARIO_SUMMARISED_TWICE';
      readonly scenario: string;
      /** The first summary's cell (used), then this one's (not used). */
      readonly cells: readonly [CellRef, CellRef];
    }
  | {
      /** A row inside a summary block holding amounts under its years but naming no measure. */
      readonly code: 'UNKNOWN_BLOCK_ROW';
      readonly label: string;
    }
  | {
      /** A summary block without the row of an input it needs (the base, the impact). */
      readonly code: 'MISSING_BLOCK_ROW';
      readonly scenario: string;
      readonly measure: 'base' | 'impact';
    }
  | {
      /** Rows under a title after a blank row, read on as the table above's rows. */
      readonly code: 'TABLE_READ_ON';
      readonly table: TableKind;
      readonly title: string;
    }
  | {
      readonly code: 'MEMBER_ONLY_INITIATIVE';
      readonly scenario: string;
      readonly initiative: string;
      readonly year: number;
      readonly cost: Money | null;
    }
  | { readonly code: 'STATUS_FROM_TITLE'; readonly title: string }
  | { readonly code: 'EMPTY_SCENARIO'; readonly scenario: string }
  | {
      readonly code: 'UNKNOWN_MEMBER_COST';
      readonly scenario: string;
      readonly year: number;
      /** How many members have no cost for the year. */
      readonly count: number;
      /** The sums those members leave unknown. */
      readonly statuses: readonly InitiativeStatus[];
    }
  | { readonly code: 'MISSING_NET_BENEFIT'; readonly scenario: string; readonly count: number }
  /** A what-if saved in the workbook's settings that this version cannot read: kept, not used. */
  | { readonly code: 'WHATIF_UNREADABLE'; readonly whatIf: string }
  /** The initiative a what-if's member names is no longer in the workbook: left out, and said. */
  | {
      readonly code: 'WHATIF_UNKNOWN_INITIATIVE';
      readonly whatIf: string;
      readonly initiative: string;
    }
  | {
      readonly code: 'WHATIF_AMBIGUOUS_INITIATIVE';
      readonly whatIf: string;
      readonly initiative: string;
      readonly ids: readonly string[];
    }
  | { readonly code: 'WHATIF_NAMED_TWICE'; readonly whatIf: string; readonly initiative: string }
  | {
      readonly code: 'WHATIF_NOT_WHOLE_YEARS';
      readonly whatIf: string;
      readonly initiative: string;
      readonly shift: number;
    }
  /** A cost a what-if's move takes out of the result's years: said with the year and amount. */
  | {
      readonly code: 'WHATIF_MOVED_OUT';
      readonly whatIf: string;
      readonly initiative: string;
      readonly year: number;
      readonly amount: Money;
    }
  | {
      readonly code: 'WHATIF_UNKNOWN_SCENARIO';
      readonly whatIf: string;
      readonly scenario: string;
    };

export type WarningCode = WarningDetail['code'];

export type Warning = WarningDetail & {
  readonly severity: Severity;
  /** The cell concerned; null only for workbook-level findings (a missing table). */
  readonly at: CellRef | null;
};

const SEVERITY: Readonly<Record<WarningCode, Severity>> = {
  EXCEL_ERROR_VALUE: 'error',
  FORMULA_WITHOUT_VALUE: 'error',
  NOT_A_NUMBER: 'error',
  UNKNOWN_INITIATIVE: 'error',
  AMBIGUOUS_INITIATIVE: 'error',
  UNKNOWN_SCENARIO: 'error',
  MISSING_TABLE: 'error',
  MISSING_COLUMN: 'error',
  NO_COST_COLUMN: 'error',
  DUPLICATE_NAME: 'error',
  STATED_MISMATCH: 'warning',
  LISTED_COST_MISMATCH: 'warning',
  UNKNOWN_SERVICE: 'warning',
  DUPLICATE_MEMBER: 'warning',
  DUPLICATE_COLUMN: 'warning',
  UNIT_MISMATCH: 'warning',
  UNKNOWN_UNIT_CHOICE: 'warning',
  HEADER_NEAR_MISS: 'warning',
  HEADER_AMBIGUOUS: 'warning',
  COLUMN_WITHOUT_YEAR: 'warning',
  UNREAD_AMOUNTS: 'warning',
  SHEET_NOT_READ: 'warning',
  DUPLICATE_TABLE: 'warning',
  DRIVER_TAG_MISSING: 'warning',
  UNKNOWN_DRIVER: 'warning',
  UNALLOCATED_DELTA: 'warning',
  UNKNOWN_STATUS: 'warning',
  TOTAL_CHANGE_MISMATCH: 'warning',
  EMPTY_SCENARIO: 'warning',
  NAME_READ_AS: 'warning',
  NAME_AMBIGUOUS: 'error',
  SCENARIO_SUMMARISED_TWICE: 'warning',
  UNKNOWN_BLOCK_ROW: 'warning',
  MISSING_BLOCK_ROW: 'warning',
  TABLE_READ_ON: 'info',
  MEMBER_ONLY_INITIATIVE: 'info',
  STATUS_FROM_TITLE: 'info',
  CELL_UNIT_CONVERTED: 'info',
  UNKNOWN_MEMBER_COST: 'warning',
  MISSING_VALUE: 'info',
  HEADER_READ_AS: 'info',
  UNITS_DIFFER: 'info',
  UNIT_ASSUMED: 'info',
  TOTAL_ROW_SKIPPED: 'info',
  MISSING_NET_BENEFIT: 'info',
  WHATIF_UNREADABLE: 'warning',
  WHATIF_UNKNOWN_INITIATIVE: 'warning',
  WHATIF_AMBIGUOUS_INITIATIVE: 'warning',
  WHATIF_NAMED_TWICE: 'warning',
  WHATIF_NOT_WHOLE_YEARS: 'warning',
  WHATIF_MOVED_OUT: 'warning',
  WHATIF_UNKNOWN_SCENARIO: 'warning',
};

export const WARNING_CODES = Object.keys(SEVERITY) as readonly WarningCode[];

/** The severity a finding has; an optional table that is missing is only worth an info. */
export function severityOf(detail: WarningDetail): Severity {
  if (detail.code === 'MISSING_TABLE' && !detail.required) return 'info';
  return SEVERITY[detail.code];
}

/** Where the readers and calculations put what they find. */
export interface WarningSink {
  add(detail: WarningDetail, at: CellRef | null): void;
}

/** A sink that keeps warnings in the order they were found. */
export function collectWarnings(): WarningSink & { readonly list: Warning[] } {
  const list: Warning[] = [];
  return {
    list,
    add(detail, at) {
      list.push({ ...detail, severity: severityOf(detail), at });
    },
  };
}
