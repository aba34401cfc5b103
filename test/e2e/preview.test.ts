/**
 * The built pane in headless Chromium, as `npm run preview` serves it: the real pane against the
 * simulated Excel host with the example workbook (examples/arlig-analys-2025.xlsx), the workbook
 * panel beside it showing what the pane did to the workbook. Screenshots go to test/e2e/screenshots/
 * (or E2E_SCREENSHOTS), printed at the start.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { problemMessage } from '../../src/pipeline/texts';
import { usePreview } from './preview-suite';
import { describeInChromium } from './chromium';
import type { PreviewPage } from './preview-page';
import { amountPattern, recalculateButton, VIEWPORT, waitForSheet } from './preview-page';

const ROOT = path.resolve(__dirname, '..', '..');
const SCREENSHOTS = path.resolve(
  process.env.E2E_SCREENSHOTS ?? path.join(__dirname, 'screenshots'),
);
const TEST_TIMEOUT_MS = 60_000;

/** The document's three scenario totals for 2025 (README, `npm start`). */
const TOTALS_2025 = [1_116_626, 1_121_026, 1_094_176] as const;
const RESULT_SHEETS = ['Scenariosummering', 'Kostnadsdrivare', 'Valideringar'] as const;

/**
 * The relative luminance (0 black … 1 white) of the first background painted inside the pane:
 * the Fluent provider's, which the theme sets.
 */
async function paneBackgroundLuminance(preview: PreviewPage): Promise<number> {
  const colour = await preview.pane.evaluate((pane) => {
    const painted = (element: Element): boolean => {
      const background = getComputedStyle(element).backgroundColor;
      return background !== 'transparent' && !/rgba\(.*,\s*0\)$/.test(background);
    };
    const walker = document.createTreeWalker(pane, NodeFilter.SHOW_ELEMENT);
    for (let node = walker.nextNode(); node !== null; node = walker.nextNode())
      if (node instanceof Element && painted(node)) return getComputedStyle(node).backgroundColor;
    return getComputedStyle(pane).backgroundColor;
  });
  const [r = 0, g = 0, b = 0] = (colour.match(/[\d.]+/g) ?? []).map(Number);
  const linear = (channel: number): number => {
    const c = channel / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

describeInChromium('the pane in the preview, in headless Chromium', () => {
  const { preview } = usePreview();

  async function recalculate(page: PreviewPage, language: 'sv' | 'en'): Promise<void> {
    await recalculateButton(page.pane, language).click();
    for (const total of TOTALS_2025)
      await page.pane.getByText(amountPattern(total)).first().waitFor();
    // A trial click waits until the button is enabled again: the run, and any after it, are over.
    await recalculateButton(page.pane, language).click({ trial: true });
  }

  beforeAll(() => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    console.log(`Screenshots of the pane: ${SCREENSHOTS}`);
  });

  it(
    'loads the page and renders the pane, with the example workbook open beside it, without an error',
    async () => {
      const page = await preview({ lang: 'en' });
      expect(await recalculateButton(page.pane, 'en').isEnabled()).toBe(true);
      await waitForSheet(page.panel, 'Tjänster');
      expect(await page.panel.getByTestId('workbook-file').textContent()).toBe(
        'arlig-analys-2025.xlsx',
      );
      expect(await page.panel.getByTestId('workbook-active-sheet').textContent()).toBe('Tjänster');
      expect(page.errors).toEqual([]);
    },
    TEST_TIMEOUT_MS,
  );

  it(
    "recalculates: the document's three 2025 totals show in the pane, the result sheets in the workbook",
    async () => {
      const page = await preview({ lang: 'en' });
      await recalculate(page, 'en');
      for (const sheet of RESULT_SHEETS) await waitForSheet(page.panel, sheet);
      const sheets = await page.panel.getByTestId('workbook-sheet').allTextContents();
      expect(sheets).toEqual(expect.arrayContaining([...RESULT_SHEETS]));
      expect(page.errors).toEqual([]);
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'runs the ribbon button on the session the pane shows',
    async () => {
      const page = await preview({ lang: 'sv' });
      await page.panel.getByTestId('ribbon-recalculate').click();
      // The pane was not clicked: it shows the totals because the ribbon's run is its session's.
      for (const total of TOTALS_2025)
        await page.pane.getByText(amountPattern(total)).first().waitFor();
      await waitForSheet(page.panel, 'Valideringar');
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'speaks Swedish or English as Office is set',
    async () => {
      const swedish = await preview({ lang: 'sv' });
      const english = await preview({ lang: 'en' });
      expect(await swedish.page.locator('html').getAttribute('lang')).toBe('sv');
      expect(await english.page.locator('html').getAttribute('lang')).toBe('en');
      expect(await recalculateButton(swedish.pane, 'en').count()).toBe(0);
      expect(await recalculateButton(english.pane, 'sv').count()).toBe(0);
    },
    TEST_TIMEOUT_MS,
  );

  it(
    "follows Office's theme: a dark pane in the dark theme, a light one otherwise",
    async () => {
      const dark = await preview({ theme: 'dark' });
      const light = await preview({ theme: 'light' });
      expect(await paneBackgroundLuminance(dark)).toBeLessThan(0.1);
      expect(await paneBackgroundLuminance(light)).toBeGreaterThan(0.8);
    },
    TEST_TIMEOUT_MS,
  );

  it(
    "keeps the workbook's settings across a reload, until they are forgotten",
    async () => {
      const page = await preview({ lang: 'en' });
      const settings = page.panel.getByTestId('workbook-settings');
      await settings.waitFor();
      expect(await settings.textContent()).toBe('none');
      // What the pane's settings do: save the settings part in the workbook through Excel.run.
      // An earlier version saved the unit as free text (`Mkr`): it reads as the choice MSEK.
      await page.page.evaluate(async () => {
        const xml =
          '<scenarioRecalcSettings xmlns="urn:scenario-recalc:settings:1">{"version":1,"unit":"Mkr"}</scenarioRecalcSettings>';
        await Excel.run(async (context) => {
          const part = context.workbook.customXmlParts
            .getByNamespace('urn:scenario-recalc:settings:1')
            .getOnlyItemOrNullObject();
          await context.sync();
          if (part.isNullObject) context.workbook.customXmlParts.add(xml);
          else part.setXml(xml);
          await context.sync();
        });
      });
      await page.panel.getByText(/· MSEK$/).waitFor();

      await page.page.reload();
      await recalculateButton(page.pane, 'en').waitFor();
      await page.panel.getByText(/· MSEK$/).waitFor();

      await page.panel.getByTestId('forget-settings').click();
      await page.page.waitForEvent('load');
      await waitForSheet(page.panel, 'Tjänster');
      expect(await settings.textContent()).toBe('none');
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'opens another .xlsx from the panel, and recalculates that one',
    async () => {
      const page = await preview({ lang: 'en' });
      await page.panel
        .getByTestId('workbook-file-input')
        .setInputFiles(path.join(ROOT, 'examples', 'small-english.xlsx'));
      await waitForSheet(page.panel, 'Analysis');
      expect(await page.panel.getByTestId('workbook-file').textContent()).toBe(
        'small-english.xlsx',
      );
      await recalculateButton(page.pane, 'en').click();
      await page.pane.getByText(amountPattern(1_204_100)).first().waitFor();
      await waitForSheet(page.panel, 'Scenariosummering');
      expect(page.errors).toEqual([]);
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'says why, in the panel and in the pane, when the file opened is not a workbook',
    async () => {
      const page = await preview({ lang: 'en' });
      const why = problemMessage({ kind: 'not-a-workbook' }, '', 'en');
      await page.panel
        .getByTestId('workbook-file-input')
        .setInputFiles(path.join(ROOT, 'test', 'workbook', 'xlsx', 'fixtures', 'not-xlsx.xlsx'));
      await page.panel.getByRole('alert').filter({ hasText: why }).waitFor();
      await recalculateButton(page.pane, 'en').click();
      await page.pane.getByText(why).first().waitFor();
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'takes screenshots: light and dark, Swedish and English',
    async () => {
      for (const lang of ['sv', 'en'] as const)
        for (const theme of ['light', 'dark'] as const) {
          const page = await preview({ lang, theme });
          await recalculate(page, lang);
          // As a person would see it: the pointer off the button, its colour's transition over.
          await page.page.mouse.move(VIEWPORT.width - 1, VIEWPORT.height - 1);
          const still = { animations: 'disabled', caret: 'hide' } as const;
          await page.page.screenshot({
            ...still,
            path: path.join(SCREENSHOTS, `preview-${lang}-${theme}.png`),
          });
          await page.pane.screenshot({
            ...still,
            path: path.join(SCREENSHOTS, `pane-${lang}-${theme}.png`),
          });
        }
      console.log(`Screenshots saved in ${SCREENSHOTS}`);
    },
    TEST_TIMEOUT_MS,
  );
});
