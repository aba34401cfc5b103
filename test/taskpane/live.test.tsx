/**
 * @jest-environment jsdom
 */
/**
 * The pane while it stays open, with React Testing Library: it notices an edit to an input table
 * (the workbook's change event, or the pane shown again) and says the result sheets are out of
 * date, with the button that recalculates in the notice; an edit on a result sheet starts nothing.
 * An alias from a suggestion is written only once confirmed, through the session, noted beside
 * its warning, and undone with the cell's earlier text. A filter that matches nothing says so.
 */
import { webLightTheme } from '@fluentui/react-components';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { Grid } from '../../src/engine';
import { recalculate, toJson } from '../../src/engine';
import type { Inspection } from '../../src/pipeline/pipeline';
import type { Session, SessionState } from '../../src/pipeline/session';
import { App } from '../../src/taskpane/App';
import { aliasUndoneText, LIVE_TEXTS, PANE_TEXTS, reasonText } from '../../src/taskpane/texts';
import { DEBOUNCE_MS } from '../../src/taskpane/use-live-inspection';
import type { WorkbookChange } from '../../src/workbook/port';
import { DEFAULT_SETTINGS } from '../../src/workbook/settings';
import { annualAnalysisGrids } from '../engine/fixtures/annual-analysis-2025';

class NoResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
Object.assign(window, { ResizeObserver: NoResizeObserver });

const STAMP = 'aaaaaaaaaaaaaaaa';
/** The machine the tests run on is shared: a first render may take longer than a second. */
const SLOW = { timeout: 5_000 };

/** The services table with an alias column, its first alias cell holding `firstAlias`. */
function gridsWithAliasColumn(firstAlias: string | null): Grid[] {
  return annualAnalysisGrids().map((grid) =>
    grid.sheet === 'Tjänster'
      ? {
          ...grid,
          rows: grid.rows.map((row, i) =>
            i < 2 ? row : i === 2 ? [...row, 'Alias'] : [...row, i === 22 ? firstAlias : null],
          ),
        }
      : grid,
  );
}

/**
 * A session over the engine's real result for the document's tables, whose workbook the test
 * changes: `edit` makes the next look find other inputs and raises the change event on a sheet.
 */
function liveSession(grids: Grid[] = annualAnalysisGrids()) {
  const result = recalculate(grids, { unit: null });
  let inspection: Inspection = {
    result,
    json: toJson(result, 'sv'),
    settings: DEFAULT_SETTINGS,
    fingerprint: STAMP,
    stamped: STAMP,
    userSheets: ['Tjänster', 'Utveckling', 'Insatser', 'Scenarier', 'Scenarioinsatser', 'Drivare'],
    sheetNames: ['Tjänster', 'Utveckling'],
    excelTables: [],
    resultSheetNames: ['Scenariosummering', 'Kostnadsdrivare', 'Valideringar', 'Sammanställning'],
  };
  const listeners = new Set<(change: WorkbookChange) => void>();
  const cells = new Map<string, string>();
  const calls = { inspections: 0, recalculations: 0, writes: [] as [string, string][] };
  const state: SessionState = { running: false, stage: null, last: null };
  const session: Session = {
    port: {
      read: () => Promise.reject(new Error('not used')),
      write: () => Promise.reject(new Error('not used')),
      watchChanges: (listener) => {
        listeners.add(listener);
        return Promise.resolve(() => {
          listeners.delete(listener);
          return Promise.resolve();
        });
      },
    },
    inspect: () => {
      calls.inspections += 1;
      return Promise.resolve({ kind: 'inspected', inspection });
    },
    recalculate: () => {
      calls.recalculations += 1;
      return Promise.resolve({ kind: 'busy' });
    },
    saveSettings: () => Promise.resolve({ kind: 'done', value: undefined }),
    writeAliases: (at, aliases) => {
      const key = `${at.sheet}!${at.cell}`;
      const before = cells.get(key) ?? '';
      cells.set(key, aliases);
      calls.writes.push([key, aliases]);
      return Promise.resolve({ kind: 'done', value: before });
    },
    // Adoption is the what-if view's; these tests never reach it.
    planAdoption: () => Promise.reject(new Error('not used')),
    adopt: () => Promise.reject(new Error('not used')),
    undoAdoption: () => Promise.reject(new Error('not used')),
    state: () => state,
    subscribe: () => () => undefined,
  };
  return {
    session,
    calls,
    cells,
    listeners,
    /** The inputs change (another fingerprint) and the workbook says so for `sheet`. */
    edit(sheet: string, fingerprint = 'bbbbbbbbbbbbbbbb') {
      inspection = { ...inspection, fingerprint };
      for (const listener of listeners) listener({ sheet });
    },
  };
}

function renderApp(session: Session) {
  return render(<App session={session} language="sv" theme={webLightTheme} />);
}

const outOfDate = () => screen.queryByText(PANE_TEXTS.outOfDate.sv);
const settle = () =>
  act(() => new Promise<void>((resolve) => setTimeout(resolve, DEBOUNCE_MS + 100)));

describe('the pane, while it stays open', () => {
  it('says the result sheets are out of date after an edit to an input table, with Räkna om nu in the notice', async () => {
    const live = liveSession();
    renderApp(live.session);
    await screen.findByRole('table', { name: 'Scenarier 2025 (tkr)' }, SLOW);
    await waitFor(() => {
      expect(live.listeners.size).toBe(1);
    });
    expect(outOfDate()).toBeNull();
    act(() => {
      live.edit('Tjänster');
    });
    const notice = (await screen.findByText(PANE_TEXTS.outOfDate.sv, {}, SLOW)).closest(
      '.fui-MessageBar',
    ) as HTMLElement;
    expect(within(notice).getByText(LIVE_TEXTS.outOfDateTitle.sv)).toBeTruthy();
    // The run it starts ends inside act, as its outcome updates the pane.
    await act(async () => {
      fireEvent.click(within(notice).getByRole('button', { name: LIVE_TEXTS.recalculateNow.sv }));
      await Promise.resolve();
    });
    expect(live.calls.recalculations).toBe(1);
  });

  it('reads the workbook once for a burst of edits', async () => {
    const live = liveSession();
    renderApp(live.session);
    await waitFor(() => {
      expect(live.listeners.size).toBe(1);
    });
    const before = live.calls.inspections;
    act(() => {
      for (let i = 0; i < 5; i++) live.edit('Tjänster');
    });
    await settle();
    expect(live.calls.inspections - before).toBe(1);
  });

  it('starts nothing for an edit on a result sheet (its own writes among them)', async () => {
    const live = liveSession();
    renderApp(live.session);
    // The first look names the result sheets, the report's among them.
    await screen.findByRole('table', { name: 'Scenarier 2025 (tkr)' }, SLOW);
    await waitFor(() => {
      expect(live.listeners.size).toBe(1);
    });
    const before = live.calls.inspections;
    act(() => {
      live.edit('Valideringar');
      live.edit('sammanställning');
    });
    await settle();
    expect(live.calls.inspections).toBe(before);
    expect(outOfDate()).toBeNull();
  });

  it('looks again when the pane is shown again (focus), as Excel gives no event for every change', async () => {
    const live = liveSession();
    renderApp(live.session);
    await screen.findByRole('table', { name: 'Scenarier 2025 (tkr)' }, SLOW);
    live.listeners.clear(); // as a host without the event
    live.edit('Tjänster');
    act(() => {
      window.dispatchEvent(new Event('focus'));
    });
    expect(await screen.findByText(PANE_TEXTS.outOfDate.sv, {}, SLOW)).toBeTruthy();
  });

  it('stops listening when the pane goes', async () => {
    const live = liveSession();
    const { unmount } = renderApp(live.session);
    await waitFor(() => {
      expect(live.listeners.size).toBe(1);
    });
    unmount();
    expect(live.listeners.size).toBe(0);
  });
});

describe('an alias from a suggestion', () => {
  const service = 'Stöd i digitalt bevarande';

  async function openSuggestion(live: ReturnType<typeof liveSession>) {
    renderApp(live.session);
    fireEvent.click(await screen.findByRole('tab', { name: 'Valideringar' }, SLOW));
    return screen.findByRole('button', { name: `Lägg till som alias för ”${service}”` }, SLOW);
  }

  it('says why it is suggested', async () => {
    const add = await openSuggestion(liveSession(gridsWithAliasColumn(null)));
    const reason = document.getElementById(add.getAttribute('aria-describedby') ?? '');
    expect(reason?.textContent).toBe(reasonText('words', 'sv'));
  });

  it('asks first, saying what it writes into which cell, and writes nothing when cancelled', async () => {
    const live = liveSession(gridsWithAliasColumn('DB'));
    fireEvent.click(await openSuggestion(live));
    expect(
      screen.getByText(
        'Skriver ”DB; Digitalt bevarande” i Tjänster!G23 (aliasen för ”Stöd i digitalt bevarande”).',
      ),
    ).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: LIVE_TEXTS.cancelAlias.sv }));
    expect(live.calls.writes).toEqual([]);
    expect(screen.queryByRole('button', { name: LIVE_TEXTS.confirmAlias.sv })).toBeNull();
  });

  it('writes through the session once confirmed, notes it beside its warning, and undoes it exactly', async () => {
    const live = liveSession(gridsWithAliasColumn('DB'));
    live.cells.set('Tjänster!G23', 'DB');
    fireEvent.click(await openSuggestion(live));
    fireEvent.click(screen.getByRole('button', { name: LIVE_TEXTS.confirmAlias.sv }));
    const note = await screen.findByText(
      '”Digitalt bevarande” lades till som alias för ”Stöd i digitalt bevarande”.',
    );
    expect(live.cells.get('Tjänster!G23')).toBe('DB; Digitalt bevarande');
    expect(live.calls.recalculations).toBe(1);
    // In the warning's own item, not above the list.
    const item = note.closest('li') as HTMLElement;
    expect(within(item).getByText(/^Tjänsten ”Digitalt bevarande”/)).toBeTruthy();
    expect(within(item).getByText('UNKNOWN_SERVICE')).toBeTruthy();

    fireEvent.click(within(item).getByRole('button', { name: LIVE_TEXTS.undoAlias.sv }));
    expect(await screen.findByText(aliasUndoneText('Tjänster!G23', 'sv'))).toBeTruthy();
    expect(live.calls.writes).toEqual([
      ['Tjänster!G23', 'DB; Digitalt bevarande'],
      ['Tjänster!G23', 'DB'],
    ]);
    expect(live.cells.get('Tjänster!G23')).toBe('DB');
    expect(live.calls.recalculations).toBe(2);
    expect(screen.queryByRole('button', { name: LIVE_TEXTS.undoAlias.sv })).toBeNull();
  });
});

describe('the validations’ filter', () => {
  it('says so when it matches nothing, and Visa alla shows every validation again', async () => {
    renderApp(liveSession().session);
    fireEvent.click(await screen.findByRole('tab', { name: 'Valideringar' }, SLOW));
    const field = await screen.findByRole('textbox', { name: 'Filtrera' });
    fireEvent.change(field, { target: { value: 'inget sådant' } });
    expect(screen.getByText(LIVE_TEXTS.noMatches.sv)).toBeTruthy();
    expect(screen.queryByRole('heading', { name: /^Varning/ })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: LIVE_TEXTS.clearFilter.sv }));
    expect((field as HTMLInputElement).value).toBe('');
    expect(screen.getByRole('heading', { name: 'Varning (19)' })).toBeTruthy();
    expect(screen.queryByText(LIVE_TEXTS.noMatches.sv)).toBeNull();
  });

  it('says so too when every severity is switched off, and the toggles say whether they are pressed', async () => {
    renderApp(liveSession().session);
    fireEvent.click(await screen.findByRole('tab', { name: 'Valideringar' }, SLOW));
    for (const name of [/^Fel \(/, /^Varning \(/, /^Info \(/]) {
      const toggle = await screen.findByRole('button', { name });
      expect(toggle.getAttribute('aria-pressed')).toBe('true');
      fireEvent.click(toggle);
      expect(toggle.getAttribute('aria-pressed')).toBe('false');
    }
    expect(screen.getByText(LIVE_TEXTS.noMatches.sv)).toBeTruthy();
  });
});
