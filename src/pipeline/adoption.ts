/**
 * Adopting a what-if: making it a real scenario by appending its rows to the workbook's own
 * scenario and member tables, in their layout, after the user confirmed what will be written; and
 * undoing that, which removes exactly what was added. These are the plain-data shapes every part
 * shares: the plan the pane shows for confirmation, and the receipt its undo takes.
 */
import type { StoredWhatIf, TableKind } from '../engine';
import type { AdoptionWrite } from '../workbook/port';

export type { AdoptionCell, AdoptionWrite } from '../workbook/port';

/** Why a what-if cannot be adopted as it stands: nothing is written. */
export type AdoptionRefusal =
  /** The scenario tables cannot hold a moved or scaled member: the scenario would differ. */
  | { readonly kind: 'moved-or-scaled'; readonly initiatives: readonly string[] }
  /** The what-if has a problem (an initiative gone, a scenario gone …): said at its entry first. */
  | { readonly kind: 'problems'; readonly count: number }
  /** The what-if holds no initiative. */
  | { readonly kind: 'empty' }
  /** A table the scenario must be written into is not there as a table of rows. */
  | { readonly kind: 'no-table'; readonly table: Extract<TableKind, 'scenarios' | 'members'> }
  /**
   * The table is in a layout new rows cannot be appended to safely: the document's summary blocks,
   * a member list under a heading, membership in the initiatives' own column, or a table the
   * settings map to a fixed range (rows below it would not be read).
   */
  | {
      readonly kind: 'layout';
      readonly table: Extract<TableKind, 'scenarios' | 'members' | 'initiatives'>;
      readonly sheet: string;
      readonly why: AdoptionLayout;
    }
  /** A column the new rows need is not in the table (the scenario's year, a member's initiative). */
  | {
      readonly kind: 'missing-column';
      readonly table: Extract<TableKind, 'scenarios' | 'members'>;
      readonly field: string;
    }
  /** The cells below the table are not empty: writing there would overwrite or join them. */
  | { readonly kind: 'cells-taken'; readonly sheet: string; readonly cell: string }
  /**
   * Written as planned, the tables would not give the what-if's figures, or would change another
   * scenario's (checked before writing): the scenario and the first year that differs (null: the
   * net benefit).
   */
  | { readonly kind: 'figures-differ'; readonly scenario: string; readonly year: number | null };

/** Why a layout cannot take new rows safely. */
export type AdoptionLayout = 'summary-blocks' | 'under-heading' | 'own-column' | 'fixed-range';

export type AdoptionPlan =
  | {
      readonly kind: 'ready';
      readonly whatIf: string;
      /** The new scenario's id, as its rows will name it. */
      readonly scenario: string;
      readonly writes: readonly AdoptionWrite[];
      /** The what-if as planned: the adoption plans it again before writing, to the same rows. */
      readonly stored: StoredWhatIf;
    }
  | { readonly kind: 'refused'; readonly whatIf: string; readonly reason: AdoptionRefusal };

/** What an adoption wrote: exactly the cells its undo removes. */
export interface AdoptionReceipt {
  readonly whatIf: string;
  readonly scenario: string;
  readonly writes: readonly AdoptionWrite[];
}
