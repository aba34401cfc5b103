/**
 * The pane at 320 px, live: an edit typed into an input table while the pane is open brings the
 * out-of-date notice, whose own button recalculates and clears it (an edit on a result sheet
 * brings nothing); an alias from a suggestion is written only once confirmed, noted beside its
 * warning, and its undo puts the cell's earlier text back; a filter that matches nothing says so.
 * Screenshots of each go to $PANE_SCREENSHOTS when it is set, for a person to look at.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Language } from '../../src/engine';
import {
  addAliasText,
  aliasAddedText,
  aliasUndoneText,
  aliasWriteText,
  LIVE_TEXTS,
  PANE_TEXTS,
  reasonText,
} from '../../src/taskpane/texts';
import { axeViolations, describeViolations, isBlocking } from './axe';
import { describeInChromium } from './chromium';
import {
  cellValue,
  openTab,
  recalculate,
  WAIT_MS,
  waitUntilIdle,
  withTextCellEmptied,
} from './pane-actions';
import type { Locator } from 'playwright-core';
import type { PreviewPage } from './preview-page';
import { waitForSheet } from './preview-page';
import { usePreview } from './preview-suite';

const ROOT = path.resolve(__dirname, '..', '..');
const EXAMPLE = path.join(ROOT, 'examples', 'arlig-analys-2025.xlsx');
const TEST_TIMEOUT_MS = 90_000;
const PANE_SELECTOR = '[data-testid="pane"]';

/** Types into a cell through the panel, as the user types into Excel beside the pane. */
async function typeIntoCell(
  page: PreviewPage,
  sheet: string,
  cell: string,
  value: string,
): Promise<void> {
  const form = page.panel.getByTestId('edit-cell');
  await form.getByTestId('edit-cell-sheet').selectOption(sheet);
  await form.getByTestId('edit-cell-address').fill(cell);
  await form.getByTestId('edit-cell-value').fill(value);
  await form.getByTestId('edit-cell-apply').click();
}

/**
 * A picture of the pane, as far down as `around` reaches (the pane's top 600 px without it), for
 * a person to look at: only when $PANE_SCREENSHOTS names a folder.
 */
async function screenshot(page: PreviewPage, name: string, around?: Locator): Promise<void> {
  const folder = process.env.PANE_SCREENSHOTS;
  if (folder === undefined || folder === '') return;
  await around?.scrollIntoViewIfNeeded();
  const pane = await page.pane.boundingBox();
  const target = around === undefined ? null : await around.boundingBox();
  if (pane === null) return;
  const bottom = target === null ? pane.y + 600 : target.y + target.height + 16;
  const top = Math.max(pane.y, bottom - 600);
  await page.page.screenshot({
    path: path.join(folder, `${name}.png`),
    clip: { x: pane.x, y: top, width: pane.width, height: bottom - top },
  });
}

/** No serious or critical axe violation in the pane as it is now. */
async function expectAxeClean(page: PreviewPage): Promise<void> {
  await page.page.mouse.move(0, 0);
  await page.page.waitForTimeout(300);
  const violations = await axeViolations(page.page, PANE_SELECTOR);
  expect(describeViolations(violations.filter(isBlocking))).toBe('');
}

function notice(page: PreviewPage, language: Language) {
  return page.pane.getByText(PANE_TEXTS.outOfDate[language]);
}

describeInChromium('the pane notices edits and takes back an alias, at 320 px', () => {
  const { preview } = usePreview({ waitForWorkbook: true });
  let temporary: string | undefined;

  beforeAll(() => {
    temporary = mkdtempSync(path.join(tmpdir(), 'pane-live-'));
  });

  afterAll(() => {
    if (temporary !== undefined) rmSync(temporary, { recursive: true, force: true });
  });

  it.each(['sv', 'en'] as const)(
    'says the result sheets are out of date after an edit in an input table, and its button clears it (%s)',
    async (language) => {
      const page = await preview({ lang: language, width: 320 });
      await recalculate(page, language);
      expect(await notice(page, language).count()).toBe(0);

      // A figure typed into a result sheet is no input: the pane has nothing to say.
      await typeIntoCell(page, 'Scenariosummering', 'Z40', '1');
      await page.page.waitForTimeout(1_500);
      expect(await notice(page, language).count()).toBe(0);

      // The services' 2025 proposal of the first service, changed beside the pane.
      await typeIntoCell(page, 'Tjänster', 'F4', '30000');
      await notice(page, language).waitFor({ timeout: WAIT_MS });
      const now = page.pane.getByRole('button', {
        name: LIVE_TEXTS.recalculateNow[language],
        exact: true,
      });
      expect(await now.count()).toBe(1);
      await screenshot(page, `live-out-of-date-320-${language}`);
      // The notice fits the pane: its button is not cut off at the right.
      const fits = await page.pane
        .getByRole('button', { name: LIVE_TEXTS.recalculateNow[language], exact: true })
        .evaluate((button) => {
          const pane = document.querySelector('[data-testid="pane"]');
          return (
            pane !== null &&
            button.getBoundingClientRect().right <= pane.getBoundingClientRect().right
          );
        });
      expect(fits).toBe(true);
      await expectAxeClean(page);

      await now.click();
      await waitUntilIdle(page, language);
      await notice(page, language).waitFor({ state: 'detached', timeout: WAIT_MS });
      expect(page.errors).toEqual([]);
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'writes an alias only once confirmed, notes it beside its warning, and its undo puts the cell back exactly',
    async () => {
      const service = 'Stöd i digitalt bevarande';
      const alias = 'Digitalt bevarande';
      const copy = await withTextCellEmptied(readFileSync(EXAMPLE), 'Tjänster', 'B', alias);
      const file = path.join(temporary ?? tmpdir(), 'arlig-analys-2025-utan-alias.xlsx');
      writeFileSync(file, copy.bytes);

      const page = await preview({ lang: 'sv', width: 320 });
      await page.panel.getByTestId('workbook-file-input').setInputFiles(file);
      await page.panel
        .getByTestId('workbook-file')
        .filter({ hasText: path.basename(file) })
        .waitFor();
      await waitForSheet(page.panel, 'Tjänster');
      await recalculate(page, 'sv');
      const before = await cellValue(page.page, 'Tjänster', copy.cell);

      const validations = await openTab(page.pane, 'tabWarnings', 'sv');
      const add = validations.getByRole('button', {
        name: addAliasText(service, 'sv'),
        exact: true,
      });
      // Why it is suggested, beside the suggestion: the name's every word is in the service's.
      expect(await add.getAttribute('aria-describedby')).not.toBeNull();
      await validations.getByText(reasonText('words', 'sv')).first().waitFor();
      await add.click();
      const confirmation = validations.getByText(
        aliasWriteText({ text: alias, cell: `Tjänster!${copy.cell}`, service }, 'sv'),
      );
      await confirmation.waitFor();
      // Asking wrote nothing.
      expect(await cellValue(page.page, 'Tjänster', copy.cell)).toEqual(before);
      await screenshot(
        page,
        'alias-confirm-320-sv',
        validations.getByRole('button', { name: LIVE_TEXTS.cancelAlias.sv, exact: true }),
      );
      await expectAxeClean(page);

      await validations
        .getByRole('button', { name: LIVE_TEXTS.confirmAlias.sv, exact: true })
        .click();
      const added = validations.getByText(aliasAddedText({ service, alias }, 'sv'));
      await added.waitFor();
      await waitUntilIdle(page, 'sv');
      expect(await cellValue(page.page, 'Tjänster', copy.cell)).toBe(alias);
      // The note stays where the warning was, in the list, not above it.
      const item = validations
        .getByRole('listitem')
        .filter({ hasText: aliasAddedText({ service, alias }, 'sv') });
      expect(await item.count()).toBe(1);
      await screenshot(page, 'alias-added-320-sv', item);

      await item.getByRole('button', { name: LIVE_TEXTS.undoAlias.sv, exact: true }).click();
      await validations.getByText(aliasUndoneText(`Tjänster!${copy.cell}`, 'sv')).waitFor();
      await waitUntilIdle(page, 'sv');
      expect(await cellValue(page.page, 'Tjänster', copy.cell)).toEqual(before);
      // And the run after it finds the name unknown again, with its suggestion back.
      await add.waitFor({ timeout: WAIT_MS });
      await screenshot(page, 'alias-undone-320-sv', add);
      expect(page.errors).toEqual([]);
    },
    TEST_TIMEOUT_MS,
  );

  it.each(['light', 'dark'] as const)(
    'says so when the filter matches nothing, and shows all again on request (%s theme)',
    async (theme) => {
      const page = await preview({ lang: 'sv', width: 320, theme });
      await recalculate(page, 'sv');
      const validations = await openTab(page.pane, 'tabWarnings', 'sv');
      const info = validations.getByRole('button', { name: /^Info \(\d+\)$/ });
      await info.click();
      expect(await info.getAttribute('aria-pressed')).toBe('false');
      expect(
        await validations
          .getByRole('button', { name: /^Varning \(\d+\)$/ })
          .getAttribute('aria-pressed'),
      ).toBe('true');
      await screenshot(page, `filter-toggles-320-${theme}`, info);

      await validations
        .getByRole('textbox', { name: PANE_TEXTS.filter.sv })
        .fill('ingen validering säger så här');
      await validations.getByText(LIVE_TEXTS.noMatches.sv).waitFor();
      expect(await validations.getByRole('heading').count()).toBe(0);
      await screenshot(
        page,
        `filter-empty-320-${theme}`,
        validations.getByRole('button', { name: LIVE_TEXTS.clearFilter.sv, exact: true }),
      );
      await expectAxeClean(page);

      await validations
        .getByRole('button', { name: LIVE_TEXTS.clearFilter.sv, exact: true })
        .click();
      expect(
        await validations.getByRole('textbox', { name: PANE_TEXTS.filter.sv }).inputValue(),
      ).toBe('');
      expect(await info.getAttribute('aria-pressed')).toBe('true');
      expect(await validations.getByText(LIVE_TEXTS.noMatches.sv).count()).toBe(0);
      expect(await validations.getByRole('heading').count()).toBeGreaterThan(0);
      expect(page.errors).toEqual([]);
    },
    TEST_TIMEOUT_MS,
  );
});
