/**
 * Each finding's title: a short phrase a controller understands at a glance, in their language,
 * shown above the sentence (messages.ts) that gives the facts. The code, for a search or a
 * support question, goes in a detail line; a title never names it.
 */
import type { Language } from './language';
import type { WarningCode } from './warning';

const TITLES: { readonly [C in WarningCode]: Readonly<Record<Language, string>> } = {
  STATED_MISMATCH: { sv: 'Angiven siffra stämmer inte', en: 'A stated figure does not add up' },
  LISTED_COST_MISMATCH: {
    sv: 'Kostnaden skiljer sig mellan tabellerna',
    en: 'The cost differs between the tables',
  },
  UNKNOWN_SERVICE: { sv: 'Okänd tjänst', en: 'Unknown service' },
  UNKNOWN_INITIATIVE: { sv: 'Okänd förändringsinsats', en: 'Unknown initiative' },
  AMBIGUOUS_INITIATIVE: {
    sv: 'Flera insatser har samma namn',
    en: 'Several initiatives have that name',
  },
  UNKNOWN_SCENARIO: { sv: 'Okänt scenario', en: 'Unknown scenario' },
  DUPLICATE_NAME: { sv: 'Namnet står två gånger', en: 'The name appears twice' },
  DUPLICATE_MEMBER: {
    sv: 'Insatsen står två gånger i scenariot',
    en: 'The initiative is listed twice',
  },
  DUPLICATE_COLUMN: { sv: 'Kolumnen finns två gånger', en: 'The column appears twice' },
  SHEET_NOT_READ: { sv: 'Bladet är för stort för att läsas', en: 'The sheet is too large to read' },
  HEADER_NEAR_MISS: { sv: 'Rubriken känns inte igen', en: 'The header is not recognised' },
  HEADER_READ_AS: { sv: 'Så lästes rubriken', en: 'How the header was read' },
  HEADER_AMBIGUOUS: {
    sv: 'Rubriken kan betyda två kolumner',
    en: 'The header could mean two columns',
  },
  COLUMN_WITHOUT_YEAR: { sv: 'Kolumnen saknar år', en: 'The column has no year' },
  UNREAD_AMOUNTS: { sv: 'Belopp som inte räknas', en: 'Amounts that are not counted' },
  NO_COST_COLUMN: { sv: 'Ingen kostnadskolumn', en: 'No cost column' },
  UNIT_MISMATCH: { sv: 'Kolumnen har en annan enhet', en: 'The column is in another unit' },
  UNITS_DIFFER: { sv: 'Tabellerna har olika enheter', en: 'The tables are in different units' },
  UNIT_ASSUMED: { sv: 'Enheten är antagen', en: 'The unit is assumed' },
  UNKNOWN_UNIT_CHOICE: { sv: 'Okänd enhet i inställningarna', en: 'Unknown unit in the settings' },
  DUPLICATE_TABLE: { sv: 'Tabellen finns två gånger', en: 'The table appears twice' },
  NOT_A_NUMBER: { sv: 'Cellen är inget tal', en: 'The cell is not a number' },
  EXCEL_ERROR_VALUE: { sv: 'Felvärde i cellen', en: 'Error value in the cell' },
  FORMULA_WITHOUT_VALUE: { sv: 'Formeln har inget värde', en: 'The formula has no value' },
  MISSING_TABLE: { sv: 'Tabellen hittades inte', en: 'The table was not found' },
  MISSING_COLUMN: { sv: 'En kolumn saknas', en: 'A column is missing' },
  MISSING_VALUE: { sv: 'Värde saknas', en: 'A value is missing' },
  DRIVER_TAG_MISSING: { sv: 'En drivare saknas', en: 'A driver is missing' },
  UNKNOWN_DRIVER: { sv: 'Okänd drivare', en: 'Unknown driver' },
  UNALLOCATED_DELTA: { sv: 'Förändring utan drivare', en: 'A change without a driver' },
  UNKNOWN_STATUS: { sv: 'Okänd status', en: 'Unknown status' },
  TOTAL_CHANGE_MISMATCH: { sv: 'Summan stämmer inte', en: 'The total does not add up' },
  TOTAL_ROW_SKIPPED: { sv: 'Summaraden räknas inte', en: 'The total row is not counted' },
  CELL_UNIT_CONVERTED: { sv: 'Beloppet räknades om', en: 'The amount was converted' },
  NAME_READ_AS: { sv: 'Så lästes namnet', en: 'How the name was read' },
  NAME_AMBIGUOUS: {
    sv: 'Namnet liknar flera insatser',
    en: 'The name is like several initiatives',
  },
  SCENARIO_SUMMARISED_TWICE: {
    sv: 'Scenariot summeras två gånger',
    en: 'The scenario is summarised twice',
  },
  UNKNOWN_BLOCK_ROW: { sv: 'Okänd rad i summeringen', en: 'Unknown row in the summary' },
  MISSING_BLOCK_ROW: { sv: 'En rad saknas i summeringen', en: 'A row is missing from the summary' },
  TABLE_READ_ON: { sv: 'Raderna läses till tabellen ovan', en: 'Rows read into the table above' },
  MEMBER_ONLY_INITIATIVE: {
    sv: 'Insatsen finns bara i scenariot',
    en: 'The initiative is only in the scenario',
  },
  STATUS_FROM_TITLE: { sv: 'Status från rubriken', en: 'Status from the title' },
  EMPTY_SCENARIO: { sv: 'Scenariot är tomt', en: 'The scenario is empty' },
  UNKNOWN_MEMBER_COST: { sv: 'Kostnad saknas för året', en: 'A cost is missing for the year' },
  MISSING_NET_BENEFIT: { sv: 'Nettonytta saknas', en: 'A net benefit is missing' },
  WHATIF_UNREADABLE: {
    sv: 'En sparad variant kan inte läsas',
    en: 'A saved what-if cannot be read',
  },
  WHATIF_UNKNOWN_INITIATIVE: {
    sv: 'Variantens insats finns inte längre',
    en: 'A what-if’s initiative is gone',
  },
  WHATIF_AMBIGUOUS_INITIATIVE: {
    sv: 'Variantens insats har flera träffar',
    en: 'A what-if’s initiative is ambiguous',
  },
  WHATIF_NAMED_TWICE: {
    sv: 'Insats två gånger i varianten',
    en: 'An initiative twice in a what-if',
  },
  WHATIF_NOT_WHOLE_YEARS: { sv: 'Flytt som inte är hela år', en: 'A move of part of a year' },
  WHATIF_MOVED_OUT: {
    sv: 'Kostnad flyttad utanför åren',
    en: 'A cost moved outside the years',
  },
  WHATIF_UNKNOWN_SCENARIO: {
    sv: 'Variantens scenario finns inte längre',
    en: 'A what-if’s scenario is gone',
  },
};

/**
 * The title of a finding, in the user's language.
 * @example titleFor('TOTAL_CHANGE_MISMATCH', 'sv') === 'Summan stämmer inte'
 */
export function titleFor(code: WarningCode, language: Language): string {
  return TITLES[code][language];
}
