/**
 * What the browser tests, the screenshots and the benchmark do in the What-ifs tab, by role and
 * name as a person finds them: start from a scenario, check an initiative, read a year's total,
 * name and save the what-if, open a saved one, make it a scenario, read the workbook's cells.
 */
import type { Locator, Page } from 'playwright-core';
import type { Language } from '../../src/engine';
import { ADOPTION_TEXTS } from '../../src/taskpane/whatif/adoption-texts';
import { WHATIF_TEXTS } from '../../src/taskpane/whatif/texts';
import { WAIT_MS } from './pane-actions';

/** The example's initiative the tests add to scenario 3. */
export const AI_INITIATIVE = 'Etablera förutsättningar för AI';

/** The start's select ("Utgå från"). */
export function startSelect(panel: Locator, language: Language): Locator {
  return panel.getByRole('combobox', { name: WHATIF_TEXTS.start[language], exact: true });
}

/** Starts a new what-if from scenario `id`. */
export async function startFromScenario(
  panel: Locator,
  id: string,
  language: Language,
): Promise<void> {
  await startSelect(panel, language).selectOption(`scenario:${id}`);
}

/** Opens a saved what-if by its name. */
export async function openSaved(panel: Locator, name: string, language: Language): Promise<void> {
  await startSelect(panel, language).selectOption({ label: name });
}

/** An initiative's check box, by its name. */
export function initiativeBox(panel: Locator, name: string): Locator {
  return panel.getByRole('checkbox', { name, exact: true });
}

/** The totals table of the view. */
export function totalsTable(panel: Locator, language: Language): Locator {
  return panel.getByRole('table', {
    name: new RegExp(`^${WHATIF_TEXTS.totals[language].replace(/[()]/g, '\\$&')} \\(`),
  });
}

/** The text of a year's total as shown (`1 104 676`, `okänd`). */
export async function totalOf(panel: Locator, year: number, language: Language): Promise<string> {
  const row = totalsTable(panel, language)
    .getByRole('row')
    .filter({ has: panel.page().getByRole('cell', { name: String(year), exact: true }) });
  return (await row.getByRole('cell').nth(1).textContent({ timeout: WAIT_MS })) ?? '';
}

/** Names the what-if and saves it in the workbook; waits until the pane says it is saved. */
export async function saveWhatIf(panel: Locator, name: string, language: Language): Promise<void> {
  await panel.getByRole('textbox', { name: WHATIF_TEXTS.name[language], exact: true }).fill(name);
  await panel.getByRole('button', { name: WHATIF_TEXTS.save[language], exact: true }).click();
  await panel
    .getByText(WHATIF_TEXTS.saved[language], { exact: true })
    .waitFor({ timeout: WAIT_MS });
}

/** Scenario 3 with the AI initiative added: the what-if the README's picture and tests show. */
export async function tryExampleWhatIf(panel: Locator, language: Language): Promise<void> {
  await startFromScenario(panel, '3', language);
  await initiativeBox(panel, AI_INITIATIVE).check();
}

/** Asks to make the what-if a scenario; resolves with the confirmation (or refusal) shown. */
export async function planAdoption(panel: Locator, language: Language): Promise<Locator> {
  await panel.getByRole('button', { name: ADOPTION_TEXTS.button[language], exact: true }).click();
  const shown = panel.getByRole('group', { name: ADOPTION_TEXTS.button[language], exact: true });
  const refused = panel.getByRole('alert');
  await shown.or(refused).first().waitFor({ timeout: WAIT_MS });
  return (await shown.count()) > 0 ? shown : refused;
}

/** Every cell of the named sheets, value and number format, read through `Excel.run`. */
export function sheetCells(
  page: Page,
  sheets: readonly string[],
): Promise<Record<string, { address: string; values: unknown; formats: unknown }>> {
  return page.evaluate(
    async (names) =>
      Excel.run(async (context) => {
        const ranges = names.map((name) => {
          const range = context.workbook.worksheets.getItem(name).getUsedRange();
          range.load('address,values,numberFormat');
          return range;
        });
        await context.sync();
        return Object.fromEntries(
          ranges.map((range, i) => [
            names[i] ?? '',
            {
              address: range.address,
              values: range.values as unknown,
              formats: range.numberFormat as unknown,
            },
          ]),
        );
      }),
    [...sheets],
  );
}
