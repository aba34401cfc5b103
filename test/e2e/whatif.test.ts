/**
 * The What-ifs tab in headless Chromium against the preview (the real pane, the simulated Excel
 * host): a what-if built by clicks changes the totals at once, is saved in the workbook's settings,
 * and is there again after a reload, as in a workbook saved and opened again. (Adopting it as a
 * scenario and undoing that is added here once the adoption lands: see whatif-actions.ts.)
 */
import { describeInChromium } from './chromium';
import { openTab, WAIT_MS } from './pane-actions';
import { amountPattern, recalculateButton, waitForSheet } from './preview-page';
import { usePreview } from './preview-suite';
import {
  AI_INITIATIVE,
  initiativeBox,
  openSaved,
  saveWhatIf,
  startFromScenario,
  startSelect,
  totalOf,
} from './whatif-actions';

const TEST_TIMEOUT_MS = 90_000;
const NAME = 'AI i scenario 3';

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
});
