/**
 * The ribbon's Recalculate scenarios: a thin call into the session every door shares. It completes
 * its event on every path, starts nothing while a run is going on, and makes the outcome visible
 * without the pane: the result sheets are written, and the validation sheet is shown when there
 * are errors; anything that kept the result from being written opens the pane, which says why.
 */
import type { Session } from '../pipeline/session';

export interface RibbonEvent {
  completed(): void;
}

export interface RibbonUi {
  /** Opens the task pane (in a shared runtime, `Office.addin.showAsTaskpane`). */
  showPane(): Promise<void>;
}

/** Runs one recalculation for a ribbon click. Never throws: a ribbon function has no one to throw to. */
export async function recalculateFromRibbon(
  session: Session,
  event: RibbonEvent,
  ui: RibbonUi,
): Promise<void> {
  try {
    const result = await session.recalculate();
    if (result.kind === 'busy') return;
    if (result.kind === 'failed') {
      await ui.showPane();
      return;
    }
    const { outcome } = result;
    if (outcome.kind !== 'written') {
      await ui.showPane();
      return;
    }
    if (outcome.result.warnings.some((warning) => warning.severity === 'error')) {
      await session.port.select?.(outcome.settings.resultSheets.validations, null);
    }
  } catch {
    // The session reports its own failures; this guards the showing of them (a closed pane, a
    // host without shared-runtime support). The event must still complete.
  } finally {
    event.completed();
  }
}
