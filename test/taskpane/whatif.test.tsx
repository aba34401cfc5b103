/**
 * @jest-environment jsdom
 */
/**
 * The What-ifs tab with React Testing Library, queried by role: a what-if started from a scenario,
 * its totals as initiatives are checked, moved and scaled (computed in the pane, no workbook call),
 * saved in the settings through the session, a member the workbook no longer has, and making it a
 * scenario with a confirmation and an undo. The session is a stand-in holding the engine's real
 * result for the source document's tables.
 */
import { webLightTheme } from '@fluentui/react-components';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { Language, StoredWhatIf } from '../../src/engine';
import { recalculate, toJson } from '../../src/engine';
import type { AdoptionPlan, AdoptionReceipt } from '../../src/pipeline/adoption';
import type { Inspection } from '../../src/pipeline/pipeline';
import type { Session, SessionState } from '../../src/pipeline/session';
import { App } from '../../src/taskpane/App';
import type { StoredSettings } from '../../src/workbook/settings';
import { DEFAULT_SETTINGS } from '../../src/workbook/settings';
import { annualAnalysisGrids } from '../engine/fixtures/annual-analysis-2025';
import { grouped } from '../support/figures';

// jsdom has no ResizeObserver; Fluent's tab list asks for one to measure its overflow.
class NoResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
Object.assign(window, { ResizeObserver: NoResizeObserver });

const AI = 'Etablera förutsättningar för AI';

const READY: Extract<AdoptionPlan, { kind: 'ready' }> = {
  kind: 'ready',
  whatIf: 'AI i scenario 3',
  scenario: '4',
  writes: [
    {
      table: 'scenarios',
      sheet: 'Scenarier',
      excelTable: null,
      range: 'A12:I14',
      rows: [
        [4, 'AI i scenario 3', 2025, 1088976, 0, null, null, null, null],
        [4, 'AI i scenario 3', 2026, 'Ej känt', 0, null, null, null, null],
        [4, 'AI i scenario 3', 2027, 'Ej känt', 0, null, null, null, null],
      ],
    },
    {
      table: 'members',
      sheet: 'Scenarioinsatser',
      excelTable: null,
      range: 'A27:C31',
      rows: [[4, AI, 10500]],
    },
  ],
  stored: {
    name: 'AI i scenario 3',
    basedOn: '3',
    members: [{ initiative: AI, shift: 0, scale: '1' }],
    impact: [],
  },
};

function fakeSession(
  options: { whatIfs?: readonly StoredWhatIf[]; plan?: AdoptionPlan; language?: Language } = {},
) {
  const result = recalculate(annualAnalysisGrids(), {
    unit: null,
    whatIfs: options.whatIfs ?? [],
  });
  const settings: StoredSettings =
    options.whatIfs === undefined
      ? DEFAULT_SETTINGS
      : { ...DEFAULT_SETTINGS, whatIfs: options.whatIfs };
  const inspection: Inspection = {
    result,
    json: toJson(result, options.language ?? 'sv'),
    settings,
    fingerprint: 'aaaaaaaaaaaaaaaa',
    stamped: 'aaaaaaaaaaaaaaaa',
    sheetNames: ['Tjänster', 'Utveckling', 'Insatser', 'Scenarier', 'Scenarioinsatser', 'Drivare'],
    excelTables: [],
    userSheets: ['Tjänster', 'Utveckling', 'Insatser', 'Scenarier', 'Scenarioinsatser', 'Drivare'],
    resultSheetNames: ['Scenariosummering', 'Kostnadsdrivare', 'Valideringar', 'Sammanställning'],
  };
  const saved: StoredSettings[] = [];
  const calls: string[] = [];
  const state: SessionState = { running: false, stage: null, last: null };
  const session: Session = {
    port: {
      read: () => Promise.reject(new Error('not used')),
      write: () => Promise.reject(new Error('not used')),
    },
    inspect: () => Promise.resolve({ kind: 'inspected', inspection }),
    saveSettings: (next) => {
      saved.push(next);
      return Promise.resolve({ kind: 'done', value: undefined });
    },
    writeAliases: () => Promise.reject(new Error('not used')),
    planAdoption: (whatIf) => {
      calls.push(`plan ${whatIf.name}`);
      return Promise.resolve({ kind: 'done', value: options.plan ?? READY });
    },
    adopt: (plan) => {
      calls.push(`adopt ${plan.scenario}`);
      const receipt: AdoptionReceipt = {
        whatIf: plan.whatIf,
        scenario: plan.scenario,
        writes: plan.writes,
      };
      return Promise.resolve({ kind: 'done', value: receipt });
    },
    undoAdoption: (receipt) => {
      calls.push(`undo ${receipt.scenario}`);
      return Promise.resolve({ kind: 'done', value: undefined });
    },
    recalculate: () => {
      calls.push('recalculate');
      return Promise.resolve({ kind: 'busy' });
    },
    state: () => state,
    subscribe: () => () => undefined,
  };
  return { session, saved, calls };
}

async function openWhatIfs(session: Session) {
  render(<App session={session} language="sv" theme={webLightTheme} />);
  // The first look at the workbook, then the tab's own chunk: on a busy machine, more than 1 s.
  fireEvent.click(await screen.findByRole('tab', { name: 'Varianter' }, { timeout: 5000 }));
  return screen.findByRole('combobox', { name: 'Utgå från' }, { timeout: 5000 });
}

/** Chooses a tab from the strip, or from its "more" menu where it does not fit (as in jsdom). */
async function chooseTab(name: string): Promise<void> {
  const inStrip = screen.queryByRole('tab', { name });
  if (inStrip !== null) {
    fireEvent.click(inStrip);
    return;
  }
  fireEvent.click(screen.getByRole('tab', { name: /^Fler flikar/ }));
  fireEvent.click(await screen.findByRole('menuitem', { name: new RegExp(`^${name}`) }));
}

async function startFrom(session: Session, value: string) {
  const start = await openWhatIfs(session);
  fireEvent.change(start, { target: { value } });
}

/** The totals table's row of a year: its cells' texts. */
function yearRow(year: number): readonly string[] {
  const table = screen.getByRole('table', { name: 'Summering per år (tkr)' });
  const row = within(table)
    .getAllByRole('row')
    .find((r) => r.textContent.startsWith(String(year)));
  return row === undefined
    ? []
    : within(row)
        .getAllByRole('cell')
        .map((cell) => cell.textContent);
}

/** A row's cells as the test states them: `2025 | 1 094 176 | +5 200 | 0`. */
function cells(text: string): readonly string[] {
  return text.split(' | ').map(grouped);
}

function member(name: string): HTMLElement {
  const item = screen.getByRole('checkbox', { name }).closest('li');
  if (item === null) throw new Error(`no item for ${name}`);
  return item;
}

describe('the What-ifs tab', () => {
  it('starts from scenario 3 with its totals, and no difference against it', async () => {
    await startFrom(fakeSession().session, 'scenario:3');
    // Scenario 3, 2025: 1 088 976 + 0 + 5 200 + 0 (docs/over-base.md).
    expect(yearRow(2025)).toEqual(cells('2025 | 1 094 176 | +5 200 | 0'));
    expect(screen.getByRole('checkbox', { name: AI })).toHaveProperty('checked', false);
  });

  it('adds an initiative’s cost to the totals when it is checked, and says the difference', async () => {
    await startFrom(fakeSession().session, 'scenario:3');
    fireEvent.click(screen.getByRole('checkbox', { name: AI }));
    // The AI initiative costs 10 500 in 2025 (Insatser): 1 094 176 + 10 500.
    expect(yearRow(2025)).toEqual(cells('2025 | 1 104 676 | +15 700 | +10 500'));
    // The AI initiative states no net benefit: counted, not taken as 0.
    expect(screen.getByText(/^Nettonytta \(6 år\):/).textContent).toBe(
      grouped('Nettonytta (6 år): 6 950 (0 mot 3); 1 saknar nettonytta'),
    );
  });

  it('keeps the draft as it was across a look at another tab', async () => {
    await startFrom(fakeSession().session, 'scenario:3');
    fireEvent.click(screen.getByRole('checkbox', { name: AI }));
    await chooseTab('Resultat');
    expect(screen.queryByRole('table', { name: 'Summering per år (tkr)' })).toBeNull();
    await chooseTab('Varianter');
    expect(screen.getByRole('checkbox', { name: AI })).toHaveProperty('checked', true);
    expect(yearRow(2025)).toEqual(cells('2025 | 1 104 676 | +15 700 | +10 500'));
  });

  it('moves a checked initiative’s costs a year later, and the totals with them', async () => {
    await startFrom(fakeSession().session, 'scenario:3');
    fireEvent.click(screen.getByRole('checkbox', { name: AI }));
    const before2027 = yearRow(2027);
    fireEvent.click(screen.getByRole('button', { name: `+1 (ett år senare): ${AI}` }));
    expect(within(member(AI)).getByText('Start +1 år')).toBeTruthy();
    // A proposed initiative had not started before its first cost: 2025 holds none of it.
    expect(yearRow(2025)).toEqual(cells('2025 | 1 094 176 | +5 200 | 0'));
    // Its 2026 cost (10 500) is now 2027's, where it cost 0.
    expect(before2027).toEqual(cells('2027 | okänd | +6 000 | 0'));
    expect(yearRow(2027)).toEqual(cells('2027 | okänd | +16 500 | +10 500'));
  });

  it('scales a checked initiative’s cost by a percentage in Swedish', async () => {
    await startFrom(fakeSession().session, 'scenario:3');
    fireEvent.click(screen.getByRole('checkbox', { name: AI }));
    const percent = within(member(AI)).getByRole('textbox', { name: `Kostnad i procent (${AI})` });
    expect(percent).toHaveProperty('value', '100');
    fireEvent.change(percent, { target: { value: '50' } });
    expect(yearRow(2025)).toEqual(cells('2025 | 1 099 426 | +10 450 | +5 250'));
    fireEvent.change(percent, { target: { value: '33,3' } });
    // 10 500 × 0,333 = 3 496,5, shown in whole tkr as the Results tab shows them.
    expect(yearRow(2025)).toEqual(cells('2025 | 1 097 673 | +8 697 | +3 497'));
  });

  it('saves the what-if in the workbook’s settings as its exact stored form', async () => {
    const { session, saved } = fakeSession();
    await startFrom(session, 'scenario:3');
    fireEvent.click(screen.getByRole('checkbox', { name: AI }));
    fireEvent.click(screen.getByRole('button', { name: `+1 (ett år senare): ${AI}` }));
    fireEvent.change(screen.getByRole('textbox', { name: `Kostnad i procent (${AI})` }), {
      target: { value: '50' },
    });
    const save = screen.getByRole('button', { name: 'Spara varianten' });
    expect(save).toHaveProperty('disabled', true);
    fireEvent.change(screen.getByRole('textbox', { name: 'Namn' }), {
      target: { value: '  AI i scenario 3 ' },
    });
    fireEvent.click(save);
    await screen.findByText('Sparad i arbetsboken.');
    expect(saved).toHaveLength(1);
    expect(saved[0]?.whatIfs).toEqual([
      {
        name: 'AI i scenario 3',
        basedOn: '3',
        members: [
          ...(saved[0]?.whatIfs?.[0]?.members.slice(0, -1) ?? []),
          { initiative: AI, shift: 1, scale: '0.5' },
        ],
        impact: [],
      },
    ]);
    expect(saved[0]?.whatIfs?.[0]?.members.slice(0, -1)).toEqual(
      [
        'Förstudie Beslutsmiljö',
        'Förstudie Incidentrapportering för egendomsskador',
        'Etablera tjänst för applikationsförvaltning',
        'Etablera tjänst för tjänstekatalog',
      ].map((initiative) => ({ initiative, shift: 0, scale: '1' })),
    );
    // The saved one is now in the start's list.
    expect(screen.getByRole('option', { name: 'AI i scenario 3' })).toBeTruthy();
  });

  it('refuses a name another saved what-if has, at its field', async () => {
    const other: StoredWhatIf = { name: 'AI i 3', basedOn: '3', members: [], impact: [] };
    await startFrom(fakeSession({ whatIfs: [other] }).session, 'scenario:3');
    fireEvent.change(screen.getByRole('textbox', { name: 'Namn' }), {
      target: { value: 'ai I 3' },
    });
    expect(screen.getByText('En annan sparad variant heter så.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Spara varianten' })).toHaveProperty(
      'disabled',
      true,
    );
  });

  it('keeps an initiative no longer in the workbook listed, with its sentence', async () => {
    const gone: StoredWhatIf = {
      name: 'Med en borttagen',
      basedOn: '3',
      members: [
        { initiative: AI, shift: 0, scale: '1' },
        { initiative: 'Borttagen insats', shift: 0, scale: '1' },
      ],
      impact: [],
    };
    await startFrom(fakeSession({ whatIfs: [gone] }).session, 'saved:Med en borttagen');
    const item = member('Borttagen insats (finns inte i arbetsboken)');
    expect(within(item).getByRole('note').textContent).toBe(
      'Varianten ”Med en borttagen”: insatsen ”Borttagen insats” finns inte längre i arbetsboken och är inte med i variantens siffror.',
    );
    expect(screen.getByRole('checkbox', { name: AI })).toHaveProperty('checked', true);
    // Unchecked, it leaves the what-if.
    fireEvent.click(screen.getByRole('checkbox', { name: /^Borttagen insats/ }));
    expect(screen.queryByRole('checkbox', { name: /^Borttagen insats/ })).toBeNull();
  });

  it('says at the member when a move puts a cost outside the years', async () => {
    await startFrom(fakeSession().session, 'scenario:3');
    fireEvent.click(screen.getByRole('checkbox', { name: AI }));
    fireEvent.click(screen.getByRole('button', { name: `−1 (ett år tidigare): ${AI}` }));
    expect(within(member(AI)).getByRole('note').textContent).toMatch(
      /^Varianten ”utan namn”: flytten av ”Etablera förutsättningar för AI” lägger 10\u00A0500 på 2024/,
    );
  });

  it('deletes a saved what-if after a confirmation', async () => {
    const one: StoredWhatIf = { name: 'A', basedOn: '3', members: [], impact: [] };
    const { session, saved } = fakeSession({ whatIfs: [one] });
    await startFrom(session, 'saved:A');
    fireEvent.click(screen.getByRole('button', { name: 'Ta bort…' }));
    expect(saved).toEqual([]);
    fireEvent.click(
      within(screen.getByRole('group', { name: 'Ta bort ”A” ur arbetsboken?' })).getByRole(
        'button',
        { name: 'Ta bort' },
      ),
    );
    await screen.findByText('”A” togs bort.');
    expect(saved[0]?.whatIfs).toEqual([]);
  });

  it('makes the what-if a scenario once its plan is confirmed, and undoes it', async () => {
    const { session, calls } = fakeSession();
    await startFrom(session, 'scenario:3');
    fireEvent.change(screen.getByRole('textbox', { name: 'Namn' }), {
      target: { value: 'AI i scenario 3' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Gör till scenario…' }));
    const plan = await screen.findByRole('group', { name: 'Gör till scenario…' });
    // The confirmation lists every range the adoption writes, before anything is written.
    expect(within(plan).getByText(/^Lägger till/).textContent).toBe(
      'Lägger till 3 rader under tabellen Scenarier (Scenarier!A12:I14) och 1 rad under tabellen Scenarioinsatser (Scenarioinsatser!A27:C31): scenario 4, med insatserna i ”AI i scenario 3”.',
    );
    expect(calls).toEqual(['plan AI i scenario 3']);
    fireEvent.click(within(plan).getByRole('button', { name: 'Skriv in' }));
    await screen.findByText(
      'Scenario 4 är tillagt: 4 rader i Scenarier och Scenarioinsatser. Ångra tar bort exakt de raderna.',
    );
    expect(calls).toEqual(['plan AI i scenario 3', 'adopt 4', 'recalculate']);
    fireEvent.click(screen.getByRole('button', { name: 'Ångra' }));
    await screen.findByText('Scenario 4 är borttaget igen; raderna som lades till är borta.');
    expect(calls).toEqual([
      'plan AI i scenario 3',
      'adopt 4',
      'recalculate',
      'undo 4',
      'recalculate',
    ]);
  });

  it('offers no confirmation of a plan made for an earlier draft: the draft changed, it asks again', async () => {
    const { session, calls } = fakeSession();
    await startFrom(session, 'scenario:3');
    fireEvent.change(screen.getByRole('textbox', { name: 'Namn' }), {
      target: { value: 'AI i scenario 3' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Gör till scenario…' }));
    await screen.findByRole('button', { name: 'Skriv in' });
    fireEvent.click(screen.getByRole('checkbox', { name: AI }));
    expect(screen.queryByRole('button', { name: 'Skriv in' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Gör till scenario…' })).toBeTruthy();
    expect(calls).toEqual(['plan AI i scenario 3']);
  });

  it('keeps the undo offered when it could not be made (a run going on), and undoes on the next click', async () => {
    const fake = fakeSession();
    let busyOnce = true;
    const session: Session = {
      ...fake.session,
      undoAdoption: (receipt) => {
        if (busyOnce) {
          busyOnce = false;
          return Promise.resolve({ kind: 'busy' });
        }
        return fake.session.undoAdoption(receipt);
      },
    };
    await startFrom(session, 'scenario:3');
    fireEvent.change(screen.getByRole('textbox', { name: 'Namn' }), {
      target: { value: 'AI i scenario 3' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Gör till scenario…' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Skriv in' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Ångra' }));
    await screen.findByText('En omräkning pågår redan; vänta tills den är klar.');
    // Another what-if can be planned meanwhile, and the undo is still there.
    expect(screen.getByRole('button', { name: 'Gör till scenario…' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Ångra' }));
    await screen.findByText('Scenario 4 är borttaget igen; raderna som lades till är borta.');
    expect(fake.calls.filter((call) => call.startsWith('undo'))).toEqual(['undo 4']);
  });

  it('says why a what-if cannot be made a scenario, writing nothing', async () => {
    const { session, calls } = fakeSession({
      plan: {
        kind: 'refused',
        whatIf: 'X',
        reason: { kind: 'moved-or-scaled', initiatives: [AI] },
      },
    });
    await startFrom(session, 'scenario:3');
    fireEvent.change(screen.getByRole('textbox', { name: 'Namn' }), { target: { value: 'X' } });
    fireEvent.click(screen.getByRole('button', { name: 'Gör till scenario…' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      `”X” kan inte bli ett scenario som den är: scenariotabellerna kan inte säga att en insats flyttas eller skalas (”${AI}”), så scenariot skulle ge andra siffror. Ta bort flytten eller skalningen först.`,
    );
    expect(calls).toEqual(['plan X']);
    await waitFor(() => {
      expect(screen.getByRole('button', { name: 'Stäng' })).toBeTruthy();
    });
  });
});
