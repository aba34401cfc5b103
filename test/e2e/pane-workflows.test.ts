/**
 * What a controller does in the pane, end to end in headless Chromium against the preview (the
 * real pane, the simulated workbook, the panel beside it): choose a validation and see its cell
 * selected; add an alias from a suggestion and see its warning go on the next run; change a
 * setting and find it still there after a reload; and an accessibility scan of every tab with
 * axe-core, in the light and the dark theme.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { messageFor } from '../../src/engine';
import {
  addAliasText,
  aliasAddedText,
  LIVE_TEXTS,
  PANE_TEXTS,
  toleranceHint,
} from '../../src/taskpane/texts';
import type { AxeViolation } from './axe';
import { axeViolations, describeViolations, isBlocking } from './axe';
import { usePreview } from './preview-suite';
import { describeInChromium } from './chromium';
import type { PaneTab } from './pane-actions';
import {
  cellValue,
  escapeRegExp,
  eventually,
  openTab,
  PANE_TABS,
  panelSelection,
  recalculate,
  WAIT_MS,
  waitUntilIdle,
  withTextCellEmptied,
} from './pane-actions';
import type { PreviewPage } from './preview-page';
import { recalculateButton, VIEWPORT, waitForSheet } from './preview-page';

const ROOT = path.resolve(__dirname, '..', '..');
const EXAMPLE = path.join(ROOT, 'examples', 'arlig-analys-2025.xlsx');
const TEST_TIMEOUT_MS = 60_000;

/** The pane's root on the preview page (preview.html), which the scan covers and nothing else. */
const PANE_SELECTOR = '[data-testid="pane"]';

/** The start of the UNKNOWN_SERVICE warning for a name, before its suggestions. */
function unknownServiceText(name: string): string {
  return messageFor({ code: 'UNKNOWN_SERVICE', name, candidates: [], reasons: [] }, 'sv');
}

/** The names in the example's development table that match no service even with the aliases. */
const UNKNOWN_IN_EXAMPLE = [
  'Stöd i arbetet med rehabilitering',
  'Stöd i arbetet med rekrytering',
  'Flera tjänster',
] as const;

describeInChromium('the pane, as a controller uses it, in headless Chromium', () => {
  const { preview, openKept } = usePreview({ waitForWorkbook: true });
  let temporary: string | undefined;

  beforeAll(() => {
    temporary = mkdtempSync(path.join(tmpdir(), 'pane-e2e-'));
  });

  afterAll(() => {
    if (temporary !== undefined) rmSync(temporary, { recursive: true, force: true });
  });

  it(
    'works by keyboard alone: Tab to Recalculate, Enter runs it, the arrow keys move between tabs',
    async () => {
      const page = await preview({ lang: 'sv' });
      const focused = (): Promise<string> =>
        page.page.evaluate(() => (document.activeElement?.textContent ?? '').trim());
      // From the top of the page, Tab reaches the Recalculate button before anything else of the pane.
      await page.page.locator('body').focus();
      let steps = 0;
      while ((await focused()) !== PANE_TEXTS.recalculate.sv && steps < 10) {
        await page.page.keyboard.press('Tab');
        steps += 1;
      }
      expect(await focused()).toBe(PANE_TEXTS.recalculate.sv);
      await page.page.keyboard.press('Enter');
      await waitUntilIdle(page, 'sv');
      await waitForSheet(page.panel, 'Valideringar');
      // Tab on to the tab list (the selected tab takes focus), then the right arrow moves to the next tab.
      steps = 0;
      while ((await focused()) !== PANE_TEXTS.tabResults.sv && steps < 30) {
        await page.page.keyboard.press('Tab');
        steps += 1;
      }
      expect(await focused()).toBe(PANE_TEXTS.tabResults.sv);
      await page.page.keyboard.press('ArrowRight');
      await page.page.keyboard.press('Enter');
      await expect(
        page.pane.getByRole('tab', { name: PANE_TEXTS.tabWarnings.sv, selected: true }).count(),
      ).resolves.toBe(1);
    },
    TEST_TIMEOUT_MS,
  );

  it(
    "selects a validation's cell in the workbook when the validation is chosen",
    async () => {
      const page = await preview({ lang: 'sv' });
      await recalculate(page, 'sv');
      const validations = await openTab(page.pane, 'tabWarnings', 'sv');
      const goTo = (cell: string) =>
        validations
          .getByRole('button', {
            name: new RegExp(`^${escapeRegExp(`${PANE_TEXTS.goToCell.sv} ${cell}: `)}`),
          })
          .first();

      // Two cells on two sheets, so each choice moves the active sheet as well as the selection.
      for (const [sheet, cell] of [
        ['Scenarier', 'I3'],
        ['Drivare', 'C2'],
      ] as const) {
        await goTo(`${sheet}!${cell}`).click();
        const shown = await eventually(
          () => panelSelection(page.panel),
          (now) => now.selection === `${sheet}!${cell}`,
        );
        expect(shown).toEqual({ activeSheet: sheet, selection: `${sheet}!${cell}` });
      }
      expect(page.errors).toEqual([]);
    },
    TEST_TIMEOUT_MS,
  );

  it(
    "adds an alias from a suggestion, and the name's warning is gone after the run that follows",
    async () => {
      const service = 'Stöd i digitalt bevarande';
      const alias = 'Digitalt bevarande';
      // The example resolves this alias already: a copy of it without it, opened from the panel.
      const copy = await withTextCellEmptied(readFileSync(EXAMPLE), 'Tjänster', 'B', alias);
      const file = path.join(temporary ?? tmpdir(), 'arlig-analys-2025-utan-alias.xlsx');
      writeFileSync(file, copy.bytes);

      const page = await preview({ lang: 'sv' });
      await page.panel.getByTestId('workbook-file-input').setInputFiles(file);
      await page.panel
        .getByTestId('workbook-file')
        .filter({ hasText: path.basename(file) })
        .waitFor();
      await waitForSheet(page.panel, 'Tjänster');
      await recalculate(page, 'sv');
      const validations = await openTab(page.pane, 'tabWarnings', 'sv');
      const warning = (name: string) => validations.getByText(unknownServiceText(name));
      // Each such warning's code, alone on its detail line.
      const unknownServices = validations.getByText('UNKNOWN_SERVICE', { exact: true });

      expect(await warning(alias).count()).toBe(1);
      for (const name of UNKNOWN_IN_EXAMPLE) expect(await warning(name).count()).toBe(1);
      expect(await unknownServices.count()).toBe(UNKNOWN_IN_EXAMPLE.length + 1);

      const add = validations.getByRole('button', {
        name: addAliasText(service, 'sv'),
        exact: true,
      });
      expect(await add.count()).toBe(1);
      await add.click();
      // Nothing is written until the controller confirms what will be written where.
      await validations
        .getByRole('button', { name: LIVE_TEXTS.confirmAlias.sv, exact: true })
        .click();
      await validations.getByText(aliasAddedText({ service, alias }, 'sv')).waitFor();
      await waitUntilIdle(page, 'sv');
      await warning(alias).waitFor({ state: 'detached', timeout: WAIT_MS });

      expect(await cellValue(page.page, 'Tjänster', copy.cell)).toBe(alias);
      for (const name of UNKNOWN_IN_EXAMPLE) expect(await warning(name).count()).toBe(1);
      expect(await unknownServices.count()).toBe(UNKNOWN_IN_EXAMPLE.length);
      expect(page.errors).toEqual([]);
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'keeps a setting changed in the pane across a reload',
    async () => {
      const page = await preview({ lang: 'sv' });
      const settings = await openTab(page.pane, 'tabSettings', 'sv');
      const tolerance = settings.getByRole('textbox', { name: PANE_TEXTS.tolerance.sv });
      // The example saves no tolerance: the field is empty and says what empty means.
      await settings.getByText(toleranceHint('tkr', 'sv')).waitFor();
      expect(await tolerance.inputValue()).toBe('');
      expect(await tolerance.getAttribute('placeholder')).toBe('0,5');
      await tolerance.fill('2');
      const report = settings.getByRole('textbox', { name: PANE_TEXTS.reportSheet.sv });
      expect(await report.getAttribute('placeholder')).toBe('Sammanställning');
      await report.fill('Rapport');
      await settings.getByRole('button', { name: PANE_TEXTS.save.sv, exact: true }).click();
      await settings.getByRole('status').filter({ hasText: PANE_TEXTS.saved.sv }).waitFor();
      await page.panel
        .getByTestId('workbook-settings')
        .filter({ hasText: 'tolerans 2 tkr ' })
        .waitFor();

      await page.page.reload();
      await recalculateButton(page.pane, 'sv').waitFor();
      await waitForSheet(page.panel, 'Tjänster');
      const again = await openTab(page.pane, 'tabSettings', 'sv');
      const shown = await eventually(
        () => again.getByRole('textbox', { name: PANE_TEXTS.tolerance.sv }).inputValue(),
        (value) => value === '2',
      );
      expect(shown).toBe('2');
      expect(
        await again.getByRole('textbox', { name: PANE_TEXTS.reportSheet.sv }).inputValue(),
      ).toBe('Rapport');
      expect(await page.panel.getByTestId('workbook-settings').textContent()).toMatch(
        / · tolerans 2 tkr · /,
      );
      expect(page.errors).toEqual([]);
    },
    TEST_TIMEOUT_MS,
  );

  describe.each(['light', 'dark'] as const)(
    'accessibility of the pane (axe-core), %s theme, 320 px wide',
    (theme) => {
      let page: PreviewPage | undefined;

      beforeAll(async () => {
        // Opened here, not by `preview`: the tabs of a theme share one page, closed after them.
        // At Excel's narrowest pane, so the tabs in the strip's menu are scanned as they are met.
        page = await openKept({ lang: 'sv', theme, width: 320 });
        await recalculate(page, 'sv');
      }, TEST_TIMEOUT_MS);

      afterAll(async () => {
        await page?.close();
      });

      it.each(PANE_TABS.map((tab) => [PANE_TEXTS[tab].sv, tab] as const))(
        'has no serious or critical violation on the tab %s, after Recalculate',
        async (_name: string, tab: PaneTab) => {
          if (page === undefined) throw new Error('The page did not open.');
          await openTab(page.pane, tab, 'sv');
          // As a person sees it: the pointer off the pane, every element on screen (so colour
          // contrast is measured, not left undecided), the tab's transitions over.
          await page.page.mouse.move(VIEWPORT.width - 1, VIEWPORT.height - 1);
          const height = await page.page.evaluate(() => document.documentElement.scrollHeight);
          await page.page.setViewportSize({
            width: VIEWPORT.width,
            height: Math.max(VIEWPORT.height, height),
          });
          await page.page.waitForTimeout(300);
          const violations: AxeViolation[] = await axeViolations(page.page, PANE_SELECTOR);
          const others = violations.filter((violation) => !isBlocking(violation));
          if (others.length > 0)
            console.log(
              `axe-core, ${theme} theme, tab ${PANE_TEXTS[tab].sv}: ${others.length} minor or moderate violation(s)\n${describeViolations(others)}`,
            );
          const blocking = violations.filter(isBlocking);
          expect(describeViolations(blocking)).toBe('');
          expect(page.errors).toEqual([]);
        },
        TEST_TIMEOUT_MS,
      );
    },
  );
});
