/**
 * A what-if: a variant of a scenario that a controller tries apart from the workbook's tables —
 * which initiatives it holds, each moved by whole years and scaled — kept by name in the
 * workbook's settings so every door computes it the same way.
 */
import type { Money } from '../money';

export interface WhatIfMember {
  /** The initiative's id where it has one, else its name as the initiatives table writes it. */
  readonly initiative: string;
  /** Whole years its costs move: 1 starts it a year later, −1 a year earlier. */
  readonly shift: number;
  /** What its costs are multiplied by, exactly (1 leaves them as they are). */
  readonly scale: Money;
}

export interface WhatIf {
  readonly name: string;
  /** The scenario it starts from (its base and impact, and what it is compared with); null for none. */
  readonly basedOn: string | null;
  readonly members: readonly WhatIfMember[];
  /**
   * The impact on running cost per year, where the controller states it; a year it does not state
   * takes the based-on scenario's (a what-if from nothing has none: unknown, never 0).
   */
  readonly impact: ReadonlyMap<number, Money>;
}
