/**
 * What the task pane says, in Swedish and English. Words the result sheets and the command line
 * already use (the product's name, severities, table names) come from their catalogues.
 */
import type { Language, Severity } from '../engine';
import type { Stage } from '../pipeline/pipeline';
import { PRODUCT_NAME, SEVERITY_WORDS } from '../pipeline/texts';

type Texts = Readonly<Record<Language, string>>;

export const PANE_TEXTS = {
  title: PRODUCT_NAME,
  recalculate: { sv: 'Räkna om', en: 'Recalculate' },
  written: { sv: 'Resultatbladen skrevs.', en: 'The result sheets were written.' },
  busy: {
    sv: 'En omräkning pågår redan; vänta tills den är klar.',
    en: 'A recalculation is already running; wait until it is done.',
  },
} as const satisfies Readonly<Record<string, Texts>>;

const STAGES: Readonly<Record<Stage, Texts>> = {
  reading: { sv: 'Läser arbetsboken…', en: 'Reading the workbook…' },
  computing: { sv: 'Räknar…', en: 'Computing…' },
  writing: { sv: 'Skriver resultatbladen…', en: 'Writing the result sheets…' },
};

export function stageText(stage: Stage | null, language: Language): string {
  return STAGES[stage ?? 'reading'][language];
}

/** An amount as the result sheets show it: whole units, Swedish or English digit groups. */
export function amountText(value: number | null, language: Language): string {
  if (value === null) return language === 'sv' ? 'okänd' : 'unknown';
  const text = new Intl.NumberFormat(language === 'sv' ? 'sv-SE' : 'en-GB', {
    maximumFractionDigits: 0,
  }).format(value);
  // Intl writes Swedish groups with a no-break space; a plain space reads the same.
  return text.replace(/[\u00A0\u202F]/g, ' ');
}

export function totalsHeading(year: number, unit: string, language: Language): string {
  return language === 'sv' ? `Summering ${year} (${unit})` : `Totals ${year} (${unit})`;
}

/** "Scenario 2: 1 121 026", with the scenario's name when the workbook gives one. */
export function scenarioTotalLine(id: string, name: string | null, total: string): string {
  return `Scenario ${name === null || name === id ? id : `${id} (${name})`}: ${total}`;
}

/** E.g. "Fel 2 · Varning 14 · Info 0". */
export function warningCountsLine(
  counts: Readonly<Record<Severity, number>>,
  language: Language,
): string {
  return (['error', 'warning', 'info'] as const)
    .map((severity) => `${SEVERITY_WORDS[severity][language]} ${counts[severity]}`)
    .join(' · ');
}

export function blockedText(tables: readonly string[], language: Language): string {
  return language === 'sv'
    ? `Arbetsboken saknar tabellerna ${tables.join(', ')}; inget skrevs.`
    : `The workbook lacks the tables ${tables.join(', ')}; nothing was written.`;
}

export function foreignSheetText(sheet: string, language: Language): string {
  return language === 'sv'
    ? `Bladet ”${sheet}” finns redan och skapades inte av ${PRODUCT_NAME.sv}; byt namn på det och räkna om. Inget skrevs.`
    : `The sheet “${sheet}” exists and was not made by ${PRODUCT_NAME.en}; rename it and recalculate. Nothing was written.`;
}
