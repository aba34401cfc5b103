/**
 * What the what-if view says, in Swedish and English. Its own module, loaded with the view's chunk:
 * the pane's first bundle carries only the tab's name (`PANE_TEXTS.tabWhatIfs`).
 */
import type { Language } from '../../engine';

type Texts = Readonly<Record<Language, string>>;

export const WHATIF_TEXTS = {
  heading: { sv: 'Pröva en variant', en: 'Try a what-if' },
  start: { sv: 'Utgå från', en: 'Start from' },
  nothing: { sv: 'Tomt', en: 'Nothing' },
  savedGroup: { sv: 'Sparade varianter', en: 'Saved what-ifs' },
  name: { sv: 'Namn', en: 'Name' },
  nameMissing: {
    sv: 'Ge varianten ett namn (högst 60 tecken).',
    en: 'Give the what-if a name (at most 60 characters).',
  },
  nameTaken: {
    sv: 'En annan sparad variant heter så.',
    en: 'Another saved what-if has that name.',
  },
  unnamed: { sv: 'utan namn', en: 'unnamed' },
  totals: { sv: 'Summering per år', en: 'Totals per year' },
  year: { sv: 'År', en: 'Year' },
  total: { sv: 'Summering', en: 'Total' },
  overBase: { sv: 'Över bas', en: 'Over base' },
  versus: { sv: 'Mot {scenario}', en: 'Versus {scenario}' },
  netBenefit: { sv: 'Nettonytta (6 år)', en: 'Net benefit (6 years)' },
  withoutNetBenefit: { sv: '{count} saknar nettonytta', en: '{count} without net benefit' },
  asStated: {
    sv: '{count} flyttade eller skalade räknas med tabellens nettonytta',
    en: '{count} moved or scaled count with the table’s net benefit',
  },
  initiatives: { sv: 'Insatser', en: 'Initiatives' },
  statusOngoing: { sv: 'Pågående', en: 'Ongoing' },
  statusProposed: { sv: 'Ny', en: 'New' },
  noCost: { sv: 'ingen kostnad angiven', en: 'no cost stated' },
  notInWorkbook: { sv: '(finns inte i arbetsboken)', en: '(not in the workbook)' },
  // A button's name starts with what it shows (−1, +1): axe's label-content-name-mismatch.
  earlier: { sv: '−1 (ett år tidigare): {name}', en: '−1 (one year earlier): {name}' },
  later: { sv: '+1 (ett år senare): {name}', en: '+1 (one year later): {name}' },
  scale: { sv: 'Kostnad i procent', en: 'Cost in per cent' },
  scaleInvalid: { sv: 'Ett tal, 0 eller större.', en: 'A number, 0 or more.' },
  save: { sv: 'Spara varianten', en: 'Save the what-if' },
  saved: { sv: 'Sparad i arbetsboken.', en: 'Saved in the workbook.' },
  tooMany: {
    sv: 'Arbetsboken har redan 50 varianter; ta bort en först.',
    en: 'The workbook already holds 50 what-ifs; delete one first.',
  },
  delete: { sv: 'Ta bort…', en: 'Delete…' },
  deleteConfirm: {
    sv: 'Ta bort ”{name}” ur arbetsboken?',
    en: 'Delete “{name}” from the workbook?',
  },
  deleteYes: { sv: 'Ta bort', en: 'Delete' },
  cancel: { sv: 'Avbryt', en: 'Cancel' },
  deleted: { sv: '”{name}” togs bort.', en: '“{name}” was deleted.' },
  whyBase: { sv: 'basen saknas', en: 'the base is missing' },
  whyImpact: { sv: 'ingen påverkan angiven', en: 'no impact stated' },
  whyCost: { sv: 'kostnad saknas', en: 'a cost is missing' },
  whyVersus: {
    sv: 'scenariots tillägg över basen är okänt',
    en: 'what the scenario adds over the base is unknown',
  },
} as const satisfies Readonly<Record<string, Texts>>;

export type WhatIfTextKey = keyof typeof WHATIF_TEXTS;

/** A what-if text with `{name}` filled in. */
export function whatIfText(
  key: WhatIfTextKey,
  language: Language,
  values: Readonly<Record<string, string | number>> = {},
): string {
  return WHATIF_TEXTS[key][language].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}

/** The shift as the member's line says it: `Start som i tabellen`, `Start +1 år`, `Start −2 år`. */
export function shiftText(shift: number, language: Language): string {
  if (shift === 0) return language === 'sv' ? 'Start som i tabellen' : 'Starts as in the table';
  const years = Math.abs(shift);
  if (language === 'sv') return `Start ${shift > 0 ? '+' : '−'}${years} år`;
  const unit = years === 1 ? 'year' : 'years';
  return `Starts ${years} ${unit} ${shift > 0 ? 'later' : 'earlier'}`;
}

/** A scenario as the start's list names it: `Scenario 3 – Förstärkt digitalisering`. */
export function scenarioLabel(id: string, name: string | null): string {
  return name === null || name.trim() === '' ? `Scenario ${id}` : `Scenario ${id} – ${name}`;
}

/** A scale as a percentage in the user's language: `100`, `50`, `33,333`. */
export function percentText(scale: number, language: Language): string {
  // No digit groups, so the text reads back as typed (`1500`, never `1,500`).
  return new Intl.NumberFormat(language === 'sv' ? 'sv-SE' : 'en-GB', {
    useGrouping: false,
    maximumFractionDigits: 3,
  }).format(scale * 100);
}
