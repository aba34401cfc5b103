/**
 * The header words of the six logical tables: the one place that says which column is which.
 * A header matches a word when it equals it or begins with it (whole words, compared without
 * case, spaces or diacritics); the longest matching word wins. Each word records its language,
 * so a column is named in the user's language (the first word of it). docs/reading.md prints
 * this table.
 */
import type { DriverName } from '../drivers/names';
import { DRIVERS, DRIVER_LABELS } from '../drivers/names';
import type { Language } from '../validation/language';

export const TABLE_KINDS = [
  'services',
  'transfers',
  'initiatives',
  'scenarios',
  'members',
  'driverTotals',
] as const;
export type TableKind = (typeof TABLE_KINDS)[number];

/** Whether a header must carry a year (`Budget 2024`), may carry one, or is read without one. */
export type YearRule = 'required' | 'optional' | 'none';

/** The language a header word is written in; `both` for a word the two share (`Budget`). */
export type WordLanguage = Language | 'both';

export interface HeaderWord {
  readonly text: string;
  readonly language: WordLanguage;
}

const sv = (text: string): HeaderWord => ({ text, language: 'sv' });
const en = (text: string): HeaderWord => ({ text, language: 'en' });
const both = (text: string): HeaderWord => ({ text, language: 'both' });

export interface FieldSpec {
  readonly field: string;
  /** The words a header is read by; in each language, the first names the column to a person. */
  readonly words: readonly HeaderWord[];
  readonly year: YearRule;
  /** Several columns of this field, one per year, may stand side by side. */
  readonly perYear?: true;
  /** For an explicit driver-amount column: the driver it states. */
  readonly driver?: DriverName;
}

export interface TableSpec {
  readonly kind: TableKind;
  readonly fields: readonly FieldSpec[];
  /** Each group must be matched by at least one column for a header row to be this table. */
  readonly required: readonly (readonly string[])[];
}

const driverAmountFields: readonly FieldSpec[] = DRIVERS.map((driver) => ({
  field: 'driverAmount',
  words: [sv(DRIVER_LABELS[driver].sv), en(DRIVER_LABELS[driver].en)],
  year: 'optional',
  driver,
}));

export const TABLE_SPECS: Readonly<Record<TableKind, TableSpec>> = {
  services: {
    kind: 'services',
    fields: [
      {
        field: 'name',
        words: [sv('Tjänst'), sv('Bastjänst'), sv('Benämning'), en('Service')],
        year: 'none',
      },
      { field: 'category', words: [sv('Kategori'), en('Category')], year: 'none' },
      { field: 'alias', words: [both('Alias')], year: 'none' },
      {
        field: 'actual',
        words: [sv('Utfall'), en('Actual'), en('Outcome')],
        year: 'required',
        perYear: true,
      },
      { field: 'budget', words: [both('Budget')], year: 'required', perYear: true },
      {
        field: 'proposed',
        words: [
          sv('Föreslagen budget'),
          sv('Förslag'),
          en('Proposed'),
          en('Proposal'),
          sv('Prognos'),
          en('Forecast'),
        ],
        year: 'required',
        perYear: true,
      },
      {
        field: 'tags',
        words: [
          sv('Drivare'),
          sv('Kostnadsdrivare'),
          sv('Kommentar'),
          en('Drivers'),
          en('Comment'),
        ],
        year: 'none',
      },
      ...driverAmountFields,
    ],
    required: [['name'], ['actual', 'budget', 'proposed']],
  },
  transfers: {
    kind: 'transfers',
    fields: [
      { field: 'service', words: [sv('Tjänst'), en('Service')], year: 'none' },
      { field: 'effort', words: [sv('Utvecklingsinsats'), en('Development effort')], year: 'none' },
      {
        field: 'amount',
        words: [
          sv('Estimerad kostnad'),
          en('Estimated cost'),
          sv('Kostnad'),
          en('Cost'),
          en('Amount'),
        ],
        year: 'optional',
      },
    ],
    required: [['service'], ['effort'], ['amount']],
  },
  initiatives: {
    kind: 'initiatives',
    fields: [
      {
        field: 'name',
        words: [
          sv('Förändringsinsats'),
          sv('Benämning ny förändringsinsats'),
          sv('Benämning förändringsinsats'),
          en('Initiative'),
        ],
        year: 'none',
      },
      { field: 'id', words: [both('Id'), sv('Nr')], year: 'none' },
      { field: 'service', words: [sv('Tjänst'), en('Service')], year: 'none' },
      { field: 'status', words: [both('Status')], year: 'none' },
      {
        field: 'cost',
        words: [sv('Kostnad'), en('Cost'), both('')],
        year: 'required',
        perYear: true,
      },
      {
        field: 'impact',
        words: [sv('Genomsnittlig påverkan'), en('Average impact')],
        year: 'none',
      },
      {
        field: 'netBenefit',
        words: [
          sv('Nettonytta'),
          sv('Beräknad potentiell nettonytta'),
          sv('Beräknad nettonytta'),
          sv('Potentiell nettonytta'),
          en('Net benefit'),
        ],
        year: 'none',
      },
      {
        field: 'scenarios',
        words: [both('Scenario'), sv('Scenarier'), en('Scenarios')],
        year: 'none',
      },
    ],
    required: [['name'], ['cost', 'status']],
  },
  scenarios: {
    kind: 'scenarios',
    fields: [
      { field: 'id', words: [both('Scenario')], year: 'none' },
      { field: 'name', words: [sv('Namn'), en('Name')], year: 'none' },
      { field: 'year', words: [sv('År'), en('Year')], year: 'none' },
      { field: 'base', words: [sv('Bas'), en('Base')], year: 'none' },
      { field: 'impact', words: [sv('Påverkan'), en('Impact')], year: 'none' },
      {
        field: 'statedOngoing',
        words: [sv('Angiven pågående'), en('Stated ongoing')],
        year: 'none',
      },
      {
        field: 'statedProposed',
        words: [sv('Angiven föreslagen'), en('Stated proposed')],
        year: 'none',
      },
      { field: 'statedTotal', words: [sv('Angiven summering'), en('Stated total')], year: 'none' },
      {
        field: 'statedNetBenefit',
        words: [sv('Angiven nettonytta'), en('Stated net benefit')],
        year: 'none',
      },
    ],
    required: [['id'], ['year']],
  },
  members: {
    kind: 'members',
    fields: [
      { field: 'scenario', words: [both('Scenario')], year: 'none' },
      {
        field: 'initiative',
        words: [sv('Förändringsinsats'), sv('Förändringsinsatser'), en('Initiative')],
        year: 'none',
      },
      {
        field: 'service',
        words: [
          sv('Tjänst'),
          sv('Bastjänst'),
          sv('Benämning befintlig/ny bastjänst'),
          en('Service'),
        ],
        year: 'none',
      },
      {
        field: 'listedCost',
        words: [
          sv('Angiven kostnad'),
          sv('Kostnad för förändringsinsatsen'),
          sv('Kostnad för förändringsinsatser'),
          en('Listed cost'),
        ],
        year: 'none',
      },
    ],
    // A member list under a scenario's heading (the document's own layout) has no scenario column:
    // the heading names the scenario. Either way it states a scenario or a cost, not only names.
    required: [['initiative'], ['scenario', 'listedCost']],
  },
  driverTotals: {
    kind: 'driverTotals',
    fields: [
      { field: 'driver', words: [sv('Drivare'), en('Driver')], year: 'none' },
      { field: 'year', words: [sv('År'), en('Year')], year: 'none' },
      { field: 'amount', words: [sv('Belopp'), en('Amount')], year: 'none' },
    ],
    required: [['driver'], ['amount']],
  },
};

/**
 * The words of a field a person of a language reads: theirs and the shared ones, in order.
 * @example wordsIn(TABLE_SPECS.driverTotals.fields[0], 'en') → ['Driver']
 */
export function wordsIn(field: FieldSpec, language: Language): readonly string[] {
  return field.words
    .filter((word) => word.language === language || word.language === 'both')
    .map((word) => word.text);
}

/**
 * What a person of a language calls a field: its first word in their language (or shared).
 * @example fieldName(TABLE_SPECS.services.fields[0], 'en') === 'Service'
 */
export function fieldName(field: FieldSpec, language: Language): string {
  return (
    wordsIn(field, language).find((word) => word !== '') ?? field.words[0]?.text ?? field.field
  );
}
