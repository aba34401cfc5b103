/**
 * What the task pane says, in Swedish and English. Words the result sheets and the command line
 * already use (the product's name, severities, table names) come from their catalogues.
 */
import type { CandidateReason, Language, OutputUnit, Severity } from '../engine';
import {
  DEFAULT_UNIT,
  figureDecimals,
  formatNumber,
  quote,
  toJsonNumber,
  toleranceIn,
  toleranceText,
  UNIT_DECIMALS,
} from '../engine';
import type { Stage } from '../pipeline/pipeline';
import { PRODUCT_NAME } from '../pipeline/texts';

type Texts = Readonly<Record<Language, string>>;

export const PANE_TEXTS = {
  title: PRODUCT_NAME,
  recalculate: { sv: 'Räkna om', en: 'Recalculate' },
  busy: {
    sv: 'En omräkning pågår redan; vänta tills den är klar.',
    en: 'A recalculation is already running; wait until it is done.',
  },
  tabResults: { sv: 'Resultat', en: 'Results' },
  tabWhatIfs: { sv: 'Varianter', en: 'What-ifs' },
  tabWarnings: { sv: 'Valideringar', en: 'Validations' },
  tabTables: { sv: 'Tabeller', en: 'Tables' },
  tabSettings: { sv: 'Inställningar', en: 'Settings' },
  sections: { sv: 'Delar', en: 'Sections' },
  scenarios: { sv: 'Scenarier', en: 'Scenarios' },
  year: { sv: 'År', en: 'Year' },
  total: { sv: 'Summering', en: 'Total' },
  overBase: { sv: 'Över bas', en: 'Over base' },
  versusFirst: { sv: 'Mot scenario', en: 'Versus scenario' },
  netBenefit: { sv: 'Nettonytta (6 år)', en: 'Net benefit (6 years)' },
  withoutNetBenefit: { sv: 'saknar nettonytta', en: 'without net benefit' },
  drivers: { sv: 'Kostnadsdrivare', en: 'Cost drivers' },
  services: { sv: 'Förändring per tjänst', en: 'Change by service' },
  estimated: { sv: 'uppskattat', en: 'estimated' },
  noResult: { sv: 'Inget resultat ännu: räkna om.', en: 'No result yet: recalculate.' },
  filter: { sv: 'Filtrera', en: 'Filter' },
  noWarnings: { sv: 'Inga valideringar.', en: 'No validations.' },
  goToCell: { sv: 'Gå till', en: 'Go to' },
  notFound: { sv: 'hittades inte', en: 'not found' },
  rows: { sv: 'rader', en: 'rows' },
  outOfDate: {
    sv: 'Tabellerna har ändrats sedan resultatbladen räknades; räkna om innan någon litar på siffrorna.',
    en: 'The tables have changed since the result sheets were computed; recalculate before anyone trusts the numbers.',
  },
  summarySheet: { sv: 'Blad för scenariosummering', en: 'Scenario summary sheet' },
  driversSheet: { sv: 'Blad för kostnadsdrivare', en: 'Cost driver sheet' },
  validationsSheet: { sv: 'Blad för valideringar', en: 'Validations sheet' },
  reportSheet: { sv: 'Blad för sammanställningen', en: 'Report sheet' },
  reportSheetHint: {
    sv: 'Tomt: Sammanställning (Summary på engelska).',
    en: 'Empty: Summary (Sammanställning in Swedish).',
  },
  tolerance: {
    sv: 'Tolerans (en mindre skillnad räknas inte)',
    en: 'Tolerance (a smaller difference is ignored)',
  },
  unit: { sv: 'Enhet', en: 'Unit' },
  unitAsTables: { sv: 'Som tabellerna', en: 'As the tables' },
  unitHint: {
    sv: 'Alla belopp räknas om och visas i enheten; tabellernas egna enheter läses ur rubriker och titlar.',
    en: 'Every amount is converted to and shown in this unit; the tables’ own units are read from headers and titles.',
  },
  // {unit}: the unit the tolerance is in, the one the result is shown in; {default}: the default
  // 0.5 tkr written in it (see toleranceHint).
  toleranceHint: {
    sv: 'Ett belopp i {unit}. Tomt: 0,5 tkr, som är {default} {unit}.',
    en: 'An amount in {unit}. Empty: 0.5 tkr, which is {default} {unit}.',
  },
  toleranceHintTkr: {
    sv: 'Ett belopp i tkr. Tomt: 0,5 tkr.',
    en: 'An amount in tkr. Empty: 0.5 tkr.',
  },
  save: { sv: 'Spara i arbetsboken', en: 'Save in the workbook' },
  saved: { sv: 'Sparat i arbetsboken.', en: 'Saved in the workbook.' },
  invalidSheetName: {
    sv: 'Högst 31 tecken, inte : \\ / ? * [ ]; tre olika namn.',
    en: 'At most 31 characters, none of : \\ / ? * [ ]; three different names.',
  },
  invalidTolerance: { sv: 'Ett tal, 0 eller större.', en: 'A number, 0 or more.' },
  where: { sv: 'Var tabellen finns', en: 'Where the table is' },
  automatic: { sv: 'Hitta automatiskt', en: 'Find automatically' },
  excelTable: { sv: 'Excel-tabell', en: 'Excel table' },
  range: { sv: 'Område…', en: 'Range…' },
  rangeLabel: { sv: 'Område (Blad!A1:H40)', en: 'Range (Sheet!A1:H40)' },
  invalidRange: {
    sv: 'Ett blad i arbetsboken och ett område, t.ex. Blad1!A3:G27.',
    en: 'A sheet of the workbook and a range, e.g. Sheet1!A3:G27.',
  },
  saveMapping: { sv: 'Spara och räkna om', en: 'Save and recalculate' },
  columnsOf: { sv: 'Kolumner i tabellen', en: 'Columns of the table' },
  columnMeaning: { sv: 'läses som', en: 'read as' },
  notAColumn: { sv: '(ingen kolumn i tabellen)', en: '(not a column of the table)' },
  saveColumns: { sv: 'Spara kolumnerna och räkna om', en: 'Save the columns and recalculate' },
  // --- Results tab: figures, the change per service, the bridge, why a figure is unknown ---
  unknown: { sv: 'okänd', en: 'unknown' },
  service: { sv: 'Tjänst', en: 'Service' },
  change: { sv: 'Förändring', en: 'Change' },
  driverColumn: { sv: 'Drivare', en: 'Driver' },
  bridgeTitle: {
    sv: 'Från budget {previous} till förslag {year}',
    en: 'From budget {previous} to proposal {year}',
  },
  bridgeBudget: { sv: 'Budget {year}', en: 'Budget {year}' },
  bridgeProposal: { sv: 'Förslag {year}', en: 'Proposal {year}' },
  bridgeItem: { sv: 'Post', en: 'Item' },
  amount: { sv: 'Belopp', en: 'Amount' },
  bridgeAxisFrom: { sv: 'Axeln börjar vid {amount}.', en: 'The axis starts at {amount}.' },
  whyNoRow: { sv: 'ingen rad för året', en: 'no row for the year' },
  whyBaseMissing: { sv: 'basen saknas', en: 'the base is missing' },
  whyImpactMissing: { sv: 'påverkan saknas', en: 'the impact is missing' },
  whyCostMissing: {
    sv: 'kostnad saknas för {count} insats(er)',
    en: 'cost missing for {count} initiative(s)',
  },
  whyCostNotStated: { sv: 'insatsernas kostnad saknas', en: 'the initiatives’ costs are missing' },
  whyTotalsUnknown: { sv: 'en summering är okänd', en: 'a total is unknown' },
  showCell: { sv: 'Visa cellen', en: 'Show the cell' },
} as const satisfies Readonly<Record<string, Texts>>;

/** A pane text with `{name}` filled in. */
export function paneText(
  key: keyof typeof PANE_TEXTS,
  language: Language,
  values: Readonly<Record<string, string | number>> = {},
): string {
  return PANE_TEXTS[key][language].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}

const STAGES: Readonly<Record<Stage, Texts>> = {
  reading: { sv: 'Läser arbetsboken…', en: 'Reading the workbook…' },
  computing: { sv: 'Räknar…', en: 'Computing…' },
  writing: { sv: 'Skriver resultatbladen…', en: 'Writing the result sheets…' },
};

/** The tolerance field's hint, naming the unit its amount is in. */
export function toleranceHint(unit: OutputUnit, language: Language): string {
  if (unit === DEFAULT_UNIT) return PANE_TEXTS.toleranceHintTkr[language];
  return PANE_TEXTS.toleranceHint[language]
    .replace(/\{unit\}/g, unit)
    .replace('{default}', defaultToleranceText(unit, language));
}

/** The default tolerance (0.5 tkr) as a number in `unit`, as the field writes one: `0,0005` in MSEK. */
export function defaultToleranceText(unit: OutputUnit, language: Language): string {
  return toleranceText(toJsonNumber(toleranceIn(unit, null)), language);
}

export function stageText(stage: Stage | null, language: Language): string {
  return STAGES[stage ?? 'reading'][language];
}

/**
 * An amount as the result sheets show it: the unit's decimals (MSEK three, `6,000`), more when the
 * figure needs them (a half tkr, `12,5005`), Swedish or English digit groups.
 */
export function amountText(value: number | null, language: Language, unit: OutputUnit): string {
  if (value === null) return PANE_TEXTS.unknown[language];
  return formatNumber(value, language, figureDecimals(unit, [value]), UNIT_DECIMALS[unit]);
}

export function foreignSheetText(sheet: string, language: Language): string {
  return language === 'sv'
    ? `Bladet ${quote(sheet, 'sv')} finns redan och skapades inte av ${PRODUCT_NAME.sv}; byt namn på det och räkna om. Inget skrevs.`
    : `The sheet ${quote(sheet, 'en')} exists and was not made by ${PRODUCT_NAME.en}; rename it and recalculate. Nothing was written.`;
}

/** After an alias was added from a suggestion. */
export function aliasAddedText(
  choice: { readonly service: string; readonly alias: string },
  language: Language,
): string {
  return language === 'sv'
    ? `${quote(choice.alias, 'sv')} lades till som alias för ${quote(choice.service, 'sv')}.`
    : `${quote(choice.alias, 'en')} was added as an alias of ${quote(choice.service, 'en')}.`;
}

/** The button that adds a suggested alias. */
export function addAliasText(service: string, language: Language): string {
  return language === 'sv'
    ? `Lägg till som alias för ${quote(service, 'sv')}`
    : `Add as an alias of ${quote(service, 'en')}`;
}

// --- The pane's frame: tab strip, validations badge, the after-run line, the first open (issue 12, layout) ---

export const FRAME_TEXTS = {
  moreTabs: { sv: 'Fler', en: 'More' },
  written: { sv: 'Resultatbladen skrevs', en: 'The result sheets were written' },
  showReport: { sv: 'Visa sammanställningen', en: 'Show the summary' },
  resultSheetIsInput: {
    sv: 'Bladet {sheet} finns redan i arbetsboken och är inte ett resultatblad; välj ett annat namn.',
    en: 'The sheet {sheet} already exists in the workbook and is not a result sheet; choose another name.',
  },
} as const satisfies Readonly<Record<string, Texts>>;

/** The overflow menu button's name: "Fler flikar (1)". */
export function moreTabsLabel(count: number, language: Language): string {
  return language === 'sv' ? `Fler flikar (${count})` : `More tabs (${count})`;
}

/** A count of validations of a severity as a phrase: "1 fel", "16 varningar", "no warnings". */
export function severityCountText(severity: Severity, count: number, language: Language): string {
  const words: Readonly<Record<Severity, Readonly<Record<Language, readonly [string, string]>>>> = {
    error: { sv: ['fel', 'fel'], en: ['error', 'errors'] },
    warning: { sv: ['varning', 'varningar'], en: ['warning', 'warnings'] },
    info: { sv: ['upplysning', 'upplysningar'], en: ['note', 'notes'] },
  };
  const [one, many] = words[severity][language];
  if (count === 0)
    return language === 'sv' ? `inga ${severity === 'error' ? 'fel' : many}` : `no ${many}`;
  return `${count} ${count === 1 ? one : many}`;
}

/** Every count, for the validations tab's accessible name: "2 fel, 14 varningar, 0 upplysningar". */
export function severityCountsLabel(
  counts: Readonly<Record<Severity, number>>,
  language: Language,
): string {
  return (['error', 'warning', 'info'] as const)
    .map((severity) => severityCountText(severity, counts[severity], language))
    .join(', ');
}

/** How long a run took, with one decimal: "0,4 s"; a run faster than that is "< 0,1 s". */
export function elapsedText(ms: number, language: Language): string {
  const seconds = Math.round(ms / 100) / 10;
  const text = formatNumber(Math.max(seconds, 0.1), language, 1, 1);
  return seconds < 0.1 ? `< ${text} s` : `${text} s`;
}

/** What Räkna om will do, said before the first run: which sheets it writes, that it reads only. */
export function firstRunText(
  resultSheets: readonly string[],
  reportSheet: string,
  language: Language,
): string {
  const quote = (name: string): string => (language === 'sv' ? `”${name}”` : `“${name}”`);
  const and = language === 'sv' ? ' och ' : ' and ';
  const listed = (names: readonly string[]): string =>
    names.length <= 1
      ? names.map(quote).join('')
      : `${names.slice(0, -1).map(quote).join(', ')}${and}${quote(names[names.length - 1] ?? '')}`;
  return language === 'sv'
    ? `${PANE_TEXTS.recalculate.sv} läser tabellerna och skriver resultatbladen ${listed(resultSheets)} och sammanställningen ${quote(reportSheet)}; bladen med indata ändras inte.`
    : `${PANE_TEXTS.recalculate.en} reads the tables and writes the result sheets ${listed(resultSheets)} and the summary ${quote(reportSheet)}; the sheets you enter data in are left as they are.`;
}

/** The refusal of a result sheet name that an input sheet of the workbook has. */
export function resultSheetIsInputText(sheet: string, language: Language): string {
  const quoted = language === 'sv' ? `”${sheet}”` : `“${sheet}”`;
  return FRAME_TEXTS.resultSheetIsInput[language].replace('{sheet}', quoted);
}

// ——— Live freshness, aliases from suggestions, the validations' filter (issue 12, items 4–6) ———

export const LIVE_TEXTS = {
  outOfDateTitle: { sv: 'Inaktuellt', en: 'Out of date' },
  // Not "Räkna om" alone: the header's button has that name, and one name is one button.
  recalculateNow: { sv: 'Räkna om nu', en: 'Recalculate now' },
  confirmAlias: { sv: 'Skriv', en: 'Write' },
  cancelAlias: { sv: 'Avbryt', en: 'Cancel' },
  undoAlias: { sv: 'Ångra', en: 'Undo' },
  noMatches: {
    sv: 'Inga valideringar passar filtret.',
    en: 'No validations match the filter.',
  },
  clearFilter: { sv: 'Visa alla', en: 'Show all' },
} as const satisfies Readonly<Record<string, Texts>>;

/** Why a service is suggested for a name that matched nothing. */
const REASONS: Readonly<Record<CandidateReason, Texts>> = {
  words: { sv: 'Har samma ord som namnet.', en: 'Has the same words as the name.' },
  spelling: { sv: 'Stavas nästan som namnet.', en: 'Spelt almost as the name is.' },
  'short-name': {
    sv: 'Heter så utan parentesen, liksom en annan tjänst.',
    en: 'Has the name without its parenthesis, as another service has.',
  },
  alias: {
    sv: 'Har namnet som alias, liksom en annan tjänst.',
    en: 'Has the name as an alias, as another service has.',
  },
  'same-name': {
    sv: 'Heter så, liksom en annan tjänst.',
    en: 'Has the name, as another service has.',
  },
};

export function reasonText(reason: CandidateReason, language: Language): string {
  return REASONS[reason][language];
}

/** What confirming an alias will do: the text, the cell, and whose alias cell it is. */
export function aliasWriteText(
  write: { readonly text: string; readonly cell: string; readonly service: string },
  language: Language,
): string {
  return language === 'sv'
    ? `Skriver ”${write.text}” i ${write.cell} (aliasen för ”${write.service}”).`
    : `Writes “${write.text}” into ${write.cell} (the aliases of “${write.service}”).`;
}

/** After an alias was taken back: the cell holds what it held before. */
export function aliasUndoneText(cell: string, language: Language): string {
  return language === 'sv'
    ? `Ångrat: ${cell} har sin tidigare text igen.`
    : `Undone: ${cell} holds its earlier text again.`;
}
