/**
 * What the product says about adopting a what-if, in Swedish and English: the confirmation that
 * lists exactly what will be written, the line once it is written (with its undo), the line once
 * it is undone, and one sentence per refusal, naming the cell or the table.
 */
import type { Language } from '../engine';
import { quote, TABLE_LABELS } from '../engine';
import type { AdoptionPlan, AdoptionReceipt, AdoptionRefusal, AdoptionWrite } from './adoption';

/**
 * The sentence for a plan: for a ready one, what will be written and where; else why not.
 * @example adoptionPlanText(plan, 'sv') === 'Lägger till 3 rader i tabellen Scenarier (Scenarier!A12:I14) och 5 rader i tabellen Scenarioinsatser (Scenarioinsatser!A24:C28): scenario 4, med insatserna i ”AI i scenario 3”.'
 */
export function adoptionPlanText(plan: AdoptionPlan, language: Language): string {
  if (plan.kind === 'refused') return adoptionRefusalText(plan.whatIf, plan.reason, language);
  const sv = language === 'sv';
  const places = plan.writes
    .map((write) => writeText(write, language))
    .join(sv ? ' och ' : ' and ');
  return sv
    ? `Lägger till ${places}: scenario ${plan.scenario}, med insatserna i ${quote(plan.whatIf, 'sv')}.`
    : `Adds ${places}: scenario ${plan.scenario}, with the initiatives of ${quote(plan.whatIf, 'en')}.`;
}

/**
 * The line once an adoption is written: what now holds the scenario, and what its undo does.
 * @example adoptedText(receipt, 'en') === 'Scenario 4 was added: 8 rows in Scenarier and Scenarioinsatser. Undo removes exactly those rows.'
 */
export function adoptedText(receipt: AdoptionReceipt, language: Language): string {
  const rows = receipt.writes.reduce((total, write) => total + write.rows.length, 0);
  const tables = receipt.writes.map((write) => tableName(write, language));
  return language === 'sv'
    ? `Scenario ${receipt.scenario} är tillagt: ${rowsText(rows, 'sv')} i ${tables.join(' och ')}. Ångra tar bort exakt de raderna.`
    : `Scenario ${receipt.scenario} was added: ${rowsText(rows, 'en')} in ${tables.join(' and ')}. Undo removes exactly those rows.`;
}

/**
 * The line once an adoption is undone.
 * @example adoptionUndoneText(receipt, 'sv') === 'Scenario 4 är borttaget igen; raderna som lades till är borta.'
 */
export function adoptionUndoneText(receipt: AdoptionReceipt, language: Language): string {
  return language === 'sv'
    ? `Scenario ${receipt.scenario} är borttaget igen; raderna som lades till är borta.`
    : `Scenario ${receipt.scenario} was removed again; the rows that were added are gone.`;
}

/**
 * Why a what-if cannot be adopted, in one sentence that names the cell, the table or the members.
 * @example adoptionRefusalText('AI', { kind: 'cells-taken', sheet: 'Scenarier', cell: 'A13' }, 'en').startsWith('The cell Scenarier!A13')
 */
export function adoptionRefusalText(
  whatIf: string,
  reason: AdoptionRefusal,
  language: Language,
): string {
  const sv = language === 'sv';
  const name = quote(whatIf, language);
  switch (reason.kind) {
    case 'moved-or-scaled': {
      const list = reason.initiatives.map((i) => quote(i, language)).join(', ');
      return sv
        ? `${name} kan inte bli ett scenario som den är: scenariotabellerna kan inte säga att en insats flyttas eller skalas (${list}), så scenariot skulle ge andra siffror. Ta bort flytten eller skalningen först.`
        : `${name} cannot become a scenario as it is: the scenario tables cannot say that an initiative is moved or scaled (${list}), so the scenario would give other figures. Remove the move or the scale first.`;
    }
    case 'problems':
      return sv
        ? `${name} har ${problemsText(reason.count, 'sv')}; rätta ${reason.count === 1 ? 'det' : 'dem'} först.`
        : `${name} has ${problemsText(reason.count, 'en')}; correct ${reason.count === 1 ? 'it' : 'them'} first.`;
    case 'empty':
      return sv
        ? `${name} innehåller ingen insats; det finns inget scenario att lägga till.`
        : `${name} holds no initiative; there is no scenario to add.`;
    case 'no-table':
      return sv
        ? `Arbetsboken har ingen tabell ${TABLE_LABELS[reason.table].sv} med en rad per ${reason.table === 'scenarios' ? 'scenario och år' : 'insats'} att lägga till rader i; inget skrivs.`
        : `The workbook has no table ${TABLE_LABELS[reason.table].en} with a row per ${reason.table === 'scenarios' ? 'scenario and year' : 'initiative'} to add rows to; nothing is written.`;
    case 'layout':
      return layoutText(reason, language);
    case 'missing-column':
      return sv
        ? `Tabellen ${TABLE_LABELS[reason.table].sv} har ingen kolumn ${quote(FIELD_WORDS[reason.field]?.sv ?? reason.field, 'sv')}, som de nya raderna behöver; inget skrivs.`
        : `The table ${TABLE_LABELS[reason.table].en} has no column ${quote(FIELD_WORDS[reason.field]?.en ?? reason.field, 'en')}, which the new rows need; nothing is written.`;
    case 'cells-taken':
      return sv
        ? `Cellen ${reason.sheet}!${reason.cell} under tabellen är inte tom, och de nya raderna skulle skriva över den eller flytta den; inget skrivs. Flytta det som står där, eller tabellen, så att raderna får plats.`
        : `The cell ${reason.sheet}!${reason.cell} below the table is not empty, and the new rows would overwrite or move it; nothing is written. Move what is there, or the table, so the rows fit.`;
    case 'figures-differ': {
      const what =
        reason.year === null ? (sv ? 'nettonyttan' : 'the net benefit') : String(reason.year);
      return sv
        ? `Skrivna så skulle raderna ge scenario ${reason.scenario} andra siffror än de ska för ${what}; inget skrivs. Tabellernas layout läses inte som väntat: lägg till scenariot för hand.`
        : `Written so, the rows would give scenario ${reason.scenario} other figures than they should for ${what}; nothing is written. The tables' layout is not read as expected: add the scenario by hand.`;
    }
  }
}

/** The header word a missing field is written with. */
const FIELD_WORDS: Readonly<Record<string, Readonly<Record<Language, string>>>> = {
  base: { sv: 'Bas', en: 'Base' },
  impact: { sv: 'Påverkan', en: 'Impact' },
  initiative: { sv: 'Förändringsinsats', en: 'Initiative' },
  scenario: { sv: 'Scenario', en: 'Scenario' },
};

function layoutText(
  reason: Extract<AdoptionRefusal, { kind: 'layout' }>,
  language: Language,
): string {
  const sheet = quote(reason.sheet, language);
  const sv = language === 'sv';
  switch (reason.why) {
    case 'summary-blocks':
      return sv
        ? `Scenarierna står som summeringsblock på bladet ${sheet}; där kan inga rader läggas till säkert, så inget skrivs. Ställ upp dem som en tabell med en rad per scenario och år för att kunna lägga till scenarier.`
        : `The scenarios are summary blocks on the sheet ${sheet}; no rows can be added there safely, so nothing is written. Lay them out as a table with a row per scenario and year to add scenarios.`;
    case 'under-heading':
      return sv
        ? `Scenarioinsatserna står som listor under rubriker på bladet ${sheet}; där kan inga rader läggas till säkert, så inget skrivs.`
        : `The scenario members are lists under headings on the sheet ${sheet}; no rows can be added there safely, so nothing is written.`;
    case 'own-column':
      return sv
        ? `Vilka insatser ett scenario har står i insatsernas egen scenariokolumn på bladet ${sheet}, inte i en tabell med en rad per insats; inget skrivs.`
        : `Which initiatives a scenario holds is written in the initiatives' own scenario column on the sheet ${sheet}, not in a table with a row per initiative; nothing is written.`;
    case 'fixed-range':
      return sv
        ? `Tabellen ${TABLE_LABELS[reason.table].sv} på bladet ${sheet} läses från ett fast område i inställningarna; rader under det skulle inte läsas, så inget skrivs.`
        : `The table ${TABLE_LABELS[reason.table].en} on the sheet ${sheet} is read from a fixed range in the settings; rows below it would not be read, so nothing is written.`;
  }
}

function writeText(write: AdoptionWrite, language: Language): string {
  const where = `${write.sheet}!${write.range}`;
  const rows = rowsText(write.rows.length, language);
  const table = tableName(write, language);
  if (language === 'sv')
    return write.excelTable === null
      ? `${rows} under tabellen ${table} (${where})`
      : `${rows} i tabellen ${table} (${where})`;
  return write.excelTable === null
    ? `${rows} below the table ${table} (${where})`
    : `${rows} to the table ${table} (${where})`;
}

/** The Excel table's own name, else the table's kind as the product names it. */
function tableName(write: AdoptionWrite, language: Language): string {
  return write.excelTable ?? TABLE_LABELS[write.table][language];
}

function rowsText(count: number, language: Language): string {
  if (language === 'sv') return `${String(count)} ${count === 1 ? 'rad' : 'rader'}`;
  return `${String(count)} ${count === 1 ? 'row' : 'rows'}`;
}

function problemsText(count: number, language: Language): string {
  if (language === 'sv') return count === 1 ? 'ett problem' : `${String(count)} problem`;
  return count === 1 ? 'a problem' : `${String(count)} problems`;
}
