/**
 * Everything the doors and the result sheets say, in Swedish and English: the companion of the
 * engine's message catalogue (src/engine/validation/messages.ts), which says what is wrong with data.
 */
import type { Language, Severity, TableKind } from '../engine';
import { quote, TABLE_LABELS } from '../engine';
import type { WorkbookProblem } from '../workbook/errors';
import { WorkbookError } from '../workbook/errors';

type Texts = Readonly<Record<Language, string>>;

export const PRODUCT_NAME: Texts = { sv: 'Scenarioberäkning', en: 'Scenario recalculation' };

export const SEVERITY_WORDS: Readonly<Record<Severity, Texts>> = {
  error: { sv: 'Fel', en: 'Error' },
  warning: { sv: 'Varning', en: 'Warning' },
  info: { sv: 'Info', en: 'Info' },
};

/** The report sheet's words (src/pipeline/report.ts): its headings, row labels and notes. */
export const REPORT_TEXTS = {
  title: {
    sv: 'Sammanställning av scenarier och kostnadsdrivare',
    en: 'Summary of scenarios and cost drivers',
  },
  unit: { sv: 'Belopp i {unit}', en: 'Amounts in {unit}' },
  validations: { sv: 'Valideringar', en: 'Validations' },
  openValidations: { sv: 'Visa alla på bladet {sheet}', en: 'See them all on the sheet {sheet}' },
  comparisonTitle: { sv: 'Scenariojämförelse ({unit})', en: 'Scenarios compared ({unit})' },
  scenarioTitle: {
    sv: 'Summering för scenario {id} ({unit})',
    en: 'Summary of scenario {id} ({unit})',
  },
  bridgeTitle: {
    sv: 'Från budget {previous} till förslag {year} ({unit})',
    en: 'From budget {previous} to proposal {year} ({unit})',
  },
  scenario: { sv: 'Scenario', en: 'Scenario' },
  item: { sv: 'Post', en: 'Item' },
  overBaseYear: { sv: 'Över bas {year}', en: 'Over base {year}' },
  totalYear: { sv: 'Summering {year}', en: 'Total {year}' },
  netBenefit: { sv: 'Nettonytta', en: 'Net benefit' },
  withoutNetBenefit: { sv: 'Utan nettonytta', en: 'Without net benefit' },
  note: { sv: 'Anteckning', en: 'Note' },
  base: { sv: 'Bas', en: 'Base' },
  ongoing: { sv: 'Pågående insatser', en: 'Ongoing initiatives' },
  proposed: { sv: 'Föreslagna insatser', en: 'Proposed initiatives' },
  impact: { sv: 'Påverkan', en: 'Impact' },
  overBase: { sv: 'Över bas', en: 'Over base' },
  total: { sv: 'Summering', en: 'Total' },
  stated: { sv: 'Angivet', en: 'Stated' },
  difference: { sv: 'Skillnad', en: 'Difference' },
  amount: { sv: 'Belopp', en: 'Amount' },
  budget: { sv: 'Budget {year}', en: 'Budget {year}' },
  proposal: { sv: 'Förslag {year}', en: 'Proposal {year}' },
  totalChange: { sv: 'Förändring totalt', en: 'Total change' },
  unknown: { sv: 'okänd', en: 'unknown' },
  differs: { sv: '≠ angivet {year}', en: '≠ stated {year}' },
  differsAlso: { sv: 'även {year}: angivet {stated}', en: 'also {year}: stated {stated}' },
  baseMissing: { sv: 'bas saknas', en: 'base missing' },
  impactMissing: { sv: 'påverkan saknas', en: 'impact missing' },
  noRow: { sv: 'ingen rad för {year}', en: 'no row for {year}' },
  costMissing: {
    sv: 'kostnad saknas för {count} insats(er)',
    en: 'cost missing for {count} initiative(s)',
  },
  costNotStated: { sv: 'insatsernas kostnad saknas', en: 'initiatives’ costs missing' },
  wholeScenario: { sv: 'hela scenariot', en: 'whole scenario' },
  lackNetBenefit: {
    sv: '{count} insats(er) utan nettonytta',
    en: '{count} initiative(s) without net benefit',
  },
  noDrivers: {
    sv: 'Ingen drivaranalys: tjänstetabellen saknar budget och förslag för två år i följd.',
    en: 'No driver analysis: the services table has no budget and proposal for two years in a row.',
  },
  overBaseChartTitle: {
    sv: 'Kostnad över bas per scenario och år ({unit})',
    en: 'Cost over base by scenario and year ({unit})',
  },
  chartDataTitle: {
    sv: 'Diagramdata för bron ovan: varje stapels osynliga bas, höjd, ökning och minskning ({unit})',
    en: 'Chart data for the bridge above: each bar’s invisible base, height, rise and fall ({unit})',
  },
  chartBase: { sv: 'Bas (osynlig)', en: 'Base (invisible)' },
  chartEnds: { sv: 'Budget och förslag', en: 'Budget and proposal' },
  chartUp: { sv: 'Ökning', en: 'Rise' },
  chartDown: { sv: 'Minskning', en: 'Fall' },
  chartUpBelow: { sv: 'Ökning under noll', en: 'Rise below zero' },
  chartDownBelow: { sv: 'Minskning under noll', en: 'Fall below zero' },
  noScenarios: { sv: 'Inga scenarier i arbetsboken.', en: 'No scenarios in the workbook.' },
  whatIfsHeading: { sv: 'Varianter (what-if)', en: 'What-ifs' },
  whatIfsNotDecided: {
    sv: 'Varianterna är prov som sparats i arbetsboken, inte beslutade scenarier: de ändrar inget scenarios siffror.',
    en: 'The what-ifs are trials saved in the workbook, not decided scenarios: they change no scenario’s figures.',
  },
  whatIfTitle: { sv: 'Variant {name} ({unit})', en: 'What-if {name} ({unit})' },
  whatIfTitleBasedOn: {
    sv: 'Variant {name}, utgår från scenario {id} ({unit})',
    en: 'What-if {name}, based on scenario {id} ({unit})',
  },
  versusOverBase: {
    sv: 'Över bas, skillnad mot scenario {id}',
    en: 'Over base, difference from scenario {id}',
  },
  versusTotal: {
    sv: 'Summering, skillnad mot scenario {id}',
    en: 'Total, difference from scenario {id}',
  },
  versusNetBenefit: {
    sv: 'skillnad mot scenario {id}: {amount}',
    en: 'difference from scenario {id}: {amount}',
  },
  wholeWhatIf: { sv: 'hela varianten', en: 'whole what-if' },
  asStated: {
    sv: '{count} flyttad(e) eller skalad(e) insats(er) med tabellens nettonytta',
    en: '{count} moved or scaled initiative(s) at the table’s net benefit',
  },
  whatIfCostMissing: { sv: 'kostnad saknas för en insats', en: 'cost missing for an initiative' },
  toNote: { sv: 'Att observera: {message}', en: 'To note: {message}' },
  moreScenarios: {
    sv: '{count} scenarier till har inget eget block här (de {shown} första har det); alla finns på bladet {sheet}.',
    en: '{count} more scenarios have no block of their own here (the first {shown} do); all are on the sheet {sheet}.',
  },
} as const satisfies Readonly<Record<string, Texts>>;

/**
 * A report text with its `{placeholders}` filled in.
 * @example reportText('unit', 'sv', { unit: 'tkr' }) === 'Belopp i tkr'
 */
export function reportText(
  key: keyof typeof REPORT_TEXTS,
  language: Language,
  values: Readonly<Record<string, string | number>> = {},
): string {
  return REPORT_TEXTS[key][language].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}

/** Titles and column headers of the result sheets. */
export const SHEET_TEXTS = {
  summaryTitle: { sv: 'Scenarier per år', en: 'Scenarios by year' },
  netBenefitTitle: { sv: 'Nettonytta per scenario', en: 'Net benefit by scenario' },
  detailTitle: { sv: 'Insatser per scenario och år', en: 'Initiatives by scenario and year' },
  driversTitle: { sv: 'Förändring per tjänst', en: 'Change by service' },
  driverTotalsTitle: { sv: 'Totaler per drivare', en: 'Totals by driver' },
  validationsTitle: { sv: 'Valideringar', en: 'Validations' },
  scenario: { sv: 'Scenario', en: 'Scenario' },
  name: { sv: 'Namn', en: 'Name' },
  year: { sv: 'År', en: 'Year' },
  base: { sv: 'Bas', en: 'Base' },
  ongoing: { sv: 'Pågående', en: 'Ongoing' },
  proposed: { sv: 'Föreslagna', en: 'Proposed' },
  impact: { sv: 'Påverkan', en: 'Impact' },
  overBase: { sv: 'Över bas', en: 'Over base' },
  total: { sv: 'Summering', en: 'Total' },
  statedOngoing: { sv: 'Angiven pågående', en: 'Stated ongoing' },
  diffOngoing: { sv: 'Skillnad pågående', en: 'Difference ongoing' },
  statedProposed: { sv: 'Angiven föreslagna', en: 'Stated proposed' },
  diffProposed: { sv: 'Skillnad föreslagna', en: 'Difference proposed' },
  statedTotal: { sv: 'Angiven summering', en: 'Stated total' },
  diffTotal: { sv: 'Skillnad summering', en: 'Difference total' },
  netBenefit: { sv: 'Nettonytta', en: 'Net benefit' },
  withoutNetBenefit: { sv: 'Insatser utan nettonytta', en: 'Initiatives without net benefit' },
  statedNetBenefit: { sv: 'Angiven nettonytta', en: 'Stated net benefit' },
  diffNetBenefit: { sv: 'Skillnad nettonytta', en: 'Difference net benefit' },
  initiative: { sv: 'Förändringsinsats', en: 'Initiative' },
  status: { sv: 'Status', en: 'Status' },
  amount: { sv: 'Belopp', en: 'Amount' },
  service: { sv: 'Tjänst', en: 'Service' },
  previous: { sv: 'Budget', en: 'Budget' },
  proposal: { sv: 'Förslag', en: 'Proposal' },
  delta: { sv: 'Förändring', en: 'Change' },
  estimated: { sv: 'Uppskattade', en: 'Estimated' },
  newService: { sv: 'Ny tjänst', en: 'New service' },
  driver: { sv: 'Drivare', en: 'Driver' },
  computed: { sv: 'Beräknat', en: 'Computed' },
  stated: { sv: 'Angivet', en: 'Stated' },
  difference: { sv: 'Skillnad', en: 'Difference' },
  totalChange: { sv: 'Total förändring', en: 'Total change' },
  severity: { sv: 'Allvarlighet', en: 'Severity' },
  code: { sv: 'Kod', en: 'Code' },
  title: { sv: 'Rubrik', en: 'Title' },
  message: { sv: 'Meddelande', en: 'Message' },
  sheet: { sv: 'Blad', en: 'Sheet' },
  cell: { sv: 'Cell', en: 'Cell' },
  statusOngoing: { sv: 'Pågående', en: 'Ongoing' },
  statusProposed: { sv: 'Föreslagen', en: 'Proposed' },
  yes: { sv: 'Ja', en: 'Yes' },
  whatIfsTitle: {
    sv: 'Varianter (what-if) – inte beslutade scenarier',
    en: 'What-ifs – not decided scenarios',
  },
  whatIf: { sv: 'Variant (what-if)', en: 'What-if' },
  basedOn: { sv: 'Utgår från scenario', en: 'Based on scenario' },
  versusOverBase: { sv: 'Skillnad över bas mot scenariot', en: 'Difference over base vs scenario' },
  versusTotal: { sv: 'Skillnad summering mot scenariot', en: 'Difference total vs scenario' },
} as const satisfies Readonly<Record<string, Texts>>;

/**
 * The stamp line of a result sheet.
 * @example stampLine('sv', at, '0.1.0', 'ab12…') → 'Beräknad 2026-11-28 09:15 UTC av Scenarioberäkning 0.1.0 · fingeravtryck för indata ab12…'
 */
export function stampLine(
  language: Language,
  at: Date,
  version: string,
  fingerprint: string,
): string {
  const when = `${at.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
  return language === 'sv'
    ? `Beräknad ${when} av ${PRODUCT_NAME.sv} ${version} · fingeravtryck för indata ${fingerprint}`
    : `Computed ${when} by ${PRODUCT_NAME.en} ${version} · input fingerprint ${fingerprint}`;
}

/** The input fingerprint a stamp line carries, or null. */
export function fingerprintOfStamp(stamp: string): string | null {
  return (
    /(?:fingeravtryck för indata|input fingerprint) ([0-9a-f]{16,64})$/.exec(stamp)?.[1] ?? null
  );
}

/** What the command line says. */
export const CLI_TEXTS = {
  usage: {
    sv: `Användning: npm run recalc -- <in.xlsx> [--out <ut.xlsx>] [--json <fil eller ->] [--lang sv|en]
                            [--tolerance <tal>] [--unit tkr|MSEK|kr] [--sheets <summering>,<drivare>,<valideringar>[,<sammanställning>]]

Räknar om scenariosummeringar, kostnadsdrivare och valideringar i en arbetsbok och skriver
resultatbladen i en kopia (standard: <namn>.recalculated.xlsx bredvid). Indatafilen ändras aldrig.

  --out         var kopian skrivs (aldrig samma fil som indata)
  --json        skriv resultatet som JSON till en fil, eller till standard ut med -
  --lang        språk för utskrift och resultatblad (standard: sv)
  --tolerance   skillnader under detta belopp, i resultatets enhet, räknas inte (standard 0,5 tkr);
                sparas i arbetsboken
  --unit        tkr, MSEK eller kr: alla belopp räknas om och visas i den (standard: tabellernas
                enhet); sparas i arbetsboken
  --sheets      resultatbladens namn, och rapportbladets som fjärde; sparas i arbetsboken

Slutstatus: 0 klart (varningar tillåtna), 1 indata saknar något som krävs, 2 fel i anropet eller filen.`,
    en: `Usage: npm run recalc -- <in.xlsx> [--out <out.xlsx>] [--json <file or ->] [--lang sv|en]
                          [--tolerance <number>] [--unit tkr|MSEK|kr] [--sheets <summary>,<drivers>,<validations>[,<report>]]

Recalculates scenario summaries, cost drivers and validations of a workbook and writes the result
sheets into a copy (default: <name>.recalculated.xlsx beside it). The input file is never changed.

  --out         where the copy is written (never the input file itself)
  --json        write the result as JSON to a file, or to standard output with -
  --lang        language of the output and the result sheets (default: sv)
  --tolerance   differences below this amount, in the result's unit, are no difference
                (default 0.5 tkr); saved in the workbook
  --unit        tkr, MSEK or kr: every amount is converted to it and shown in it (default: the
                tables' unit); saved in the workbook
  --sheets      the result sheets' names, and the report's as a fourth; saved in the workbook

Exit status: 0 done (warnings allowed), 1 the input lacks something required, 2 a usage or file error.`,
  },
  tryHelp: { sv: 'Se --help.', en: 'See --help.' },
  tablesFound: { sv: 'Tabeller', en: 'Tables' },
  notFound: { sv: 'hittades inte', en: 'not found' },
  rows: { sv: 'rader', en: 'rows' },
  unknown: { sv: 'okänd', en: 'unknown' },
  without: { sv: 'utan nettonytta', en: 'without net benefit' },
  noWarnings: { sv: 'Inga valideringar.', en: 'No validations.' },
} as const satisfies Readonly<Record<string, Texts>>;

/** One-sentence problems the command line reports, each with the words it needs. */
export type CliProblem =
  | { readonly kind: 'missing-input' }
  | { readonly kind: 'unknown-option'; readonly option: string }
  | { readonly kind: 'missing-value'; readonly option: string }
  | { readonly kind: 'bad-value'; readonly option: string; readonly value: string }
  | { readonly kind: 'bad-unit'; readonly value: string }
  | { readonly kind: 'no-such-file'; readonly path: string }
  | { readonly kind: 'cannot-read'; readonly path: string; readonly reason: string }
  | { readonly kind: 'cannot-write'; readonly path: string; readonly reason: string }
  | { readonly kind: 'same-as-input'; readonly path: string }
  | { readonly kind: 'json-is-output'; readonly path: string }
  | { readonly kind: 'not-a-workbook'; readonly path: string }
  | { readonly kind: 'unreadable'; readonly path: string }
  | { readonly kind: 'foreign-sheet'; readonly sheet: string }
  | { readonly kind: 'blocked'; readonly missing: readonly TableKind[] }
  | { readonly kind: 'unexpected'; readonly reason: string };

/** The sentence for a command-line problem. */
export function cliProblem(problem: CliProblem, language: Language): string {
  const sv = language === 'sv';
  switch (problem.kind) {
    case 'missing-input':
      return sv ? 'Ange arbetsboken som ska räknas om.' : 'Name the workbook to recalculate.';
    case 'unknown-option':
      return sv ? `Okänt val ${problem.option}.` : `Unknown option ${problem.option}.`;
    case 'missing-value':
      return sv
        ? `Valet ${problem.option} behöver ett värde.`
        : `The option ${problem.option} needs a value.`;
    case 'bad-value':
      return sv
        ? `${problem.value} är inget giltigt värde för ${problem.option}.`
        : `${problem.value} is not a valid value for ${problem.option}.`;
    case 'bad-unit':
      return sv
        ? `${problem.value} är ingen enhet som --unit kan visa; välj tkr, MSEK eller kr.`
        : `${problem.value} is not a unit --unit can show; choose tkr, MSEK or kr.`;
    case 'no-such-file':
      return sv ? `Filen ${problem.path} finns inte.` : `The file ${problem.path} does not exist.`;
    case 'cannot-read':
      return sv
        ? `Filen ${problem.path} kan inte läsas (${problem.reason}).`
        : `The file ${problem.path} cannot be read (${problem.reason}).`;
    case 'cannot-write':
      return sv
        ? `Kan inte skriva ${problem.path} (${problem.reason}); inget skrevs.`
        : `Cannot write ${problem.path} (${problem.reason}); nothing was written.`;
    case 'same-as-input':
      return sv
        ? `Utfilen ${problem.path} är indatafilen; indata skrivs aldrig över.`
        : `The output ${problem.path} is the input file; the input is never overwritten.`;
    case 'json-is-output':
      return sv
        ? `JSON-filen ${problem.path} är samma fil som den omräknade arbetsboken; välj en annan.`
        : `The JSON file ${problem.path} is the recalculated workbook itself; choose another.`;
    case 'not-a-workbook':
      return sv
        ? `${problem.path} är ingen Excel-arbetsbok (.xlsx).`
        : `${problem.path} is not an Excel workbook (.xlsx).`;
    case 'unreadable':
      return sv
        ? `${problem.path} är en skadad arbetsbok som inte kan läsas.`
        : `${problem.path} is a damaged workbook that cannot be read.`;
    case 'foreign-sheet':
      return sv
        ? `Bladet ${quote(problem.sheet, 'sv')} finns redan och skapades inte av ${PRODUCT_NAME.sv}; byt namn på det eller välj andra resultatblad med --sheets. Inget skrevs.`
        : `The sheet ${quote(problem.sheet, 'en')} exists and was not made by ${PRODUCT_NAME.en}; rename it or choose other result sheets with --sheets. Nothing was written.`;
    case 'blocked':
      return missingTablesText(problem.missing, language);
    case 'unexpected':
      return sv
        ? `Ett oväntat fel inträffade: ${problem.reason}`
        : `An unexpected error occurred: ${problem.reason}`;
  }
}

/**
 * Why a run wrote nothing, in every door: the required tables the workbook lacks.
 * @example missingTablesText(['services'], 'en') === 'The workbook lacks the tables Services; no result was written.'
 */
export function missingTablesText(missing: readonly TableKind[], language: Language): string {
  const tables = missing.map((kind) => TABLE_LABELS[kind][language]).join(', ');
  return language === 'sv'
    ? `Arbetsboken saknar tabellerna ${tables}; inget resultat skrevs.`
    : `The workbook lacks the tables ${tables}; no result was written.`;
}

/** What the command line says when it has written the result. */
export function writtenLine(language: Language, path: string, sheets: readonly string[]): string {
  return language === 'sv'
    ? `Resultatet skrevs till ${path} (bladen ${sheets.join(', ')}).`
    : `The result was written to ${path} (sheets ${sheets.join(', ')}).`;
}

/**
 * What went wrong, for a person: the workbook's problem when the error is one, and its sentence;
 * anything else is an unexpected error, said with its message and never with a stack.
 * @example failure(new WorkbookError({ kind: 'unreadable' }), 'en').message === 'The workbook is damaged and cannot be read.'
 */
export function failure(
  error: unknown,
  language: Language,
): { readonly problem: WorkbookProblem | null; readonly message: string } {
  const problem = error instanceof WorkbookError ? error.problem : null;
  const reason = error instanceof Error ? error.message : String(error);
  return { problem, message: problemMessage(problem, reason, language) };
}

/** The sentence for a workbook-level failure, or for an unexpected error (problem null). */
export function problemMessage(
  problem: WorkbookProblem | null,
  reason: string,
  language: Language,
): string {
  const sv = language === 'sv';
  if (problem === null)
    return sv ? `Ett oväntat fel inträffade: ${reason}` : `An unexpected error occurred: ${reason}`;
  switch (problem.kind) {
    case 'not-a-workbook':
      return sv
        ? 'Filen är ingen Excel-arbetsbok (.xlsx).'
        : 'The file is not an Excel workbook (.xlsx).';
    case 'unreadable':
      return sv
        ? 'Arbetsboken är skadad och kan inte läsas.'
        : 'The workbook is damaged and cannot be read.';
    case 'write-failed':
      return sv
        ? `Resultatet kunde inte skrivas (${problem.detail}).`
        : `The result could not be written (${problem.detail}).`;
    case 'protected':
      return sv
        ? `Bladet ${problem.sheet === null ? '' : `${quote(problem.sheet, 'sv')} `}är skyddat; ta bort skyddet från resultatbladen och räkna om.`
        : `The sheet ${problem.sheet === null ? '' : `${quote(problem.sheet, 'en')} `}is protected; unprotect the result sheets and recalculate.`;
    case 'too-large':
      return sv
        ? 'Arbetsboken är för stor för att Excel ska skicka eller ta emot den på en gång (gränsen är 5 MB per anrop i Excel på webben); räkna om i Excel för Windows eller Mac, eller med kommandoraden.'
        : 'The workbook is too large for Excel to send or take at once (the limit is 5 MB a request in Excel on the web); recalculate in Excel for Windows or Mac, or with the command line.';
    case 'cell-edit-mode':
      return sv
        ? 'En cell redigeras just nu; avsluta redigeringen (Enter eller Esc) och räkna om.'
        : 'A cell is being edited; finish editing (Enter or Esc) and recalculate.';
    case 'item-not-found':
      return sv
        ? 'Ett blad eller en tabell försvann medan beräkningen pågick; räkna om.'
        : 'A sheet or table disappeared while the run was going on; recalculate.';
    case 'foreign-sheet':
      return sv
        ? `Bladet ${quote(problem.sheet, 'sv')} skapades inte av ${PRODUCT_NAME.sv} och skrivs inte över; byt namn på det eller välj andra resultatblad.`
        : `The sheet ${quote(problem.sheet, 'en')} was not made by ${PRODUCT_NAME.en} and is not overwritten; rename it or choose other result sheets.`;
    case 'strict-format':
      return sv
        ? 'Arbetsboken är sparad som Strict Open XML, som inte kan skrivas till; spara den som vanlig Excel-arbetsbok (.xlsx).'
        : 'The workbook is saved as Strict Open XML, which cannot be written to; save it as an ordinary Excel Workbook (.xlsx).';
    case 'cells-taken':
      return sv
        ? `Cellen ${problem.sheet}!${problem.cell} är inte tom längre; inget skrevs. Titta på arbetsboken igen innan du gör om det.`
        : `The cell ${problem.sheet}!${problem.cell} is no longer empty; nothing was written. Look at the workbook again before you retry.`;
    case 'edited-since':
      return sv
        ? `Cellen ${problem.sheet}!${problem.cell} har ändrats sedan den skrevs; ångra gjorde ingenting. Ta bort raderna för hand om de ska bort.`
        : `The cell ${problem.sheet}!${problem.cell} was changed since it was written; the undo changed nothing. Remove the rows by hand if they should go.`;
    case 'changed-since-plan':
      return sv
        ? 'Arbetsboken har ändrats sedan raderna planerades; inget skrevs. Titta på ändringen igen och bekräfta den på nytt.'
        : 'The workbook changed since the rows were planned; nothing was written. Look at the change again and confirm it anew.';
    case 'written-below':
      return sv
        ? `Under tabellen har något skrivits sedan raderna lades till (${problem.sheet}!${problem.cell}); att ta bort raderna skulle flytta upp det, så ångra gjorde ingenting. Flytta det och ångra igen, eller ta bort raderna för hand.`
        : `Something was written under the table since the rows were added (${problem.sheet}!${problem.cell}); removing the rows would move it up, so the undo changed nothing. Move it and undo again, or remove the rows by hand.`;
    case 'table-moved':
      return sv
        ? `Tabellen ${quote(problem.table, 'sv')} är inte där den var när ändringen planerades; inget ändrades. Titta på arbetsboken igen.`
        : `The table ${quote(problem.table, 'en')} is not where it was when the change was planned; nothing was changed. Look at the workbook again.`;
    case 'office':
      // An error inside Excel, or a size limit that persisted when asked for less (excel/read.ts).
      if (problem.code === 'GeneralException')
        return sv
          ? 'Excel kunde inte slutföra anropet (GeneralException, ett fel inne i Excel); inget indatablad ändrades. Räkna om; händer det igen, stäng och öppna arbetsboken, eller räkna om i Excel för Windows eller Mac eller med kommandoraden.'
          : 'Excel could not complete the request (GeneralException, an error inside Excel); no input sheet was changed. Recalculate; if it happens again, close and reopen the workbook, or recalculate in Excel for Windows or Mac or with the command line.';
      return sv
        ? `Excel svarade med ett fel (${problem.code}); inget indatablad ändrades.`
        : `Excel answered with an error (${problem.code}); no input sheet was changed.`;
  }
}
