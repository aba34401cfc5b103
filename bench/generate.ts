/**
 * A deterministic generator of engine input for benchmarks: a controller's workbook of any size,
 * one sheet per table, header row first, in the shape and Swedish vocabulary of the source
 * document (see test/engine/fixtures/annual-analysis-2025.ts). The same size and seed always give
 * the same grids, so timings can be compared between runs and machines.
 *
 * The data is mostly clean, with a small share of what real workbooks hold: numbers typed as
 * Swedish text (`1 088 976`), `N/A` and `Ej känt`, new and ending services, a mistyped name here
 * and there, stated figures that do not reconcile. Stated scenario totals, listed costs and the
 * stated driver totals are computed the way the engine computes them, so only the deliberate
 * mistakes give warnings.
 */
import type { Grid, RawCell, TableKind } from '../src/engine';

export interface GeneratorSize {
  readonly services: number;
  readonly initiatives: number;
  readonly scenarios: number;
  /** Years in the horizon, from `firstYear`: scenario rows and initiative costs cover each. */
  readonly years: number;
  readonly firstYear: number;
  /** PRNG seed; the default gives the benchmark's reference data. */
  readonly seed?: number;
}

/** The size of the source document (Årlig analys 2025). */
export const DOCUMENT_SIZE: GeneratorSize = {
  services: 24,
  initiatives: 21,
  scenarios: 3,
  years: 3,
  firstYear: 2025,
};

/** The size the engine must handle comfortably. */
export const TARGET_SIZE: GeneratorSize = {
  services: 10_000,
  initiatives: 5_000,
  scenarios: 20,
  years: 10,
  firstYear: 2025,
};

/** The sheet each table is written to, in the order of the returned grids. */
export const SHEETS: Readonly<Record<TableKind, string>> = {
  services: 'Tjänster',
  transfers: 'Utveckling',
  initiatives: 'Insatser',
  scenarios: 'Scenarier',
  members: 'Scenarioinsatser',
  driverTotals: 'Drivare',
};

type Row = RawCell[];

/** mulberry32: a small, fast, well-mixed 32-bit PRNG; returns floats in [0, 1). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Random {
  readonly next: () => number;
  /** An integer from `low` to `high`, both included. */
  readonly int: (low: number, high: number) => number;
  readonly chance: (probability: number) => boolean;
  readonly pick: <T>(items: readonly T[]) => T;
  /** `count` distinct items, in random order. */
  readonly sample: <T>(items: readonly T[], count: number) => T[];
}

function random(seed: number): Random {
  const next = seededRandom(seed);
  const int = (low: number, high: number): number => low + Math.floor(next() * (high - low + 1));
  const pick = <T>(items: readonly T[]): T => {
    const item = items[int(0, items.length - 1)];
    if (item === undefined) throw new RangeError('pick from an empty list');
    return item;
  };
  const sample = <T>(items: readonly T[], count: number): T[] => {
    const copy = [...items];
    const result: T[] = [];
    while (result.length < count && copy.length > 0) {
      const [item] = copy.splice(int(0, copy.length - 1), 1);
      if (item !== undefined) result.push(item);
    }
    return result;
  };
  return { next, int, chance: (probability) => next() < probability, pick, sample };
}

// Vocabulary. No name may begin with a header word (Tjänst, Status, Kostnad, Scenario, …), or a
// data row of text cells could pass for a header row.
const SERVICE_PREFIXES = [
  'Stöd i arbetet med',
  'Plattform för',
  'Drift av',
  'Förvaltning av',
  'Gemensam',
  'Digital',
  'Central',
  'Lokal',
  'Stadens',
  'Regional',
  'Säker',
  'Automatiserad',
];
const SERVICE_OBJECTS = [
  'ärendehantering',
  'bemanning',
  'förmåner',
  'rekrytering',
  'rehabilitering',
  'löneadministration',
  'e-post',
  'arkivering',
  'fakturering',
  'identitet och åtkomst',
  'nätverk',
  'lagring',
  'säkerhet',
  'integration',
  'rapportering',
  'dataanalys',
  'lokalbokning',
  'utbildningsportal',
  'telefoni',
  'utskrift',
  'webbpublicering',
  'e-tjänster',
  'signering',
  'bildförsörjning',
  'licenshantering',
  'databashotell',
  'fjärråtkomst',
  'klientdrift',
  'intranät',
  'informationshantering',
];
const AREAS = [
  'för skola',
  'för vård och omsorg',
  'för stadsbyggnad',
  'för kultur',
  'för miljö',
  'för socialtjänst',
  'för trafik',
  'för förskola',
  'för idrott',
  'för HR',
];
const PARENTHETICALS = [
  'Stöd i dokumenthantering',
  'Interna digitala navet',
  'Elektroniska underskrifter',
  'och ljud',
  'drift och förvaltning',
  'inklusive licenser',
];
const INITIATIVE_VERBS = [
  'Etablera',
  'Upphandla',
  'Införa',
  'Utveckla',
  'Ersätta',
  'Modernisera',
  'Förstudie –',
  'Automatisera',
  'Konsolidera',
  'Tillgängliggöra',
];
const INITIATIVE_OBJECTS = [
  'tjänst för applikationsförvaltning',
  'stöd för hållbarhetsinformation',
  'kontroll av applikationer på klienter',
  'förutsättningar för AI',
  'API-katalog',
  'tjänst för organisations-id',
  'digitala anställningsavtal',
  'bevarandeplattform',
  'incidentrapportering för egendomsskador',
  'beslutsmiljö',
  'tjänstekatalog',
  'datalager',
  'integrationsplattform',
  'säkerhetsövervakning',
  'e-arkiv',
  'självservice för behörigheter',
  'mina ärenden och mina ombud',
  'styrande dokument',
];
const EFFORTS = [
  'Vidareutveckling',
  'Utökad licenshantering för',
  'Säkerhetshöjande åtgärder för',
  'Nya informationsmängder i',
  'Övervakning och DevOps för',
  'Införande av ny version av',
];
const SCENARIO_NAMES = [
  'Säkerställa lagkrav och fortsatt tjänsteleverans',
  'Digitala investeringar och effektiviseringar',
  'Ytterligare utveckling',
  'Minimal nivå',
  'Prioriterad digitalisering',
  'Kostnadsneutral',
];

const NEW_DELIVERY = 'Ny leverans';
const SERVICE_DEVELOPMENT = 'Utveckling tjänst';
const VOLUMES = 'Volymer';
const PROJECT_ENDS = 'Projekt avslutas';

/** A whole amount as a Swedish template types it: `1 088 976`, `−2 050`. */
export function swedishAmount(value: number, groupSpace = ' '): string {
  const digits = String(Math.abs(value)).replace(/\B(?=(\d{3})+(?!\d))/g, groupSpace);
  return value < 0 ? `\u2212${digits}` : digits;
}

/**
 * A name with its third letter doubled (`Driift av nätverk`): the first word of every generated name
 * comes from a fixed vocabulary, so the result is never another row's name.
 */
function mistyped(name: string): string {
  return `${name.slice(0, 3)}${name.slice(2)}`;
}

interface ServiceDraft {
  readonly name: string;
  /** The name without its parenthetical, as other tables often write it. */
  readonly shortName: string;
  readonly aliases: readonly string[];
  readonly tags: readonly string[];
  /** Budget of the year before the breakdown year, or null when the service is new then. */
  readonly previous: number | null;
  /** Proposal of the breakdown year, or null when it is not stated. */
  readonly proposed: number | null;
  /** Proposal per horizon year, as the engine reads it (null for N/A). */
  readonly proposals: readonly (number | null)[];
  /** Whether development is moved into this service's running cost (the transfers table). */
  readonly transferred: boolean;
  readonly row: Row;
}

interface InitiativeDraft {
  readonly name: string;
  readonly ongoing: boolean;
  /** Cost per horizon year, as the engine reads it. */
  readonly costs: readonly number[];
  readonly row: Row;
}

/**
 * The engine input for a workbook of the given size: six grids, one sheet per table, in the order
 * services, development transfers, initiatives, scenarios, scenario members, stated driver totals.
 * @example generateGrids(DOCUMENT_SIZE).length === 6
 */
export function generateGrids(size: GeneratorSize): Grid[] {
  if (size.years < 1 || size.scenarios < 1)
    throw new RangeError('At least one year and one scenario.');
  const r = random(size.seed ?? 20250101);
  const horizon = Array.from({ length: size.years }, (_, i) => size.firstYear + i);
  const lastYear = size.firstYear + size.years - 1;

  /** An amount cell: mostly a number, sometimes typed as Swedish text. */
  const amount = (value: number): RawCell =>
    r.chance(0.08) ? swedishAmount(value, r.chance(0.2) ? '\u00A0' : ' ') : value;

  const services = generateServices(r, size, lastYear, amount);
  const transfers = generateTransfers(r, services, lastYear, amount);
  const initiatives = generateInitiatives(r, size, horizon, services, amount);
  const { scenarioRows, memberRows } = generateScenarios(
    r,
    size,
    horizon,
    services,
    initiatives,
    amount,
  );
  const driverRows = statedDriverTotals(services, transfers.moved, lastYear);

  const sheet = (name: string, rows: Row[]): Grid => ({
    sheet: name,
    top: 1,
    left: 1,
    rows,
    source: { kind: 'sheet' },
  });
  return [
    sheet(SHEETS.services, [servicesHeader(size), ...services.map((s) => s.row)]),
    sheet(SHEETS.transfers, [
      ['Tjänst', 'Utvecklingsinsats', `Estimerad kostnad ${lastYear} (tkr)`],
      ...transfers.rows,
    ]),
    sheet(SHEETS.initiatives, [
      [
        'Tjänst',
        'Förändringsinsats',
        'Status',
        ...horizon.map((year) => `Kostnad ${year}`),
        `Genomsnittlig påverkan på förvaltningskostnaden ${size.firstYear}–${lastYear}`,
        'Nettonytta (6 år)',
      ],
      ...initiatives.map((i) => i.row),
    ]),
    sheet(SHEETS.scenarios, [
      ['Scenario', 'Namn', 'År', 'Bas', 'Påverkan', 'Angiven summering'],
      ...scenarioRows,
    ]),
    sheet(SHEETS.members, [['Scenario', 'Förändringsinsats', 'Angiven kostnad'], ...memberRows]),
    sheet(SHEETS.driverTotals, [['Drivare', 'År', 'Belopp'], ...driverRows]),
  ];
}

/**
 * Column years of the services table: two years of outcome, budgets from the year before the
 * horizon, proposals over the horizon. The breakdown year is the horizon's last year.
 */
function serviceYears(size: GeneratorSize) {
  const actual = [size.firstYear - 3, size.firstYear - 2];
  const budget = Array.from({ length: size.years }, (_, i) => size.firstYear - 1 + i);
  const proposed = Array.from({ length: size.years }, (_, i) => size.firstYear + i);
  return { actual, budget, proposed };
}

function servicesHeader(size: GeneratorSize): Row {
  const years = serviceYears(size);
  return [
    'Benämning bastjänst/digital infrastruktur',
    'Alias',
    ...years.actual.map((year) => `Utfall ${year}`),
    ...years.budget.map((year) => `Budget ${year}`),
    ...years.proposed.map((year) => `Föreslagen budget ${year}`),
    'Kommentar',
  ];
}

/** Unique names from a generator of candidates; a repeat gets a running number. */
function uniqueNames(count: number, candidate: () => string): string[] {
  const seen = new Set<string>();
  const names: string[] = [];
  for (let i = 0; names.length < count; i++) {
    let name = candidate();
    if (seen.has(name.toLowerCase())) name = `${name} ${Math.floor(i / 7) + 2}`;
    if (seen.has(name.toLowerCase())) continue;
    seen.add(name.toLowerCase());
    names.push(name);
  }
  return names;
}

function generateServices(
  r: Random,
  size: GeneratorSize,
  lastYear: number,
  amount: (value: number) => RawCell,
): ServiceDraft[] {
  const years = serviceYears(size);
  const origin = size.firstYear - 3;
  const shortNames = uniqueNames(size.services, () =>
    r.chance(0.5)
      ? `${r.pick(SERVICE_PREFIXES)} ${r.pick(SERVICE_OBJECTS)}`
      : `${r.pick(SERVICE_PREFIXES)} ${r.pick(SERVICE_OBJECTS)} ${r.pick(AREAS)}`,
  );
  // About one service in ten takes over development; nearly all of them say so in their tags.
  const transferred = new Set(
    r.sample(
      shortNames.map((_, index) => index),
      Math.max(1, Math.round(size.services * 0.1)),
    ),
  );
  return shortNames.map((shortName, index) => {
    const name = r.chance(0.2) ? `${shortName} (${r.pick(PARENTHETICALS)})` : shortName;
    const aliases = r.chance(0.15)
      ? [`BT-${String(index + 1).padStart(5, '0')}`, ...(r.chance(0.3) ? [`SVC${index + 1}`] : [])]
      : [];
    // Most services run from before the horizon; a few are new in it, a few end in it.
    const start = r.chance(0.06) ? r.int(size.firstYear - 1, lastYear) : origin;
    const end = start === origin && r.chance(0.04) ? r.int(size.firstYear, lastYear) : null;
    const level = Math.round(Math.exp(Math.log(300) + r.next() * Math.log(150_000 / 300)));
    const growth = -0.03 + r.next() * 0.12;
    const value = (year: number, spread: number): number | null => {
      if (year < start) return null;
      if (end !== null && year >= end) return 0;
      const base = level * (1 + growth) ** (year - origin);
      return Math.round(base * (1 - spread + 2 * spread * r.next()));
    };
    const cell = (written: number | null): RawCell =>
      written === null ? (r.chance(0.9) ? 'N/A' : 'Ej känt') : amount(written);
    // Outcomes are not used by the calculations: the odd Excel error there only gives a warning.
    const firstActualBlank = r.chance(0.3);
    const actual = years.actual.map((year, i): RawCell => {
      const written = value(year, 0.05);
      if (i === 0 && firstActualBlank) return null;
      if (r.chance(0.001)) return { kind: 'excel-error', code: '#REF!' };
      return r.chance(0.01) ? 'N/A' : cell(written);
    });
    const budgets = years.budget.map((year) => value(year, 0));
    const proposals = years.proposed.map((year) => value(year, 0.04));

    const tags: string[] = r.sample([NEW_DELIVERY, SERVICE_DEVELOPMENT, VOLUMES], r.int(1, 2));
    if (transferred.has(index) && !tags.includes(SERVICE_DEVELOPMENT) && r.chance(0.95)) {
      tags.push(SERVICE_DEVELOPMENT);
    }
    if (end !== null) tags.push(`${PROJECT_ENDS} ${end}`);
    else if (start > origin && !tags.includes(NEW_DELIVERY)) tags.unshift(NEW_DELIVERY);
    const untagged = r.chance(0.03);
    const tagText = untagged ? null : tags.join(r.chance(0.9) ? ', ' : '; ');

    const row: Row = [
      name,
      aliases.length === 0 ? null : aliases.join('; '),
      ...actual,
      ...budgets.map(cell),
      ...proposals.map(cell),
      tagText,
    ];
    return {
      name,
      shortName,
      aliases,
      tags: untagged ? [] : tags,
      previous: budgets.at(-1) ?? null,
      proposed: proposals.at(-1) ?? null,
      proposals,
      transferred: transferred.has(index),
      row,
    };
  });
}

/**
 * Development moved into running cost, for about one service in ten: by full name mostly, else by
 * the name without its parenthetical, in another case, or by alias; a few names are mistyped.
 */
function generateTransfers(
  r: Random,
  services: readonly ServiceDraft[],
  lastYear: number,
  amount: (value: number) => RawCell,
): { rows: Row[]; moved: Map<ServiceDraft, number> } {
  const rows: Row[] = [];
  const moved = new Map<ServiceDraft, number>();
  for (const service of services.filter((s) => s.transferred)) {
    for (let effort = r.chance(0.15) ? 2 : 1; effort > 0; effort--) {
      const cost = r.chance(0.1) ? -r.int(1, 40) * 50 : r.int(1, 200) * 50;
      const how = r.next();
      let written: string;
      let known = true;
      if (how < 0.02) {
        written = mistyped(service.shortName);
        known = false;
      } else if (how < 0.12) written = service.shortName.toUpperCase();
      else if (how < 0.2 && service.aliases[0] !== undefined) written = service.aliases[0];
      else written = service.name;
      rows.push([written, `${r.pick(EFFORTS)} ${service.shortName.toLowerCase()}`, amount(cost)]);
      if (known) moved.set(service, (moved.get(service) ?? 0) + cost);
    }
  }
  // As in the document: one effort that names no single service.
  rows.push([
    'Flera tjänster',
    `Säkerhetshöjande åtgärder digital infrastruktur ${lastYear}`,
    8014,
  ]);
  return { rows, moved };
}

function generateInitiatives(
  r: Random,
  size: GeneratorSize,
  horizon: readonly number[],
  services: readonly ServiceDraft[],
  amount: (value: number) => RawCell,
): InitiativeDraft[] {
  const names = uniqueNames(size.initiatives, () =>
    r.chance(0.4)
      ? `${r.pick(INITIATIVE_VERBS)} ${r.pick(INITIATIVE_OBJECTS)}`
      : `${r.pick(INITIATIVE_VERBS)} ${r.pick(INITIATIVE_OBJECTS)} ${r.pick(AREAS)}`,
  );
  return names.map((name) => {
    const ongoing = r.chance(0.25);
    const start = ongoing ? 0 : r.int(0, Math.max(0, horizon.length - 2));
    const length = r.int(1, 3);
    const yearly = r.int(4, 240) * 50;
    const costs = horizon.map((_, i) => (i >= start && i < start + length ? yearly : 0));
    const impact = ongoing || r.chance(0.2) ? null : r.int(0, 80) * 25;
    const netBenefit = ongoing || r.chance(0.3) ? null : r.int(0, 600) * 50;
    const service = r.next();
    const row: Row = [
      service < 0.5
        ? r.pick(services).shortName
        : service < 0.8
          ? 'Ny tjänst'
          : service < 0.95
            ? 'Ev ny tjänst'
            : null,
      name,
      ongoing ? 'Pågående' : 'Ny',
      ...costs.map((cost) => amount(cost)),
      impact === null ? null : amount(impact),
      netBenefit === null ? null : amount(netBenefit),
    ];
    return { name, ongoing, costs, row };
  });
}

/**
 * Scenarios, one row per scenario and year, and their members: each initiative in one to three
 * scenarios. Stated totals are computed as the engine does, a few deliberately off.
 */
function generateScenarios(
  r: Random,
  size: GeneratorSize,
  horizon: readonly number[],
  services: readonly ServiceDraft[],
  initiatives: readonly InitiativeDraft[],
  amount: (value: number) => RawCell,
): { scenarioRows: Row[]; memberRows: Row[] } {
  const ids = Array.from({ length: size.scenarios }, (_, i) => String(i + 1));
  const members = ids.map(() => [] as InitiativeDraft[]);
  const memberRowsBy = ids.map(() => [] as Row[]);
  initiatives.forEach((initiative, index) => {
    // The first scenario by turn, so every scenario has members; one or two more at random.
    const first = index % ids.length;
    const others = r.sample(
      ids.map((_, i) => i).filter((i) => i !== first),
      r.int(0, Math.min(2, ids.length - 1)),
    );
    for (const scenario of [first, ...others]) {
      const id = ids[scenario] ?? '';
      const typo = r.chance(0.003);
      const listed = initiative.costs[0] ?? 0;
      const written = typo ? mistyped(initiative.name) : initiative.name;
      const listedCell: RawCell = r.chance(0.1)
        ? null
        : r.chance(0.02)
          ? listed + r.int(1, 20) * 50
          : amount(listed);
      memberRowsBy[scenario]?.push([id, written, listedCell]);
      if (!typo) members[scenario]?.push(initiative);
    }
  });

  const base = horizon.map((_, i) =>
    services.reduce((total, service) => total + (service.proposals[i] ?? 0), 0),
  );
  const scenarioRows: Row[] = [];
  ids.forEach((id, s) => {
    horizon.forEach((year, i) => {
      const list = members[s] ?? [];
      const costs = list.map((m) => m.costs[i] ?? 0);
      const ongoing = list.reduce((sum, m, k) => sum + (m.ongoing ? (costs[k] ?? 0) : 0), 0);
      const proposed = list.reduce((sum, m, k) => sum + (m.ongoing ? 0 : (costs[k] ?? 0)), 0);
      const impact = r.int(0, 60) * 100;
      const baseValue = base[i] ?? 0;
      const total = baseValue + ongoing + proposed + impact;
      const stated = r.chance(0.05) ? total + r.int(1, 40) * 25 : total;
      scenarioRows.push([
        id,
        i === 0 ? (SCENARIO_NAMES[s] ?? `Scenario ${id}: alternativ ${s + 1}`) : null,
        year,
        i > 0 && r.chance(0.1) ? 'Ej känt' : amount(baseValue),
        amount(impact),
        i > 0 && r.chance(0.3) ? null : amount(stated),
      ]);
    });
  });
  return { scenarioRows, memberRows: memberRowsBy.flat() };
}

/**
 * The stated totals per driver for the breakdown year, computed the way the engine allocates each
 * service's change (rounded to one decimal, well within the default tolerance of 0.5).
 */
function statedDriverTotals(
  services: readonly ServiceDraft[],
  moved: ReadonlyMap<ServiceDraft, number>,
  lastYear: number,
): Row[] {
  const totals = new Map<string, number>([
    [NEW_DELIVERY, 0],
    [SERVICE_DEVELOPMENT, 0],
    [VOLUMES, 0],
    [PROJECT_ENDS, 0],
  ]);
  let change = 0;
  for (const service of services) {
    if (service.proposed === null) continue;
    const delta = service.proposed - (service.previous ?? 0);
    change += delta;
    const drivers = [
      ...new Set(service.tags.map((tag) => (tag.startsWith(PROJECT_ENDS) ? PROJECT_ENDS : tag))),
    ];
    const transfer = moved.get(service);
    if (transfer !== undefined)
      totals.set(SERVICE_DEVELOPMENT, (totals.get(SERVICE_DEVELOPMENT) ?? 0) + transfer);
    const others = drivers.filter((driver) => driver !== SERVICE_DEVELOPMENT);
    const targets = others.length > 0 ? others : drivers;
    const rest = delta - (transfer ?? 0);
    for (const driver of targets)
      totals.set(driver, (totals.get(driver) ?? 0) + rest / targets.length);
  }
  const round = (value: number): number => Math.round(value * 10) / 10;
  return [
    ...[...totals].map(([driver, value]): Row => [driver, lastYear, round(value)]),
    ['Totalt', lastYear, round(change)],
  ];
}
