/**
 * The header words of the six logical tables: the one place that says which column is which.
 * A header matches a word when it equals it or begins with it (whole words, compared without
 * case, spaces or diacritics); the longest matching word wins. The README prints this table.
 */
import type { DriverName } from '../drivers/names';
import { DRIVERS, DRIVER_WORDS } from '../drivers/names';

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

export interface FieldSpec {
  readonly field: string;
  readonly words: readonly string[];
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
  words: DRIVER_WORDS[driver],
  year: 'optional',
  driver,
}));

export const TABLE_SPECS: Readonly<Record<TableKind, TableSpec>> = {
  services: {
    kind: 'services',
    fields: [
      { field: 'name', words: ['Tjänst', 'Bastjänst', 'Benämning', 'Service'], year: 'none' },
      { field: 'category', words: ['Kategori', 'Category'], year: 'none' },
      { field: 'alias', words: ['Alias'], year: 'none' },
      { field: 'actual', words: ['Utfall', 'Actual', 'Outcome'], year: 'required', perYear: true },
      { field: 'budget', words: ['Budget'], year: 'required', perYear: true },
      {
        field: 'proposed',
        words: ['Föreslagen budget', 'Förslag', 'Proposed', 'Proposal', 'Prognos', 'Forecast'],
        year: 'required',
        perYear: true,
      },
      {
        field: 'tags',
        words: ['Kommentar', 'Drivare', 'Kostnadsdrivare', 'Drivers', 'Comment'],
        year: 'none',
      },
      ...driverAmountFields,
    ],
    required: [['name'], ['actual', 'budget', 'proposed']],
  },
  transfers: {
    kind: 'transfers',
    fields: [
      { field: 'service', words: ['Tjänst', 'Service'], year: 'none' },
      { field: 'effort', words: ['Utvecklingsinsats', 'Development effort'], year: 'none' },
      {
        field: 'amount',
        words: ['Estimerad kostnad', 'Estimated cost', 'Kostnad', 'Cost', 'Amount'],
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
          'Förändringsinsats',
          'Benämning ny förändringsinsats',
          'Benämning förändringsinsats',
          'Initiative',
        ],
        year: 'none',
      },
      { field: 'id', words: ['Id', 'Nr'], year: 'none' },
      { field: 'service', words: ['Tjänst', 'Service'], year: 'none' },
      { field: 'status', words: ['Status'], year: 'none' },
      { field: 'cost', words: ['Kostnad', 'Cost', ''], year: 'required', perYear: true },
      { field: 'impact', words: ['Genomsnittlig påverkan', 'Average impact'], year: 'none' },
      {
        field: 'netBenefit',
        words: [
          'Nettonytta',
          'Beräknad potentiell nettonytta',
          'Beräknad nettonytta',
          'Potentiell nettonytta',
          'Net benefit',
        ],
        year: 'none',
      },
      { field: 'scenarios', words: ['Scenario', 'Scenarier', 'Scenarios'], year: 'none' },
    ],
    required: [['name'], ['cost', 'status']],
  },
  scenarios: {
    kind: 'scenarios',
    fields: [
      { field: 'id', words: ['Scenario'], year: 'none' },
      { field: 'name', words: ['Namn', 'Name'], year: 'none' },
      { field: 'year', words: ['År', 'Year'], year: 'none' },
      { field: 'base', words: ['Bas', 'Base'], year: 'none' },
      { field: 'impact', words: ['Påverkan', 'Impact'], year: 'none' },
      { field: 'statedOngoing', words: ['Angiven pågående', 'Stated ongoing'], year: 'none' },
      { field: 'statedProposed', words: ['Angiven föreslagen', 'Stated proposed'], year: 'none' },
      { field: 'statedTotal', words: ['Angiven summering', 'Stated total'], year: 'none' },
      {
        field: 'statedNetBenefit',
        words: ['Angiven nettonytta', 'Stated net benefit'],
        year: 'none',
      },
    ],
    required: [['id'], ['year']],
  },
  members: {
    kind: 'members',
    fields: [
      { field: 'scenario', words: ['Scenario'], year: 'none' },
      {
        field: 'initiative',
        words: ['Förändringsinsats', 'Förändringsinsatser', 'Initiative'],
        year: 'none',
      },
      {
        field: 'service',
        words: ['Benämning befintlig/ny bastjänst', 'Bastjänst', 'Tjänst', 'Service'],
        year: 'none',
      },
      {
        field: 'listedCost',
        words: [
          'Angiven kostnad',
          'Kostnad för förändringsinsatsen',
          'Kostnad för förändringsinsatser',
          'Listed cost',
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
      { field: 'driver', words: ['Drivare', 'Driver'], year: 'none' },
      { field: 'year', words: ['År', 'Year'], year: 'none' },
      { field: 'amount', words: ['Belopp', 'Amount'], year: 'none' },
    ],
    required: [['driver'], ['amount']],
  },
};
