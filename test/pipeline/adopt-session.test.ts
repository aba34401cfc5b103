/**
 * An adoption through the session, as the pane makes it: planned, written and undone each as one
 * change, never while a run goes on, and its failures said in a sentence.
 */
import { createSession } from '../../src/pipeline/session';
import type { AdoptionPlan } from '../../src/pipeline/adoption';
import {
  adoptedText,
  adoptionPlanText,
  adoptionUndoneText,
} from '../../src/pipeline/adoption-texts';
import { hostAndPort, pipeline } from '../workbook/excel/simulated';
import { AI_IN_3, exampleWithRoom, inputCells } from './adopt-support';
import { cloneWorkbook } from '../../src/workbook/simulated-excel';

async function exampleSession() {
  const workbook = await exampleWithRoom();
  const { host, port } = hostAndPort(workbook);
  return { workbook, host, session: createSession({ pipeline, port, language: () => 'sv' }) };
}

function ready(result: {
  kind: string;
  value?: AdoptionPlan;
}): Extract<AdoptionPlan, { kind: 'ready' }> {
  if (result.kind !== 'done' || result.value?.kind !== 'ready')
    throw new Error(JSON.stringify(result));
  return result.value;
}

describe('an adoption through the session', () => {
  it('is planned, written and undone as changes, each said in a sentence', async () => {
    const { session, workbook } = await exampleSession();
    const before = inputCells(cloneWorkbook(workbook), ['Scenarier', 'Scenarioinsatser']);
    const plan = ready(await session.planAdoption(AI_IN_3));
    expect(adoptionPlanText(plan, 'sv')).toBe(
      'Lägger till 3 rader i tabellen Scenarier (Scenarier!A12:I14) och 5 rader i tabellen Scenarioinsatser (Scenarioinsatser!A24:C28): scenario 4, med insatserna i ”AI i scenario 3”.',
    );
    expect(adoptionPlanText(plan, 'en')).toBe(
      'Adds 3 rows to the table Scenarier (Scenarier!A12:I14) and 5 rows to the table Scenarioinsatser (Scenarioinsatser!A24:C28): scenario 4, with the initiatives of “AI i scenario 3”.',
    );
    const adopted = await session.adopt(plan);
    if (adopted.kind !== 'done') throw new Error(adopted.kind);
    expect(adoptedText(adopted.value, 'en')).toBe(
      'Scenario 4 was added: 8 rows in Scenarier and Scenarioinsatser. Undo removes exactly those rows.',
    );
    expect(await session.undoAdoption(adopted.value)).toEqual({ kind: 'done', value: undefined });
    expect(adoptionUndoneText(adopted.value, 'sv')).toBe(
      'Scenario 4 är borttaget igen; raderna som lades till är borta.',
    );
    expect(inputCells(workbook, ['Scenarier', 'Scenarioinsatser'])).toEqual(before);
  });

  it('writes nothing while a run goes on, and starts no run while it writes', async () => {
    const { session, workbook } = await exampleSession();
    const plan = ready(await session.planAdoption(AI_IN_3));
    const running = session.recalculate();
    expect(await session.adopt(plan)).toEqual({ kind: 'busy' });
    expect((await running).kind).toBe('done');
    expect(workbook.tables.find((t) => t.name === 'Scenarier')?.bottom).toBe(11);

    const [adopted, run] = await Promise.all([session.adopt(plan), session.recalculate()]);
    expect(adopted.kind).toBe('done');
    expect(run).toEqual({ kind: 'busy' });
    if (adopted.kind !== 'done') return;
    const again = session.recalculate();
    expect(await session.undoAdoption(adopted.value)).toEqual({ kind: 'busy' });
    await again;
  });

  it('says in a sentence why an undo changed nothing', async () => {
    const { session, host } = await exampleSession();
    const adopted = await session.adopt(ready(await session.planAdoption(AI_IN_3)));
    if (adopted.kind !== 'done') throw new Error(adopted.kind);
    host.editCell('Scenarier', 'D12', '1 000 000');
    const undone = await session.undoAdoption(adopted.value);
    expect(undone).toMatchObject({
      kind: 'failed',
      problem: { kind: 'edited-since', sheet: 'Scenarier', cell: 'D12' },
    });
    if (undone.kind === 'failed')
      expect(undone.message).toBe(
        'Cellen Scenarier!D12 har ändrats sedan den skrevs; ångra gjorde ingenting. Ta bort raderna för hand om de ska bort.',
      );
  });
});
