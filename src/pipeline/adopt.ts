/**
 * Adopting a what-if as a real scenario: the plan (what rows go where, or why none can), checked
 * against the what-if's own figures before anything is written; the writes; and their undo.
 * PLACEHOLDER: being built on branch whatif-adopt.
 */
/* eslint-disable @typescript-eslint/no-unused-vars -- a placeholder until branch whatif-adopt lands */
import type { Language, StoredWhatIf } from '../engine';
import type { WorkbookPort } from '../workbook/port';
import type { AdoptionPlan, AdoptionReceipt } from './adoption';

/** Reads the workbook and plans the adoption of `whatIf`, writing nothing. */
export function planAdoption(
  _port: WorkbookPort,
  _whatIf: StoredWhatIf,
  _language: Language,
): Promise<AdoptionPlan> {
  return Promise.reject(new Error('Adoption is not built yet.'));
}

/** Writes a ready plan's rows; resolves with what was written, for the undo. */
export function adopt(
  _port: WorkbookPort,
  _plan: Extract<AdoptionPlan, { kind: 'ready' }>,
): Promise<AdoptionReceipt> {
  return Promise.reject(new Error('Adoption is not built yet.'));
}

/** Removes exactly what an adoption wrote. */
export function undoAdoption(_port: WorkbookPort, _receipt: AdoptionReceipt): Promise<void> {
  return Promise.reject(new Error('Adoption is not built yet.'));
}
