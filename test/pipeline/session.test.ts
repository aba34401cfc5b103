/**
 * The session keeps the pane's changes (settings saved, an alias written or taken back) and the
 * runs apart, as it keeps two runs apart: one thing at a time, the later one told it is busy.
 */
import { createSession } from '../../src/pipeline/session';
import { problemMessage } from '../../src/pipeline/texts';
import { DEFAULT_SETTINGS } from '../../src/workbook/settings';
import { hostAndPort, pipeline, simulatedWorkbook } from '../workbook/excel/simulated';

async function exampleSession() {
  const workbook = await simulatedWorkbook('examples/arlig-analys-2025.xlsx');
  const { host, port } = hostAndPort(workbook);
  const session = createSession({ pipeline, port, language: () => 'sv' });
  const services = workbook.sheets.find((sheet) => sheet.name === 'Tjänster');
  if (services === undefined) throw new Error('The example has no sheet Tjänster.');
  return { workbook, host, session, services };
}

describe('the session’s changes', () => {
  it('saves no settings while a run is going on, and says it is busy', async () => {
    const { session, workbook } = await exampleSession();
    const run = session.recalculate();
    const parts = workbook.customXmlParts.length;
    const saved = await session.saveSettings({ ...DEFAULT_SETTINGS, unit: 'MSEK' });
    expect(saved).toEqual({ kind: 'busy' });
    await run;
    // The run saved its own settings; the refused save added nothing after it.
    expect(workbook.customXmlParts).toHaveLength(Math.max(parts, 1));
    expect(workbook.customXmlParts[0]?.xml).not.toContain('MSEK');
  });

  it('starts no run while an alias is being written, and writes no alias while a run goes on', async () => {
    const { session } = await exampleSession();
    const at = { sheet: 'Tjänster', cell: 'B23' };
    const [written, run] = await Promise.all([
      session.writeAliases(at, 'Digitalt bevarande'),
      session.recalculate(),
    ]);
    expect(written.kind).toBe('done');
    expect(run).toEqual({ kind: 'busy' });
    const running = session.recalculate();
    expect(await session.writeAliases(at, 'Annat')).toEqual({ kind: 'busy' });
    expect((await running).kind).toBe('done');
  });

  it('gives back the text an alias cell held, and writing it back puts the cell as it was', async () => {
    const { session, services } = await exampleSession();
    const at = { sheet: 'Tjänster', cell: 'B23' };
    const before = services.cells.get('23,2');
    expect(before?.value).toBe('Digitalt bevarande');
    const added = await session.writeAliases(at, 'Digitalt bevarande; DB');
    expect(added).toEqual({ kind: 'done', value: 'Digitalt bevarande' });
    expect(services.cells.get('23,2')?.value).toBe('Digitalt bevarande; DB');
    const undone = await session.writeAliases(at, 'Digitalt bevarande');
    expect(undone).toEqual({ kind: 'done', value: 'Digitalt bevarande; DB' });
    expect(services.cells.get('23,2')?.value).toBe(before?.value);
  });

  it('gives back an empty text for an empty cell, and writing that back empties it again', async () => {
    const { session, services } = await exampleSession();
    services.cells.delete('23,2');
    const at = { sheet: 'Tjänster', cell: 'B23' };
    expect(await session.writeAliases(at, 'Digitalt bevarande')).toEqual({
      kind: 'done',
      value: '',
    });
    await session.writeAliases(at, '');
    expect(services.cells.get('23,2')?.value ?? '').toBe('');
  });

  it('says in a sentence why a write failed', async () => {
    const { session } = await exampleSession();
    const result = await session.writeAliases({ sheet: 'Inget sådant blad', cell: 'A1' }, 'x');
    if (result.kind !== 'failed') throw new Error(result.kind);
    expect(result.problem).not.toBeNull();
    expect(result.message).toBe(problemMessage(result.problem, '', 'sv'));
    expect(result.message).toMatch(/^Ett blad eller en tabell försvann/);
  });
});

describe('watching the workbook through the Excel port', () => {
  const settle = () => new Promise((resolve) => setTimeout(resolve, 10));

  it('hears a user’s edit, by sheet, and the product’s own writes to the result sheets', async () => {
    const { host, session } = await exampleSession();
    const heard: (string | null)[] = [];
    const stop = await session.port.watchChanges?.((change) => heard.push(change.sheet));
    if (stop === undefined) throw new Error('The Excel port has no watchChanges.');
    expect(host.events.listening).toBe(1);
    host.editCell('Tjänster', 'D5', '12345');
    await settle();
    expect(heard).toEqual(['Tjänster']);
    heard.length = 0;
    await session.recalculate();
    await settle();
    expect(new Set(heard)).toEqual(
      new Set(['Scenariosummering', 'Kostnadsdrivare', 'Valideringar', 'Sammanställning']),
    );
    await stop();
    expect(host.events.listening).toBe(0);
    heard.length = 0;
    host.editCell('Tjänster', 'D5', '1');
    await settle();
    expect(heard).toEqual([]);
  });

  it('is not heard by reading: an inspection changes nothing', async () => {
    const { session } = await exampleSession();
    const heard: (string | null)[] = [];
    await session.port.watchChanges?.((change) => heard.push(change.sheet));
    await session.inspect();
    await settle();
    expect(heard).toEqual([]);
  });
});
