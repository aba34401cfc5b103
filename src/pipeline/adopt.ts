/**
 * Adopting a what-if as a real scenario: the plan (what rows go where, or why none can), checked
 * against the what-if's own figures before anything is written; the writes, made only for a plan
 * the user confirmed; and their undo, which removes exactly what was written (docs/what-if.md).
 */
import type { Language, StoredWhatIf } from '../engine';
import { evaluateWhatIf, exactScale, whatIfFromStored } from '../engine';
import { WorkbookError } from '../workbook/errors';
import type { WorkbookPort, WorkbookSnapshot } from '../workbook/port';
import type { AdoptionPlan, AdoptionReceipt, AdoptionRefusal } from './adoption';
import { applyWrites, figuresDiffer } from './adopt-check';
import { adoptionRows } from './adopt-rows';
import { placeTables, takenCell } from './adopt-where';
import { lookAt } from './pipeline';

/**
 * Reads the workbook and plans the adoption of `whatIf`, writing nothing.
 * @example (await planAdoption(port, storedWhatIf, 'sv')).kind === 'ready'
 */
export async function planAdoption(
  port: WorkbookPort,
  whatIf: StoredWhatIf,
  language: Language,
): Promise<AdoptionPlan> {
  return planFor(await port.read(), whatIf, language);
}

/**
 * The adoption's plan for a snapshot: pure, so a test can feed it any workbook.
 * @example planFor(snapshot, storedWhatIf, 'sv').kind === 'ready'
 */
export function planFor(
  snapshot: WorkbookSnapshot,
  whatIf: StoredWhatIf,
  language: Language,
): AdoptionPlan {
  const refuse = (reason: AdoptionRefusal): AdoptionPlan => ({
    kind: 'refused',
    whatIf: whatIf.name,
    reason,
  });
  const before = lookAt(snapshot, language);
  const evaluation = evaluateWhatIf(whatIfFromStored(whatIf, before.unit), {
    initiatives: before.initiatives,
    scenarios: before.scenarios,
    years: before.years,
  });
  if (evaluation.problems.length > 0)
    return refuse({ kind: 'problems', count: evaluation.problems.length });
  if (whatIf.members.length === 0) return refuse({ kind: 'empty' });
  // The scenario tables have no column for a move or a scale: adopted, the figures would differ.
  const changed = whatIf.members.filter((m) => m.shift !== 0 || !exactScale(m.scale).equals(1));
  if (changed.length > 0)
    return refuse({ kind: 'moved-or-scaled', initiatives: changed.map((m) => m.initiative) });

  const placed = placeTables(snapshot, before.tables);
  if (placed.kind === 'refused') return refuse(placed.reason);
  const rows = adoptionRows(snapshot, before, whatIf, evaluation, placed);
  if (rows.kind === 'refused') return refuse(rows.reason);
  for (const write of rows.writes) {
    const target = write.table === 'scenarios' ? placed.scenarios : placed.members;
    const taken = takenCell(snapshot, target, write.rows.length);
    if (taken !== null) return refuse({ kind: 'cells-taken', ...taken });
  }

  const adopted = lookAt(applyWrites(snapshot, rows.writes), language);
  const differs = figuresDiffer(adopted, rows.scenario, evaluation, before);
  if (differs !== null) return refuse(differs);
  return {
    kind: 'ready',
    whatIf: whatIf.name,
    scenario: rows.scenario,
    writes: rows.writes,
    stored: whatIf,
  };
}

/**
 * Writes a ready plan's rows, once the workbook as it is now plans the same rows (the user may
 * have edited it while the confirmation was shown); resolves with what was written, for the undo.
 * @example const receipt = await adopt(port, plan, 'sv') // plan.kind === 'ready', confirmed by the user
 */
export async function adopt(
  port: WorkbookPort,
  plan: Extract<AdoptionPlan, { kind: 'ready' }>,
  language: Language,
): Promise<AdoptionReceipt> {
  if (port.appendRows === undefined) throw new Error('This workbook cannot be written to.');
  // A base copied from a cell edited since, or rows checked against figures that changed, would
  // be what the user confirmed but no longer right: the plan must come out the same again.
  const now = planFor(await port.read(), plan.stored, language);
  if (
    now.kind !== 'ready' ||
    now.scenario !== plan.scenario ||
    JSON.stringify(now.writes) !== JSON.stringify(plan.writes)
  )
    throw new WorkbookError({ kind: 'changed-since-plan' });
  const writes = await port.appendRows(plan.writes);
  return { whatIf: plan.whatIf, scenario: plan.scenario, writes };
}

/**
 * Removes exactly what an adoption wrote, or nothing when a cell was edited since.
 * @example await undoAdoption(port, receipt)
 */
export async function undoAdoption(port: WorkbookPort, receipt: AdoptionReceipt): Promise<void> {
  if (port.removeRows === undefined) throw new Error('This workbook cannot be written to.');
  await port.removeRows(receipt.writes);
}
