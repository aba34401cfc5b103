/**
 * The What-ifs tab in headless Chromium against the preview (the real pane, the simulated Excel
 * host): a what-if built by clicks changes the totals at once, is saved in the workbook's settings,
 * and is there again after a reload, as in a workbook saved and opened again; made a scenario once
 * confirmed (rows appended to the workbook's own tables, its figures the what-if's) and undone,
 * every input cell then as it was; refused, writing nothing, where the tables have no room.
 */
import path from 'node:path';
import type { Language } from '../../src/engine';
import { adoptionUndoneText } from '../../src/pipeline/adoption-texts';
import { ADOPTION_TEXTS } from '../../src/taskpane/whatif/adoption-texts';
import { describeInChromium } from './chromium';
import { openTab, waitUntilIdle, WAIT_MS } from './pane-actions';
import type { PreviewPage } from './preview-page';
import { amountPattern, recalculateButton, waitForSheet } from './preview-page';
import { usePreview } from './preview-suite';
import {
  AI_INITIATIVE,
  initiativeBox,
  openSaved,
  planAdoption,
  saveWhatIf,
  sheetCells,
  startFromScenario,
  startSelect,
  totalOf,
} from './whatif-actions';

const TEST_TIMEOUT_MS = 90_000;
const NAME = 'AI i scenario 3';
const ROOT = path.resolve(__dirname, '..', '..');
/** The example with its member table on a sheet of its own: room below both tables (openpyxl). */
const ROOM = path.join(ROOT, 'test', 'e2e', 'fixtures', 'room-to-adopt.openpyxl.xlsx');
const ROOM_INPUT_SHEETS = [
  'Tjänster',
  'Utveckling',
  'Förändringsinsatser',
  'Scenarier',
  'Insatser per scenario',
  'Drivare',
  'Anteckningar',
];
const EXAMPLE_INPUT_SHEETS = ROOM_INPUT_SHEETS.filter((name) => name !== 'Insatser per scenario');

/** Opens an .xlsx in the preview's workbook panel and waits until its tables are read. */
async function openWorkbook(page: PreviewPage, file: string): Promise<void> {
  await page.panel.getByTestId('workbook-file-input').setInputFiles(file);
  await page.panel
    .getByTestId('workbook-file')
    .filter({ hasText: path.basename(file) })
    .waitFor({ timeout: WAIT_MS });
  await waitForSheet(page.panel, 'Insatser per scenario');
}

/** Scenario 3 with the AI initiative, named and saved: the what-if adopted below. */
async function saveExampleWhatIf(page: PreviewPage, language: Language) {
  const panel = await openTab(page.pane, 'tabWhatIfs', language);
  await startFromScenario(panel, '3', language);
  await initiativeBox(panel, AI_INITIATIVE).check();
  expect(await totalOf(panel, 2025, language)).toMatch(amountPattern(1_104_676));
  await saveWhatIf(panel, NAME, language);
  return panel;
}

describeInChromium('what-ifs in the pane, in headless Chromium', () => {
  const { preview } = usePreview({ waitForWorkbook: true });

  it(
    'builds a what-if whose total changes as it is clicked, saves it, and finds it after a reload',
    async () => {
      const page = await preview({ lang: 'sv', width: 320 });
      let panel = await openTab(page.pane, 'tabWhatIfs', 'sv');
      await startFromScenario(panel, '3', 'sv');
      expect(await totalOf(panel, 2025, 'sv')).toMatch(amountPattern(1_094_176));
      await initiativeBox(panel, AI_INITIATIVE).check();
      // 1 094 176 + the initiative's 10 500 in 2025, computed in the pane.
      expect(await totalOf(panel, 2025, 'sv')).toMatch(amountPattern(1_104_676));
      await saveWhatIf(panel, NAME, 'sv');

      await page.page.reload();
      await recalculateButton(page.pane, 'sv').waitFor({ timeout: WAIT_MS });
      await waitForSheet(page.panel, 'Tjänster');
      panel = await openTab(page.pane, 'tabWhatIfs', 'sv');
      await startSelect(panel, 'sv')
        .getByRole('option', { name: NAME, exact: true })
        .waitFor({ state: 'attached', timeout: WAIT_MS });
      await openSaved(panel, NAME, 'sv');
      expect(await initiativeBox(panel, AI_INITIATIVE).isChecked()).toBe(true);
      expect(await totalOf(panel, 2025, 'sv')).toMatch(amountPattern(1_104_676));
      expect(page.errors).toEqual([]);
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'makes a what-if a scenario once confirmed, with the what-if’s figures, and its undo leaves every input cell as it was',
    async () => {
      const page = await preview({ lang: 'sv', width: 320 });
      await openWorkbook(page, ROOM);
      const panel = await saveExampleWhatIf(page, 'sv');
      await waitUntilIdle(page, 'sv').catch(() => undefined);
      const before = await sheetCells(page.page, ROOM_INPUT_SHEETS);

      const plan = await planAdoption(panel, 'sv');
      // The confirmation names every range; asking wrote nothing.
      expect(await plan.textContent()).toContain('Scenarier!A12:I14');
      expect(await plan.textContent()).toContain('Insatser per scenario!A24:C28');
      expect(await sheetCells(page.page, ROOM_INPUT_SHEETS)).toEqual(before);

      await plan.getByRole('button', { name: ADOPTION_TEXTS.confirm.sv, exact: true }).click();
      const receipt = { whatIf: NAME, scenario: '4', writes: [] };
      await panel.getByText(/^Scenario 4 är tillagt: 8 rader/).waitFor({ timeout: WAIT_MS });
      await waitUntilIdle(page, 'sv');
      const adopted = await sheetCells(page.page, ['Scenarier']);
      const rows = (adopted.Scenarier?.values as unknown[][]).slice(11, 14);
      expect(rows.map((row) => row.slice(0, 5))).toEqual([
        [4, NAME, 2025, '1\u00a0088\u00a0976', 0],
        [4, NAME, 2026, 'Ej känt', 2300],
        [4, NAME, 2027, 'Ej känt', 6000],
      ]);
      // The recalculation reads the new scenario from the tables: the what-if's 2025 total.
      const results = await openTab(page.pane, 'tabResults', 'sv');
      const table = results.getByRole('table', { name: 'Scenarier 2025 (tkr)' });
      const four = table
        .getByRole('row')
        .filter({ has: page.page.getByRole('cell', { name: '4', exact: true }) });
      expect(await four.getByRole('cell').nth(1).textContent({ timeout: WAIT_MS })).toMatch(
        amountPattern(1_104_676),
      );

      const whatIfs = await openTab(page.pane, 'tabWhatIfs', 'sv');
      await whatIfs.getByRole('button', { name: ADOPTION_TEXTS.undo.sv, exact: true }).click();
      await whatIfs
        .getByText(adoptionUndoneText({ ...receipt, writes: [] }, 'sv'), { exact: true })
        .waitFor({ timeout: WAIT_MS });
      await waitUntilIdle(page, 'sv');
      expect(await sheetCells(page.page, ROOM_INPUT_SHEETS)).toEqual(before);
      expect(page.errors).toEqual([]);
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'refuses to make a what-if a scenario where the cells below a table are taken, and writes nothing',
    async () => {
      const page = await preview({ lang: 'en', width: 320 });
      const panel = await saveExampleWhatIf(page, 'en');
      await waitUntilIdle(page, 'en').catch(() => undefined);
      const before = await sheetCells(page.page, EXAMPLE_INPUT_SHEETS);
      const refusal = await planAdoption(panel, 'en');
      // The example's member table's title stands two rows under the scenario table.
      expect(await refusal.textContent()).toMatch(/^The cell Scenarier!A13 below the table/);
      expect(await sheetCells(page.page, EXAMPLE_INPUT_SHEETS)).toEqual(before);
      expect(page.errors).toEqual([]);
    },
    TEST_TIMEOUT_MS,
  );
});
