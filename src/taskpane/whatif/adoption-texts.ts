/**
 * The adoption panel's button labels. Its sentences (the plan, a refusal, the notes after a write
 * and an undo) are the pipeline's, in `src/pipeline/adoption-texts.ts`, one catalogue for every door.
 */

export const ADOPTION_TEXTS = {
  button: { sv: 'Gör till scenario…', en: 'Make it a scenario…' },
  planning: { sv: 'Läser arbetsboken…', en: 'Reading the workbook…' },
  confirm: { sv: 'Skriv in', en: 'Write it' },
  cancel: { sv: 'Avbryt', en: 'Cancel' },
  undo: { sv: 'Ångra', en: 'Undo' },
  close: { sv: 'Stäng', en: 'Close' },
} as const;
