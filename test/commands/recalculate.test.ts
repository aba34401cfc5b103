/**
 * The ribbon's Recalculate scenarios: it completes its event on every path, never overlaps a run,
 * and makes the outcome visible without the pane.
 */
import { recalculateFromRibbon } from '../../src/commands/recalculate';
import { createSession } from '../../src/pipeline/session';
import type { Session } from '../../src/pipeline/session';
import type { SimWorkbook } from '../../src/workbook/simulated-excel';
import { hostAndPort, pipeline, simulatedWorkbook } from '../workbook/excel/simulated';

function ribbon() {
  const calls = { completed: 0, panesShown: 0 };
  return {
    calls,
    event: { completed: () => void (calls.completed += 1) },
    ui: { showPane: () => ((calls.panesShown += 1), Promise.resolve()) },
  };
}

function session(
  workbook: SimWorkbook,
  options: Parameters<typeof hostAndPort>[1] = {},
): { session: Session; host: ReturnType<typeof hostAndPort>['host'] } {
  const { host, port } = hostAndPort(workbook, options);
  return { session: createSession({ pipeline, port, language: () => 'sv' }), host };
}

describe('the ribbon command', () => {
  it('writes the result sheets and completes its event, showing no pane when all went well', async () => {
    const workbook = await simulatedWorkbook('examples/small-english.xlsx');
    const { session: s } = session(workbook);
    const { calls, event, ui } = ribbon();
    await recalculateFromRibbon(s, event, ui);
    expect(calls).toEqual({ completed: 1, panesShown: 0 });
    expect(workbook.sheets.map((sheet) => sheet.name)).toContain('Scenariosummering');
  });

  it('shows the validation sheet when the result has errors', async () => {
    const workbook = await simulatedWorkbook('formulas-and-errors.xlsx');
    const { session: s } = session(workbook);
    const { calls, event, ui } = ribbon();
    await recalculateFromRibbon(s, event, ui);
    expect(calls.completed).toBe(1);
    expect(workbook.activeSheet).toBe('Valideringar');
  });

  it('opens the pane and completes when required tables are missing (nothing written)', async () => {
    const workbook = await simulatedWorkbook('examples/small-english.xlsx');
    workbook.sheets = workbook.sheets.filter((sheet) => sheet.name === 'Notes');
    workbook.tables = [];
    const { session: s } = session(workbook);
    const { calls, event, ui } = ribbon();
    await recalculateFromRibbon(s, event, ui);
    expect(calls).toEqual({ completed: 1, panesShown: 1 });
    expect(workbook.sheets.map((sheet) => sheet.name)).toEqual(['Notes']);
    expect(s.state().last).toMatchObject({ kind: 'done', outcome: { kind: 'blocked' } });
  });

  it('opens the pane and completes when Excel throws', async () => {
    const { session: s } = session(await simulatedWorkbook('examples/small-english.xlsx'), {
      failAtSync: 1,
      failWith: 'AccessDenied',
    });
    const { calls, event, ui } = ribbon();
    await recalculateFromRibbon(s, event, ui);
    expect(calls).toEqual({ completed: 1, panesShown: 1 });
    expect(s.state().last).toMatchObject({ kind: 'failed', problem: { kind: 'protected' } });
  });

  it('completes even when showing the pane fails', async () => {
    const { session: s } = session(await simulatedWorkbook('examples/small-english.xlsx'), {
      cellEditMode: true,
    });
    const { calls, event } = ribbon();
    await recalculateFromRibbon(s, event, {
      showPane: () => Promise.reject(new Error('no shared runtime')),
    });
    expect(calls.completed).toBe(1);
  });

  it('starts nothing on a second click while a run is going on, and completes both events', async () => {
    const workbook = await simulatedWorkbook('examples/arlig-analys-2025.xlsx');
    const { session: s, host } = session(workbook);
    const first = ribbon();
    const second = ribbon();
    await Promise.all([
      recalculateFromRibbon(s, first.event, first.ui),
      recalculateFromRibbon(s, second.event, second.ui),
    ]);
    expect([first.calls.completed, second.calls.completed]).toEqual([1, 1]);
    // One read and one write: the second click did not run the pipeline.
    expect(host.stats.runs).toBe(2);
  });

  it('runs once when the pane and the ribbon start at the same moment: the later one is told it is busy', async () => {
    const workbook = await simulatedWorkbook('examples/arlig-analys-2025.xlsx');
    const { session: s, host } = session(workbook);
    const click = ribbon();
    const [fromPane, , again] = await Promise.all([
      s.recalculate(),
      recalculateFromRibbon(s, click.event, click.ui),
      s.recalculate(),
    ]);
    expect(fromPane).toMatchObject({ kind: 'done', outcome: { kind: 'written' } });
    expect(again).toEqual({ kind: 'busy' });
    expect(click.calls.completed).toBe(1);
    expect(host.stats.runs).toBe(2);
    expect(workbook.sheets.filter((sheet) => sheet.name === 'Scenariosummering')).toHaveLength(1);
    // A check for freshness while a run goes on reads nothing.
    const running = s.recalculate();
    expect(await s.inspect()).toEqual({ kind: 'busy' });
    await running;
    expect(s.state().running).toBe(false);
  });
});

describe('the ribbon command and the workbook’s change events', () => {
  it('never watches the workbook: only the pane listens for edits', async () => {
    const workbook = await simulatedWorkbook('examples/arlig-analys-2025.xlsx');
    const { session: s, host } = session(workbook);
    const click = ribbon();
    await recalculateFromRibbon(s, click.event, click.ui);
    expect(click.calls.completed).toBe(1);
    expect(host.events.listening).toBe(0);
  });
});
