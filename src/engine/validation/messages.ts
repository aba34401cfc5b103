/**
 * Every sentence the product says about a workbook's data, in Swedish and English: one catalogue,
 * so tests and translators have one place to look.
 */
import type { DriverName } from '../drivers/names';
import { driverLabel, SERVICE_DEVELOPMENT } from '../drivers/names';
import type { TableKind } from '../headers/words';
import type { CellRef } from '../cells/raw';
import type { Money } from '../money';
import { roundHalfAwayFromZero } from '../money';
import type { OutputUnit } from '../settings';
import { DEFAULT_UNIT, sentenceDecimals } from '../settings';
import type { InitiativeStatus } from '../tables/model';
import type { Language } from './language';
import { quote } from './language';
import { columnName, columnNames, requiredHeaders } from './column-names';
import type { ScenarioFigure, WarningDetail, WarningCode } from './warning';

export type { Language } from './language';
export { quote } from './language';

export const TABLE_LABELS: Readonly<Record<TableKind, Readonly<Record<Language, string>>>> = {
  services: { sv: 'Tjänster', en: 'Services' },
  transfers: {
    sv: 'Utveckling flyttad till förvaltningskostnad',
    en: 'Development moved into running cost',
  },
  initiatives: { sv: 'Förändringsinsatser', en: 'Initiatives' },
  scenarios: { sv: 'Scenarier', en: 'Scenarios' },
  members: { sv: 'Scenarioinsatser', en: 'Scenario members' },
  driverTotals: { sv: 'Angivna totaler per drivare', en: 'Stated driver totals' },
};

/** A header each table reads amounts under, for a sentence that says what to write. */
const AMOUNT_EXAMPLES: Readonly<Record<TableKind, Readonly<Record<Language, string>>>> = {
  services: { sv: 'Budget 2025', en: 'Budget 2025' },
  transfers: { sv: 'Estimerad kostnad', en: 'Estimated cost' },
  initiatives: { sv: 'Kostnad 2025', en: 'Cost 2025' },
  scenarios: { sv: 'Bas', en: 'Base' },
  members: { sv: 'Angiven kostnad', en: 'Listed cost' },
  driverTotals: { sv: 'Belopp', en: 'Amount' },
};

/** The labels a summary block's input rows are written with, as the document writes them. */
const BLOCK_ROWS: Readonly<Record<'base' | 'impact', Readonly<Record<Language, string>>>> = {
  base: { sv: 'Total förvaltningskostnad … (basen)', en: 'Total running cost … (base)' },
  impact: { sv: 'Påverkan på förvaltningskostnaden …', en: 'Impact on running cost …' },
};

/** Every label a summary block reads (scenario-blocks.ts), for a sentence about one it does not. */
const BLOCK_LABELS: Readonly<Record<Language, string>> = {
  sv: 'basen (… (basen), Bas), pågående (… pågående …), föreslagna (… föreslagna …), påverkan (Påverkan …), Summering (Totalt) och nettonytta (… nettonytta …)',
  en: 'the base (… (base), Base), ongoing (… ongoing …), proposed (… proposed …), the impact (Impact …), the total (Total) and the net benefit (… net benefit …)',
};

const FIGURES: Readonly<Record<ScenarioFigure, Readonly<Record<Language, string>>>> = {
  ongoing: { sv: 'pågående insatser', en: 'ongoing initiatives' },
  proposed: { sv: 'föreslagna insatser', en: 'proposed initiatives' },
  total: { sv: 'summering', en: 'total' },
  netBenefit: { sv: 'nettonytta', en: 'net benefit' },
};

/**
 * An amount as a reader expects it, in its unit: `1 088 976` and `37,9` in Swedish, `1,088,976` in
 * English. At most the decimals the unit needs (MSEK three), and never fewer than two, so a
 * sentence about a small difference still shows it.
 * @example formatAmount(moneyFromDecimal('-2050'), 'sv') === '−2 050'; formatAmount(moneyFromDecimal('1116.626'), 'sv', 'MSEK') === '1 116,626'
 */
export function formatAmount(
  value: Money,
  language: Language,
  unit: OutputUnit = DEFAULT_UNIT,
): string {
  const decimals = sentenceDecimals(unit);
  return formatNumber(
    Number(roundHalfAwayFromZero(value, decimals).toString()),
    language,
    decimals,
  );
}

/** One formatter per language: making an Intl.NumberFormat costs far more than using one. */
const FORMATTERS = new Map<string, Intl.NumberFormat>();

/**
 * The space between a Swedish figure's digit groups: a no-break space (U+00A0), as
 * `Intl.NumberFormat('sv-SE')` writes it in Node 20 (ICU 78) and in Chromium, so a figure never
 * breaks across lines (`1 116 │ 626`) and pastes into a Swedish Excel as a number.
 */
export const GROUP_SEPARATOR = '\u00A0';

/**
 * A plain number as a reader expects it, at most `decimals` decimals (2 unless told) and at least
 * `minimum` (none unless told): the product's one number format (command line, messages, pane).
 * @example formatNumber(1088976, 'sv') === '1\u00A0088\u00A0976'; formatNumber(6, 'sv', 3, 3) === '6,000'
 */
export function formatNumber(value: number, language: Language, decimals = 2, minimum = 0): string {
  const key = `${language}${decimals}:${minimum}`;
  let formatter = FORMATTERS.get(key);
  if (formatter === undefined) {
    formatter = new Intl.NumberFormat(language === 'sv' ? 'sv-SE' : 'en-GB', {
      maximumFractionDigits: decimals,
      minimumFractionDigits: Math.min(minimum, decimals),
    });
    FORMATTERS.set(key, formatter);
  }
  // Other ICU versions (and CLDR for some locales) group with a narrow no-break space (U+202F):
  // one separator on every host, so the pane, the sheets and the command line agree.
  return formatter.format(value).replace(/\u202F/g, GROUP_SEPARATOR);
}

/** An amount as the sentence shows it: in the result's unit, with that unit's decimals. */
type AmountText = (value: Money) => string;
type Render<C extends WarningCode> = (
  detail: Extract<WarningDetail, { code: C }>,
  language: Language,
  amount: AmountText,
) => string;
type Catalogue = { readonly [C in WarningCode]: Readonly<Record<Language, Render<C>>> };

/** `A`, `A and B`, `A, B and C` (or, with `or`, `A, B or C`). */
const listed = (items: readonly string[], language: Language, or = false): string => {
  const last = or ? { sv: ' eller ', en: ' or ' } : { sv: ' och ', en: ' and ' };
  return items.length < 2
    ? (items[0] ?? '')
    : `${items.slice(0, -1).join(', ')}${last[language]}${items[items.length - 1] ?? ''}`;
};
/** What states no unit: the tables by name, and the document's scenario summaries. */
const unitless = (tables: readonly TableKind[], summaries: number, language: Language): string =>
  listed(
    [
      ...tables.map((table) => TABLE_LABELS[table][language]),
      ...(summaries === 0
        ? []
        : [language === 'sv' ? 'scenariosummeringarna' : 'the scenario summaries']),
    ],
    language,
  );
const capital = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);
const orNone = (value: Money | null, language: Language, a: AmountText): string =>
  value === null ? (language === 'sv' ? 'inget värde' : 'no value') : a(value);
const suggestions = (candidates: readonly string[], language: Language): string =>
  candidates.length === 0
    ? ''
    : `${language === 'sv' ? ' Menade du' : ' Did you mean'} ${listed(
        candidates.map((name) => quote(name, language)),
        language,
        true,
      )}?`;
/** Initiatives sharing a name, as ids and cells: `I6 (Insatser!A7), I7 (Insatser!A8)`. */
const sharing = (ids: readonly string[], cells: readonly CellRef[], language: Language): string =>
  ids
    .map((id, i) => {
      const cell = cells[i];
      const where =
        cell === undefined ? '' : ` ${language === 'sv' ? 'på' : 'at'} ${cell.sheet}!${cell.cell}`;
      return `${id}${where}`;
    })
    .join(', ');
/** The status sums a missing cost leaves unknown: `ongoing and proposed initiatives`. */
const statusSums = (statuses: readonly InitiativeStatus[], language: Language): string => {
  const words = {
    ongoing: { sv: 'pågående', en: 'ongoing' },
    proposed: { sv: 'föreslagna', en: 'proposed' },
  };
  const joined = statuses
    .map((status) => words[status][language])
    .join(language === 'sv' ? ' och ' : ' and ');
  return `${joined} ${language === 'sv' ? 'insatser' : 'initiatives'}`;
};
/** A stated total's driver, or the row of all drivers: `Ny leverans`, `total change`. */
const statedDriver = (driver: DriverName | 'total', language: Language): string =>
  driver === 'total'
    ? language === 'sv'
      ? 'total förändring'
      : 'total change'
    : driverLabel(driver, language);

const CATALOGUE: Catalogue = {
  STATED_MISMATCH: {
    sv: (d, _l, a) =>
      `Scenario ${d.scenario}${d.year === null ? '' : ` ${d.year}`}: angiven ${FIGURES[d.figure].sv} är ${a(d.stated)} men beräknas till ${a(d.computed)} (skillnad ${a(d.computed.sub(d.stated))}).`,
    en: (d, _l, a) =>
      `Scenario ${d.scenario}${d.year === null ? '' : ` ${d.year}`}: stated ${FIGURES[d.figure].en} is ${a(d.stated)} but computes to ${a(d.computed)} (difference ${a(d.computed.sub(d.stated))}).`,
  },
  LISTED_COST_MISMATCH: {
    sv: (d, _l, a) =>
      `Scenario ${d.scenario} anger ${a(d.listed)} för ${quote(d.initiative, 'sv')}, men förändringsinsatserna anger ${orNone(d.cost, _l, a)} för ${d.year}. Summorna använder förändringsinsatsernas värde.`,
    en: (d, _l, a) =>
      `Scenario ${d.scenario} lists ${a(d.listed)} for ${quote(d.initiative, 'en')}, but the initiatives table gives ${orNone(d.cost, _l, a)} for ${d.year}. The sums use the initiatives table.`,
  },
  UNKNOWN_SERVICE: {
    sv: (d, l) =>
      `Tjänsten ${quote(d.name, 'sv')} finns inte i tjänstetabellen; beloppet räknas inte till någon tjänst eller drivare.${suggestions(d.candidates, l)}`,
    en: (d, l) =>
      `The service ${quote(d.name, 'en')} is not in the services table; its amount counts towards no service and no driver.${suggestions(d.candidates, l)}`,
  },
  UNKNOWN_INITIATIVE: {
    sv: (d, l) =>
      `Scenario ${d.scenario} nämner ${quote(d.name, 'sv')}, som inte finns bland förändringsinsatserna; den räknas inte.${suggestions(d.candidates, l)}`,
    en: (d, l) =>
      `Scenario ${d.scenario} names ${quote(d.name, 'en')}, which is not among the initiatives; it is not counted.${suggestions(d.candidates, l)}`,
  },
  AMBIGUOUS_INITIATIVE: {
    sv: (d) =>
      `Scenario ${d.scenario} nämner ${quote(d.name, 'sv')}, men ${d.candidates.length} förändringsinsatser heter så (${sharing(d.candidates, d.cells, 'sv')}); den räknas inte. Skriv insatsens id i stället för namnet.`,
    en: (d) =>
      `Scenario ${d.scenario} names ${quote(d.name, 'en')}, but ${d.candidates.length} initiatives have that name (${sharing(d.candidates, d.cells, 'en')}); it is not counted. Write the initiative's id instead of its name.`,
  },
  UNKNOWN_SCENARIO: {
    sv: (d, l) =>
      `Scenariot ${quote(d.id, 'sv')} finns inte i scenariotabellen.${suggestions(d.candidates, l)}`,
    en: (d, l) =>
      `The scenario ${quote(d.id, 'en')} is not in the scenarios table.${suggestions(d.candidates, l)}`,
  },
  DUPLICATE_NAME: {
    sv: (d) =>
      `${quote(d.name, 'sv')} står två gånger i ${TABLE_LABELS[d.table].sv}; raden i ${d.first.sheet}!${d.first.cell} används och denna räknas inte.`,
    en: (d) =>
      `${quote(d.name, 'en')} appears twice in ${TABLE_LABELS[d.table].en}; the row at ${d.first.sheet}!${d.first.cell} is used and this one is not counted.`,
  },
  DUPLICATE_MEMBER: {
    sv: (d) =>
      `${quote(d.initiative, 'sv')} står två gånger i scenario ${d.scenario}; den räknas en gång.`,
    en: (d) =>
      `${quote(d.initiative, 'en')} is listed twice in scenario ${d.scenario}; it is counted once.`,
  },
  DUPLICATE_COLUMN: {
    sv: (d) =>
      `Kolumnen ${quote(d.header, 'sv')} i ${TABLE_LABELS[d.table].sv} upprepar en tidigare kolumn och läses inte.`,
    en: (d) =>
      `The column ${quote(d.header, 'en')} in ${TABLE_LABELS[d.table].en} repeats an earlier column and is not read.`,
  },
  SHEET_NOT_READ: {
    sv: (d) =>
      `Bladet ${quote(d.sheet, 'sv')} lästes inte: dess använda område når hit (${formatNumber(d.cells, 'sv', 0)} celler; tillägget läser högst ${formatNumber(d.limit, 'sv', 0)} från ett blad), och inte heller dess tabeller lästes. Ligger en tabell i analysen där, ta bort de lösa värdena här ute och räkna om.`,
    en: (d) =>
      `The sheet ${quote(d.sheet, 'en')} was not read: its used range reaches this cell (${formatNumber(d.cells, 'en', 0)} cells; the add-in reads at most ${formatNumber(d.limit, 'en', 0)} from a sheet), so its tables were not read either. If a table of the analysis is on it, remove the stray values out here and recalculate.`,
  },
  HEADER_NEAR_MISS: {
    sv: (d) =>
      `Rubriken ${quote(d.header, 'sv')} i ${TABLE_LABELS[d.table].sv} är ingen känd kolumn och läses inte; menade du ${quote(d.meant, 'sv')}?`,
    en: (d) =>
      `The header ${quote(d.header, 'en')} in ${TABLE_LABELS[d.table].en} is not a known column and is not read; did you mean ${quote(d.meant, 'en')}?`,
  },
  HEADER_READ_AS: {
    sv: (d) =>
      `Rubriken ${quote(d.header, 'sv')} i ${TABLE_LABELS[d.table].sv} läses som kolumnen ${quote(d.meant, 'sv')}.`,
    en: (d) =>
      `The header ${quote(d.header, 'en')} in ${TABLE_LABELS[d.table].en} is read as the column ${quote(d.meant, 'en')}.`,
  },
  HEADER_AMBIGUOUS: {
    sv: (d) =>
      `Rubriken ${quote(d.header, 'sv')} i ${TABLE_LABELS[d.table].sv} nämner både ${d.words.map((text) => quote(text, 'sv')).join(' och ')} och läses inte: låt rubriken börja med den kolumn den är (till exempel ${quote(d.words[0] ?? '', 'sv')}).`,
    en: (d) =>
      `The header ${quote(d.header, 'en')} in ${TABLE_LABELS[d.table].en} names both ${d.words.map((text) => quote(text, 'en')).join(' and ')} and is not read: begin the header with the column it is (for example ${quote(d.words[0] ?? '', 'en')}).`,
  },
  COLUMN_WITHOUT_YEAR: {
    sv: (d) =>
      `Kolumnen ${quote(d.header, 'sv')} i ${TABLE_LABELS[d.table].sv} har inget år och läses inte: skriv året i rubriken (${d.word} 2025)${d.rowAbove ? ' eller på raden ovanför' : ''}.`,
    en: (d) =>
      `The column ${quote(d.header, 'en')} in ${TABLE_LABELS[d.table].en} has no year and is not read: write the year in the header (${d.word} 2025)${d.rowAbove ? ' or in the row above it' : ''}.`,
  },
  UNREAD_AMOUNTS: {
    sv: (d) =>
      `${d.header === '' ? 'En kolumn utan rubrik' : `Kolumnen ${quote(d.header, 'sv')}`} i ${TABLE_LABELS[d.table].sv} innehåller belopp som inte räknas, eftersom rubriken inte är någon känd kolumn: skriv en rubrik som tabellen läser (till exempel ${quote(AMOUNT_EXAMPLES[d.table].sv, 'sv')}), eller flytta kolumnen utanför tabellen.`,
    en: (d) =>
      `${d.header === '' ? 'A column without a header' : `The column ${quote(d.header, 'en')}`} in ${TABLE_LABELS[d.table].en} holds amounts that are not counted, as its header is no known column: write a header the table reads (for example ${quote(AMOUNT_EXAMPLES[d.table].en, 'en')}), or move the column out of the table.`,
  },
  NO_COST_COLUMN: {
    sv: (d) =>
      `Ingen kostnadskolumn kunde läsas i ${TABLE_LABELS.initiatives.sv}, så scenariernas kostnader för pågående och föreslagna insatser är okända för varje år: skriv kostnaderna under rubriker med år (Kostnad 2025)${d.rowAbove ? ', eller året på raden ovanför' : ''}.`,
    en: (d) =>
      `No cost column could be read in ${TABLE_LABELS.initiatives.en}, so the scenarios' costs of ongoing and proposed initiatives are unknown for every year: write the costs under headers with a year (Cost 2025)${d.rowAbove ? ', or the year in the row above' : ''}.`,
  },
  UNIT_MISMATCH: {
    sv: (d) =>
      `Kolumnen ${quote(d.header, 'sv')} i ${TABLE_LABELS[d.table].sv} är i ${d.unit}, resten av tabellen i ${d.expected}; dess belopp läses i ${d.unit}${d.unit === d.converted ? '' : ` och räknas om till ${d.converted}`}. Stämmer inte rubrikens enhet, rätta den.`,
    en: (d) =>
      `The column ${quote(d.header, 'en')} in ${TABLE_LABELS[d.table].en} is in ${d.unit}, the rest of its table in ${d.expected}; its amounts are read in ${d.unit}${d.unit === d.converted ? '' : ` and converted to ${d.converted}`}. If the header's unit is wrong, correct it.`,
  },
  UNITS_DIFFER: {
    sv: (d, l) =>
      `Tabellerna är i olika enheter (${d.tables.map((t) => `${TABLE_LABELS[t.table].sv} i ${t.unit}`).join(', ')}${d.assumed.length === 0 ? '' : `; ${unitless(d.assumed, 0, l)} anger ingen enhet och läses i ${d.assumedUnit}`}); alla belopp räknas om till ${d.unit}.`,
    en: (d, l) =>
      `The tables are in different units (${d.tables.map((t) => `${TABLE_LABELS[t.table].en} in ${t.unit}`).join(', ')}${d.assumed.length === 0 ? '' : `; ${unitless(d.assumed, 0, l)} ${d.assumed.length === 1 ? 'states no unit and is' : 'state no unit and are'} read in ${d.assumedUnit}`}); every amount is converted to ${d.unit}.`,
  },
  UNIT_ASSUMED: {
    sv: (d, l) =>
      `${capital(unitless(d.tables, d.summaries, l))} anger ingen enhet och läses i ${d.unit}, den enhet ${TABLE_LABELS[d.stated.table].sv} anger på ${d.stated.at.sheet}!${d.stated.at.cell}. Är beloppen i en annan enhet, skriv den i en rubrik eller i en rad ovanför tabellen.`,
    en: (d, l) => {
      const one = d.tables.length + (d.summaries === 0 ? 0 : 1) === 1;
      return `${capital(unitless(d.tables, d.summaries, l))} ${one ? 'states no unit and is' : 'state no unit and are'} read in ${d.unit}, the unit ${TABLE_LABELS[d.stated.table].en} states at ${d.stated.at.sheet}!${d.stated.at.cell}. If the amounts are in another unit, write it in a header or in a line above the table.`;
    },
  },
  UNKNOWN_UNIT_CHOICE: {
    sv: (d) =>
      `Enheten ${quote(d.written, 'sv')} i inställningarna är ingen av tkr, MSEK och kr; beloppen visas i ${d.unit}, tabellernas enhet. Välj en av de tre.`,
    en: (d) =>
      `The unit ${quote(d.written, 'en')} in the settings is none of tkr, MSEK and kr; amounts are shown in ${d.unit}, the tables' unit. Choose one of the three.`,
  },
  DUPLICATE_TABLE: {
    sv: (d) =>
      `Ytterligare en tabell ${TABLE_LABELS[d.table].sv} hittades här; tabellen vid ${d.used.sheet}!${d.used.cell} används.`,
    en: (d) =>
      `Another ${TABLE_LABELS[d.table].en} table was found here; the one at ${d.used.sheet}!${d.used.cell} is used.`,
  },
  NOT_A_NUMBER: {
    sv: (d) =>
      d.reason === 'ambiguous'
        ? `${quote(d.text, 'sv')} i kolumnen ${quote(d.column, 'sv')} kan läsas både som decimaltal och som tusental; skriv talet utan tvetydighet. Cellen räknas inte.`
        : d.reason === 'too-large'
          ? `${quote(d.text, 'sv')} i kolumnen ${quote(d.column, 'sv')} ligger bortom alla belopp (över 10^100 till storleken); cellen räknas inte.`
          : d.reason === 'per-year'
            ? `${quote(d.text, 'sv')} i kolumnen ${quote(d.column, 'sv')} är ett belopp per år, men här väntas ett totalt belopp eller ett års belopp; skriv beloppet det blir. Cellen räknas inte.`
            : `${quote(d.text, 'sv')} i kolumnen ${quote(d.column, 'sv')} är inget tal; cellen räknas inte.`,
    en: (d) =>
      d.reason === 'ambiguous'
        ? `${quote(d.text, 'en')} in column ${quote(d.column, 'en')} reads both as a decimal and as thousands; write it unambiguously. The cell is not counted.`
        : d.reason === 'too-large'
          ? `${quote(d.text, 'en')} in column ${quote(d.column, 'en')} is beyond any amount (over 10^100 in size); the cell is not counted.`
          : d.reason === 'per-year'
            ? `${quote(d.text, 'en')} in column ${quote(d.column, 'en')} is an amount per year, where a total or one year's amount is expected; write the amount it comes to. The cell is not counted.`
            : `${quote(d.text, 'en')} in column ${quote(d.column, 'en')} is not a number; the cell is not counted.`,
  },
  EXCEL_ERROR_VALUE: {
    sv: (d) =>
      `Cellen i kolumnen ${quote(d.column, 'sv')} innehåller felvärdet ${d.value}; den räknas inte.`,
    en: (d) =>
      `The cell in column ${quote(d.column, 'en')} holds the error value ${d.value}; it is not counted.`,
  },
  FORMULA_WITHOUT_VALUE: {
    sv: (d) =>
      `Formeln =${d.formula} i kolumnen ${quote(d.column, 'sv')} har inget beräknat värde (filen har aldrig räknats om i Excel); cellen räknas inte.`,
    en: (d) =>
      `The formula =${d.formula} in column ${quote(d.column, 'en')} has no computed value (the file was never recalculated in Excel); the cell is not counted.`,
  },
  MISSING_TABLE: {
    sv: (d) =>
      d.required
        ? `Tabellen ${TABLE_LABELS[d.table].sv} hittades inte: den behöver en rubrikrad med ${requiredHeaders(d.table, 'sv')}.`
        : `Tabellen ${TABLE_LABELS[d.table].sv} hittades inte (den är valfri).`,
    en: (d) =>
      d.required
        ? `The ${TABLE_LABELS[d.table].en} table was not found: it needs a header row with ${requiredHeaders(d.table, 'en')}.`
        : `The ${TABLE_LABELS[d.table].en} table was not found (it is optional).`,
  },
  MISSING_COLUMN: {
    sv: (d) =>
      d.fields.length === 1
        ? `Tabellen ${TABLE_LABELS[d.table].sv} saknar kolumnen ${columnNames(d.table, d.fields, d.year, 'sv')}.`
        : `Tabellen ${TABLE_LABELS[d.table].sv} saknar en kolumn ${columnNames(d.table, d.fields, d.year, 'sv')}.`,
    en: (d) =>
      d.fields.length === 1
        ? `The ${TABLE_LABELS[d.table].en} table has no ${columnNames(d.table, d.fields, d.year, 'en')} column.`
        : `The ${TABLE_LABELS[d.table].en} table has no column ${columnNames(d.table, d.fields, d.year, 'en')}.`,
  },
  MISSING_VALUE: {
    sv: (d) =>
      `Värde saknas i kolumnen ${quote(d.column ?? columnName(d.table, d.field, null, 'sv'), 'sv')} (${TABLE_LABELS[d.table].sv}); raden eller summan kan inte beräknas.`,
    en: (d) =>
      `No value in column ${quote(d.column ?? columnName(d.table, d.field, null, 'en'), 'en')} (${TABLE_LABELS[d.table].en}); the row or total cannot be computed.`,
  },
  DRIVER_TAG_MISSING: {
    sv: (d, _l, a) =>
      `${a(d.amount)} utveckling har flyttats in i ${quote(d.service, 'sv')}, men tjänstens drivare saknar ${quote(driverLabel(SERVICE_DEVELOPMENT, 'sv'), 'sv')}.`,
    en: (d, _l, a) =>
      `${a(d.amount)} of development was moved into ${quote(d.service, 'en')}, but the service's drivers lack ${quote(driverLabel(SERVICE_DEVELOPMENT, 'en'), 'en')}.`,
  },
  UNKNOWN_DRIVER: {
    sv: (d) =>
      `${quote(d.tag, 'sv')} är ingen känd drivare${d.service === null ? '' : ` (tjänst ${quote(d.service, 'sv')})`}; den får ingen andel.`,
    en: (d) =>
      `${quote(d.tag, 'en')} is not a known driver${d.service === null ? '' : ` (service ${quote(d.service, 'en')})`}; it takes no share.`,
  },
  UNALLOCATED_DELTA: {
    sv: (d, _l, a) =>
      `${a(d.amount)} av förändringen för ${quote(d.service, 'sv')} kan inte hänföras till någon drivare.`,
    en: (d, _l, a) =>
      `${a(d.amount)} of the change for ${quote(d.service, 'en')} cannot be attributed to any driver.`,
  },
  UNKNOWN_STATUS: {
    sv: (d) =>
      `Status ${quote(d.status, 'sv')} för ${quote(d.initiative, 'sv')} känns inte igen (Ny/Pågående); insatsen räknas som föreslagen.`,
    en: (d) =>
      `Status ${quote(d.status, 'en')} of ${quote(d.initiative, 'en')} is not recognised (New/Ongoing); it is counted as proposed.`,
  },
  TOTAL_CHANGE_MISMATCH: {
    sv: (d, _l, a) =>
      `Angiven ${statedDriver(d.driver, 'sv')} ${d.year} är ${a(d.stated)} men tjänsterna summerar till ${a(d.computed)} (skillnad ${a(d.computed.sub(d.stated))}).`,
    en: (d, _l, a) =>
      `Stated ${statedDriver(d.driver, 'en')} ${d.year} is ${a(d.stated)} but the services add up to ${a(d.computed)} (difference ${a(d.computed.sub(d.stated))}).`,
  },
  TOTAL_ROW_SKIPPED: {
    sv: (d) =>
      `Raden ${quote(d.name, 'sv')} i ${TABLE_LABELS[d.table].sv} ser ut som en summarad och räknas inte.`,
    en: (d) =>
      `The row ${quote(d.name, 'en')} in ${TABLE_LABELS[d.table].en} looks like a total row and is not counted.`,
  },
  CELL_UNIT_CONVERTED: {
    // The cell as it writes the amount (`37,9 MSEK`), then the amount as it is counted.
    sv: (d, _l, a) => `${quote(d.written, 'sv')} räknas som ${a(d.value)} ${d.into}.`,
    en: (d, _l, a) => `${quote(d.written, 'en')} is counted as ${a(d.value)} ${d.into}.`,
  },
  NAME_READ_AS: {
    sv: (d) =>
      `Scenario ${d.scenario}: ${quote(d.name, 'sv')} finns inte bland förändringsinsatserna och läses som ${quote(d.meant, 'sv')}, det enda namn som liknar det. Skriv namnet som i förändringsinsatserna om det stämmer.`,
    en: (d) =>
      `Scenario ${d.scenario}: ${quote(d.name, 'en')} is not among the initiatives and is read as ${quote(d.meant, 'en')}, the only name like it. Write the name as the initiatives table does if that is right.`,
  },
  NAME_AMBIGUOUS: {
    sv: (d) =>
      `Scenario ${d.scenario} nämner ${quote(d.name, 'sv')}, som inte finns bland förändringsinsatserna och liknar flera av dem lika mycket (${d.candidates.map((text) => quote(text, 'sv')).join(', ')}); den räknas inte. Skriv namnet som i förändringsinsatserna.`,
    en: (d) =>
      `Scenario ${d.scenario} names ${quote(d.name, 'en')}, which is not among the initiatives and is as like several of them (${d.candidates.map((text) => quote(text, 'en')).join(', ')}); it is not counted. Write the name as the initiatives table does.`,
  },
  SCENARIO_SUMMARISED_TWICE: {
    sv: (d) =>
      `Scenario ${d.scenario} summeras två gånger (${d.cells.map((c) => `${c.sheet}!${c.cell}`).join(', ')}); den första används.`,
    en: (d) =>
      `Scenario ${d.scenario} is summarised twice (${d.cells.map((c) => `${c.sheet}!${c.cell}`).join(', ')}); the first is used.`,
  },
  UNKNOWN_BLOCK_ROW: {
    sv: (d) =>
      `${d.label.trim() === '' ? 'En rad utan namn' : `Raden ${quote(d.label, 'sv')}`} i summeringen har belopp men är inget mått som läses, så dess belopp räknas inte: summeringen läser ${BLOCK_LABELS.sv}.`,
    en: (d) =>
      `${d.label.trim() === '' ? 'A row without a label' : `The row ${quote(d.label, 'en')}`} in the summary holds amounts but names no measure that is read, so its amounts are not counted: the summary reads ${BLOCK_LABELS.en}.`,
  },
  MISSING_BLOCK_ROW: {
    sv: (d) =>
      `Summeringen för scenario ${d.scenario} har ingen rad ${quote(BLOCK_ROWS[d.measure].sv, 'sv')}, så ${d.measure === 'base' ? 'summeringen' : 'det som läggs över basen och summeringen'} är okänd för varje år.`,
    en: (d) =>
      `The summary of scenario ${d.scenario} has no row ${quote(BLOCK_ROWS[d.measure].en, 'en')}, so ${d.measure === 'base' ? 'its total is' : 'what it adds over the base and its total are'} unknown for every year.`,
  },
  TABLE_READ_ON: {
    sv: (d) =>
      `Raderna under ${quote(d.title, 'sv')} läses som en del av ${TABLE_LABELS[d.table].sv}; ge dem en egen rubrikrad om de inte hör dit.`,
    en: (d) =>
      `The rows under ${quote(d.title, 'en')} are read as part of ${TABLE_LABELS[d.table].en}; give them a header row of their own if they do not belong to it.`,
  },
  MEMBER_ONLY_INITIATIVE: {
    sv: (d, l, a) =>
      `Scenario ${d.scenario}: ${quote(d.initiative, 'sv')} finns inte i tabellen över nya förändringsinsatser och räknas därför som pågående, med ${orNone(d.cost, l, a)} från listan som kostnad för ${d.year}; kostnaden för senare år är okänd.`,
    en: (d, l, a) =>
      `Scenario ${d.scenario}: ${quote(d.initiative, 'en')} is not in the table of new initiatives, so it is counted as ongoing, with ${orNone(d.cost, l, a)} from the list as its cost for ${d.year}; its cost in later years is unknown.`,
  },
  STATUS_FROM_TITLE: {
    sv: (d) =>
      `Förändringsinsatserna har ingen statuskolumn; alla räknas som nya (föreslagna), som rubriken ${quote(d.title, 'sv')} säger.`,
    en: (d) =>
      `The initiatives table has no status column; every initiative is counted as new (proposed), as its title ${quote(d.title, 'en')} says.`,
  },
  EMPTY_SCENARIO: {
    sv: (d) => `Scenario ${d.scenario} har inga insatser.`,
    en: (d) => `Scenario ${d.scenario} has no initiatives.`,
  },
  UNKNOWN_MEMBER_COST: {
    sv: (d) =>
      `Scenario ${d.scenario} ${d.year}: kostnaden för ${d.count === 1 ? '1 insats' : `${d.count} insatser`} är inte angiven för ${d.year}, så summan för ${statusSums(d.statuses, 'sv')}, det som läggs över basen och scenariots summering är okända.`,
    en: (d) =>
      `Scenario ${d.scenario} ${d.year}: the cost of ${d.count === 1 ? '1 member is' : `${d.count} members is`} not stated for ${d.year}, so the sum of ${statusSums(d.statuses, 'en')}, what the scenario adds over the base and its total are unknown.`,
  },
  MISSING_NET_BENEFIT: {
    sv: (d) =>
      `Scenario ${d.scenario}: ${d.count === 1 ? '1 insats saknar' : `${d.count} insatser saknar`} nettonytta; summan räknar bara de övriga.`,
    en: (d) =>
      `Scenario ${d.scenario}: ${d.count === 1 ? '1 initiative has' : `${d.count} initiatives have`} no net benefit; the sum counts only the others.`,
  },
  WHATIF_UNREADABLE: {
    sv: (d) =>
      `Varianten ${quote(d.whatIf, 'sv')} som sparats i arbetsboken kan inte läsas och räknas inte; den finns kvar i inställningarna som den var.`,
    en: (d) =>
      `The what-if ${quote(d.whatIf, 'en')} saved in the workbook cannot be read and is not computed; it is kept in the settings as it was.`,
  },
  WHATIF_UNKNOWN_INITIATIVE: {
    sv: (d) =>
      `Varianten ${quote(d.whatIf, 'sv')}: insatsen ${quote(d.initiative, 'sv')} finns inte längre i arbetsboken och är inte med i variantens siffror.`,
    en: (d) =>
      `What-if ${quote(d.whatIf, 'en')}: the initiative ${quote(d.initiative, 'en')} is no longer in the workbook and is left out of the what-if's figures.`,
  },
  WHATIF_AMBIGUOUS_INITIATIVE: {
    sv: (d) =>
      `Varianten ${quote(d.whatIf, 'sv')}: flera insatser heter ${quote(d.initiative, 'sv')}${idList(d.ids, 'sv')}; ingen av dem är med i variantens siffror.`,
    en: (d) =>
      `What-if ${quote(d.whatIf, 'en')}: several initiatives are called ${quote(d.initiative, 'en')}${idList(d.ids, 'en')}; none of them is in the what-if's figures.`,
  },
  WHATIF_NAMED_TWICE: {
    sv: (d) =>
      `Varianten ${quote(d.whatIf, 'sv')}: insatsen ${quote(d.initiative, 'sv')} är med två gånger; den räknas en gång, som den står först.`,
    en: (d) =>
      `What-if ${quote(d.whatIf, 'en')}: the initiative ${quote(d.initiative, 'en')} is in it twice; it is counted once, as it stands first.`,
  },
  WHATIF_NOT_WHOLE_YEARS: {
    sv: (d) =>
      `Varianten ${quote(d.whatIf, 'sv')}: insatsen ${quote(d.initiative, 'sv')} flyttas ${String(d.shift).replace('.', ',')} år, men bara hela år går; den är inte med i variantens siffror.`,
    en: (d) =>
      `What-if ${quote(d.whatIf, 'en')}: the initiative ${quote(d.initiative, 'en')} is moved ${d.shift} years, but only whole years can be; it is left out of the what-if's figures.`,
  },
  WHATIF_MOVED_OUT: {
    sv: (d, _l, a) =>
      `Varianten ${quote(d.whatIf, 'sv')}: flytten av ${quote(d.initiative, 'sv')} lägger ${a(d.amount)} på ${d.year}, utanför årens kolumner; beloppet är inte med i något år.`,
    en: (d, _l, a) =>
      `What-if ${quote(d.whatIf, 'en')}: moving ${quote(d.initiative, 'en')} puts ${a(d.amount)} in ${d.year}, outside the years shown; that amount is in no year's figures.`,
  },
  WHATIF_UNKNOWN_SCENARIO: {
    sv: (d) =>
      `Varianten ${quote(d.whatIf, 'sv')} utgår från scenario ${d.scenario}, som inte längre finns; dess bas tas som för en variant utan scenario och ingen jämförelse görs.`,
    en: (d) =>
      `What-if ${quote(d.whatIf, 'en')} starts from scenario ${d.scenario}, which is no longer in the workbook; its base is taken as for a what-if from nothing, and nothing is compared.`,
  },
};

/** The ids several initiatives of one name have, for a sentence: ` (id 7, 9)`, or nothing. */
function idList(ids: readonly string[], language: Language): string {
  if (ids.length === 0) return '';
  return language === 'sv' ? ` (id ${ids.join(', ')})` : ` (ids ${ids.join(', ')})`;
}

/**
 * The sentence for a finding, in the user's language.
 * @example messageFor({ code: 'EMPTY_SCENARIO', scenario: '4' }, 'en') === 'Scenario 4 has no initiatives.'
 */
export function messageFor(
  detail: WarningDetail,
  language: Language,
  /** The unit the finding's amounts are in (the result's): it decides their decimals. */
  unit: OutputUnit = DEFAULT_UNIT,
): string {
  const render = CATALOGUE[detail.code][language] as (
    d: WarningDetail,
    l: Language,
    a: AmountText,
  ) => string;
  return render(detail, language, (value) => formatAmount(value, language, unit));
}
