/**
 * What the pane says about adopting a what-if as a scenario: the plan's writes, a refusal, the
 * note after it was written or undone. One small module, to be swapped for the pipeline's
 * catalogue once the adoption brings one.
 */
import type { Language } from '../../engine';
import { quote, TABLE_LABELS } from '../../engine';
import type { AdoptionReceipt, AdoptionRefusal, AdoptionWrite } from '../../pipeline/adoption';

export const ADOPTION_TEXTS = {
  button: { sv: 'Gör till scenario…', en: 'Make it a scenario…' },
  planning: { sv: 'Läser arbetsboken…', en: 'Reading the workbook…' },
  confirm: { sv: 'Skriv in', en: 'Write it' },
  cancel: { sv: 'Avbryt', en: 'Cancel' },
  undo: { sv: 'Ångra', en: 'Undo' },
  close: { sv: 'Stäng', en: 'Close' },
} as const;

/** The sentence above the plan's list of writes. */
export function planHeading(whatIf: string, scenario: string, language: Language): string {
  return language === 'sv'
    ? `Varianten ${quote(whatIf, 'sv')} blir scenario ${scenario}. Detta skrivs i arbetsboken:`
    : `The what-if ${quote(whatIf, 'en')} becomes scenario ${scenario}. This is written in the workbook:`;
}

/** One write of a plan: `Scenarier – Scenarier!A12:F14, 3 rader`. */
export function writeText(write: AdoptionWrite, language: Language): string {
  const rows = write.rows.length;
  const count =
    language === 'sv'
      ? `${rows} ${rows === 1 ? 'rad' : 'rader'}`
      : `${rows} ${rows === 1 ? 'row' : 'rows'}`;
  return `${TABLE_LABELS[write.table][language]} – ${write.sheet}!${write.range}, ${count}`;
}

/** Why the what-if cannot be adopted: nothing was written. */
export function refusalText(reason: AdoptionRefusal, language: Language): string {
  const sv = language === 'sv';
  const table = (kind: keyof typeof TABLE_LABELS): string =>
    quote(TABLE_LABELS[kind][language], language);
  const nothing = sv ? ' Inget skrevs.' : ' Nothing was written.';
  switch (reason.kind) {
    case 'moved-or-scaled':
      return (
        (sv
          ? `Scenariotabellerna kan inte hålla en flyttad eller skalad insats (${reason.initiatives.join(', ')}).`
          : `The scenario tables cannot hold a moved or scaled initiative (${reason.initiatives.join(', ')}).`) +
        nothing
      );
    case 'problems':
      return (
        (sv
          ? `Varianten har ${reason.count} problem; rätta dem först (de står vid sina insatser).`
          : `The what-if has ${reason.count} problem(s); fix them first (they stand at their initiatives).`) +
        nothing
      );
    case 'empty':
      return (sv ? 'Varianten har inga insatser.' : 'The what-if holds no initiative.') + nothing;
    case 'no-table':
      return (
        (sv
          ? `Tabellen ${table(reason.table)} finns inte som en tabell med rader.`
          : `The table ${table(reason.table)} is not there as a table of rows.`) + nothing
      );
    case 'layout':
      return (
        (sv
          ? `Tabellen ${table(reason.table)} på bladet ${quote(reason.sheet, 'sv')} är uppställd så att nya rader inte kan läggas till säkert.`
          : `The table ${table(reason.table)} on the sheet ${quote(reason.sheet, 'en')} is laid out so that new rows cannot be added safely.`) +
        nothing
      );
    case 'missing-column':
      return (
        (sv
          ? `Tabellen ${table(reason.table)} saknar en kolumn för ${reason.field}.`
          : `The table ${table(reason.table)} has no column for ${reason.field}.`) + nothing
      );
    case 'cells-taken':
      return (
        (sv
          ? `Cellerna under tabellen (${reason.sheet}!${reason.cell}) är inte tomma.`
          : `The cells below the table (${reason.sheet}!${reason.cell}) are not empty.`) + nothing
      );
    case 'figures-differ':
      return (
        (sv
          ? `Skrivet så skulle tabellerna inte ge variantens siffror för ${reason.year}.`
          : `Written so, the tables would not give the what-if's figures for ${reason.year}.`) +
        nothing
      );
  }
}

/** The note after an adoption was written. */
export function adoptedText(receipt: AdoptionReceipt, language: Language): string {
  return language === 'sv'
    ? `Scenario ${receipt.scenario} skrevs in i arbetsboken; räknar om.`
    : `Scenario ${receipt.scenario} was written in the workbook; recalculating.`;
}

/** The note after an adoption was undone. */
export function undoneText(receipt: AdoptionReceipt, language: Language): string {
  return language === 'sv'
    ? `Scenario ${receipt.scenario} togs bort ur arbetsboken igen; räknar om.`
    : `Scenario ${receipt.scenario} was removed from the workbook again; recalculating.`;
}
