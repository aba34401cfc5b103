/**
 * The six logical tables as typed rows. Every value remembers its cell; `null` is "no value".
 */
import type { CellRef, Located } from '../cells/raw';
import type { DriverName } from '../drivers/names';
import type { TableKind } from '../headers/words';
import type { Money } from '../money';

/** An amount cell: its value (null for none), where it is, its column's header as written, and
 * whether what it lacks was already reported — an unreadable cell, or a summary block without the
 * row it would be on — so no further finding is needed. */
export interface Amount extends Located<Money | null> {
  readonly column: string;
  readonly unreadable: boolean;
}
/** Amounts by year, from columns such as `Budget 2024` or `Kostnad 2025`. */
export type YearAmounts = ReadonlyMap<number, Amount>;

export interface ServiceRow {
  readonly name: Located<string>;
  readonly category: string | null;
  readonly aliases: readonly string[];
  /** The row's alias cell, when the table has an alias column (where a new alias is written). */
  readonly aliasAt: CellRef | null;
  readonly actual: YearAmounts;
  readonly budget: YearAmounts;
  readonly proposed: YearAmounts;
  /** The driver-tag cell as written, parsed by the breakdown so its warnings point here. */
  readonly tags: Located<string> | null;
  /** Explicit driver amounts; `year` is null for a column headed by the driver's name alone. */
  readonly explicit: readonly {
    readonly driver: DriverName;
    readonly year: number | null;
    readonly amount: Amount;
  }[];
}

export interface TransferRow {
  readonly service: Located<string>;
  readonly effort: string | null;
  readonly year: number | null;
  readonly amount: Amount;
}

export type InitiativeStatus = 'ongoing' | 'proposed';

export interface InitiativeRow {
  readonly name: Located<string>;
  readonly id: string | null;
  readonly status: InitiativeStatus;
  readonly costs: YearAmounts;
  readonly impact: Amount | null;
  readonly netBenefit: Amount | null;
  /** Scenario ids from the initiative's own scenario column, if it has one. */
  readonly scenarios: Located<readonly string[]> | null;
}

export interface ScenarioRow {
  readonly id: Located<string>;
  readonly name: string | null;
  readonly year: number;
  readonly base: Amount | null;
  readonly impact: Amount | null;
  readonly statedOngoing: Amount | null;
  readonly statedProposed: Amount | null;
  readonly statedTotal: Amount | null;
  readonly statedNetBenefit: Amount | null;
  /** The title cell of the summary block the row comes from; null for a scenarios table's row. */
  readonly summary: CellRef | null;
}

export interface MemberRow {
  readonly scenario: Located<string>;
  /** True for a list under a scenario's heading, as the document writes them by hand. */
  readonly underHeading: boolean;
  readonly initiative: Located<string>;
  readonly listedCost: Amount | null;
}

export interface DriverTotalRow {
  readonly driver: DriverName | 'total';
  readonly year: number | null;
  readonly amount: Amount;
}

/** What the readers make of a workbook's tables; an absent table is an empty list. */
export interface Tables {
  readonly services: readonly ServiceRow[];
  readonly transfers: readonly TransferRow[];
  readonly initiatives: readonly InitiativeRow[];
  readonly scenarios: readonly ScenarioRow[];
  readonly members: readonly MemberRow[];
  readonly driverTotals: readonly DriverTotalRow[];
  /**
   * True when the initiatives table lists only new initiatives, as its title says (the document's
   * section 3): an initiative a scenario lists that is not in it is an ongoing one.
   */
  readonly newInitiativesOnly: boolean;
  /**
   * The initiatives table's header cell when it was found (by its status column) but no cost
   * column was read: every year's ongoing and proposed costs are then unknown, not 0.
   */
  readonly noCostColumn?: CellRef;
  /** The header cell of each logical table that was found and could be read (it may have no rows). */
  readonly found: ReadonlyMap<TableKind, CellRef>;
}
