/**
 * The pane at the widths Excel gives a task pane (320 px when first opened, 450 px), in Swedish
 * and English, light and dark, in headless Chromium against the preview: no tab scrolls sideways
 * (the pane's root and every element that could scroll, measured, and no element reaching past
 * the pane's edge), tabs that do not fit are in the strip's menu and choosing one does not move
 * the pane; and what the pane says around a run — the first open's sentence, the one-line outcome,
 * the button that shows the summary sheet.
 */
import type { Locator } from 'playwright-core';
import type { Language } from '../../src/engine';
import { DEFAULT_RESULT_SHEETS } from '../../src/engine';
import { FRAME_TEXTS, firstRunText, PANE_TEXTS } from '../../src/taskpane/texts';
import { describeInChromium } from './chromium';
import type { PaneTab } from './pane-actions';
import {
  eventually,
  moreTabsButton,
  openTab,
  outcomeLine,
  PANE_TABS,
  panelSelection,
  recalculate,
} from './pane-actions';
import type { PreviewPage } from './preview-page';
import { amountPattern } from './preview-page';
import { usePreview } from './preview-suite';

const TEST_TIMEOUT_MS = 60_000;
const WIDTHS = [320, 450] as const;
const LANGUAGES: readonly Language[] = ['sv', 'en'];
const THEMES = ['light', 'dark'] as const;

interface Overflow {
  /** How many elements on screen were measured. */
  readonly measured: number;
  /** Each element that scrolls sideways or reaches past the pane's edge, said how. */
  readonly problems: readonly string[];
  /** The pane's width as laid out, and how far the pane and the page are scrolled sideways. */
  readonly paneWidth: number;
  readonly scrolledBy: number;
}

/**
 * Measures the pane as it is laid out now: its root's and every scrolling descendant's
 * `scrollWidth` against `clientWidth`, and every element's box against the pane's edges.
 */
function measureOverflow(pane: Locator): Promise<Overflow> {
  return pane.evaluate((root) => {
    const name = (element: Element): string => {
      const classes = (element.getAttribute('class') ?? '').split(/\s+/).filter((c) => c !== '');
      const text = element.textContent.trim().replace(/\s+/g, ' ').slice(0, 40);
      return `<${element.tagName.toLowerCase()}${classes.length > 0 ? ` class="${classes.slice(0, 2).join(' ')}"` : ''}> "${text}"`;
    };
    const edges = root.getBoundingClientRect();
    const problems: string[] = [];
    let measured = 0;
    for (const element of [root, ...Array.from(root.querySelectorAll('*'))]) {
      const style = getComputedStyle(element);
      const box = element.getBoundingClientRect();
      if (style.display === 'none' || style.visibility === 'hidden') continue;
      if (box.width === 0 && box.height === 0) continue;
      measured += 1;
      const scrolls = element === root || !['visible', 'clip'].includes(style.overflowX);
      if (scrolls && element.scrollWidth > element.clientWidth)
        problems.push(
          `${name(element)}: scrollWidth ${element.scrollWidth} > clientWidth ${element.clientWidth}`,
        );
      if (box.right > edges.right + 0.5 || box.left < edges.left - 0.5)
        problems.push(
          `${name(element)}: spans ${box.left.toFixed(1)}–${box.right.toFixed(1)} px, the pane ${edges.left.toFixed(1)}–${edges.right.toFixed(1)} px`,
        );
    }
    const page = document.scrollingElement;
    return {
      measured,
      problems,
      paneWidth: root.clientWidth,
      scrolledBy: Math.max(root.scrollLeft, page?.scrollLeft ?? 0, window.scrollX),
    };
  });
}

/** The tab, in the strip and chosen, and its panel shown: what a measurement of a tab stands on. */
async function expectShown(pane: Locator, tab: PaneTab, language: Language): Promise<void> {
  const name = PANE_TEXTS[tab][language];
  const chosen = pane.getByRole('tab', { name, exact: true, selected: true });
  expect(await chosen.count()).toBe(1);
  expect(await chosen.isVisible()).toBe(true);
  const panel = pane.getByRole('tabpanel', { name, exact: true });
  expect(((await panel.boundingBox())?.height ?? 0) > 20).toBe(true);
}

describeInChromium('the pane at 320 and 450 px, in headless Chromium', () => {
  const { preview, openKept } = usePreview({ waitForWorkbook: true });

  describe.each(
    WIDTHS.flatMap((width) =>
      LANGUAGES.flatMap((lang) => THEMES.map((theme) => [width, lang, theme] as const)),
    ),
  )('at %i px, %s, %s theme', (width, lang, theme) => {
    let page: PreviewPage | undefined;
    /** The tabs chosen from the strip's menu, for the check that the menu was really used. */
    const fromMenu: PaneTab[] = [];

    beforeAll(async () => {
      page = await openKept({ lang, theme, width });
      await recalculate(page, lang);
    }, TEST_TIMEOUT_MS);

    afterAll(async () => {
      await page?.close();
    });

    it.each(PANE_TABS.map((tab) => [PANE_TEXTS[tab][lang], tab] as const))(
      'shows the tab %s without scrolling sideways',
      async (_name: string, tab: PaneTab) => {
        if (page === undefined) throw new Error('The page did not open.');
        const inStrip = await page.pane
          .getByRole('tab', { name: PANE_TEXTS[tab][lang], exact: true })
          .count();
        if (inStrip === 0) fromMenu.push(tab);
        await openTab(page.pane, tab, lang);
        await page.page.waitForTimeout(200);
        await expectShown(page.pane, tab, lang);
        const measured = await measureOverflow(page.pane);
        // The pane is laid out at the width asked for (its border aside), not wider.
        expect(measured.paneWidth).toBeLessThanOrEqual(width);
        expect(measured.paneWidth).toBeGreaterThanOrEqual(width - 1);
        expect(measured.measured).toBeGreaterThan(30);
        expect(measured.problems).toEqual([]);
        expect(measured.scrolledBy).toBe(0);
        expect(page.errors).toEqual([]);
      },
      TEST_TIMEOUT_MS,
    );

    if (width === 320)
      it('put the tabs that do not fit at 320 px in the strip’s menu, and they were chosen there', () => {
        expect(fromMenu.length).toBeGreaterThan(0);
      });
  });

  it(
    'finds an overflow when there is one: an element wider than the pane is reported',
    async () => {
      const page = await preview({ lang: 'sv', width: 320 });
      const panel = await openTab(page.pane, 'tabResults', 'sv');
      expect((await measureOverflow(page.pane)).problems).toEqual([]);
      await panel.evaluate((element) => {
        const wide = document.createElement('div');
        wide.style.width = '400px';
        wide.textContent = 'wider than the pane';
        element.append(wide);
      });
      const measured = await measureOverflow(page.pane);
      expect(measured.problems).toEqual(
        expect.arrayContaining([
          expect.stringMatching(/^<div[^>]*> .*: scrollWidth \d+ > clientWidth 320$/),
          expect.stringMatching(/^<div> "wider than the pane": spans /),
        ]),
      );
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'keeps the tab strip in place when a tab is chosen from its menu',
    async () => {
      const page = await preview({ lang: 'sv', width: 320 });
      const strip = page.pane.getByRole('tablist');
      const before = await strip.boundingBox();
      await moreTabsButton(page.pane, 'sv').click();
      await page.page
        .getByRole('menuitem', { name: PANE_TEXTS.tabSettings.sv, exact: true })
        .click();
      await page.pane
        .getByRole('tab', { name: PANE_TEXTS.tabSettings.sv, exact: true, selected: true })
        .waitFor();
      expect(await strip.boundingBox()).toEqual(before);
      expect((await measureOverflow(page.pane)).scrolledBy).toBe(0);
    },
    TEST_TIMEOUT_MS,
  );

  describe.each(LANGUAGES)('around a run, at 320 px, %s', (lang) => {
    it(
      'says on the first open what Recalculate will do, then the outcome in one line with no totals',
      async () => {
        const page = await preview({ lang, width: 320 });
        const status = page.pane.getByRole('status').first();
        const report = lang === 'sv' ? 'Sammanställning' : 'Summary';
        await status
          .getByText(firstRunText(Object.values(DEFAULT_RESULT_SHEETS), report, lang), {
            exact: true,
          })
          .waitFor();

        await recalculate(page, lang);
        const line = outcomeLine(page.pane, lang);
        expect(await line.count()).toBe(1);
        // Written, the example's warnings (it has no error), the time with one decimal.
        expect(await line.textContent()).toMatch(
          lang === 'sv'
            ? /^Resultatbladen skrevs · \d+ varningar · <? ?\d+,\d s$/
            : /^The result sheets were written · \d+ warnings · <? ?\d+\.\d s$/,
        );
        // The totals are in the Results tab, not repeated above the tabs.
        expect(await status.textContent()).not.toMatch(amountPattern(1_116_626));
        expect(await status.textContent()).not.toContain(
          firstRunText(Object.values(DEFAULT_RESULT_SHEETS), report, lang),
        );
      },
      TEST_TIMEOUT_MS,
    );

    it(
      'shows the summary sheet in the workbook when asked',
      async () => {
        const page = await preview({ lang, width: 320 });
        await recalculate(page, lang);
        await page.pane
          .getByRole('button', { name: FRAME_TEXTS.showReport[lang], exact: true })
          .click();
        const report = lang === 'sv' ? 'Sammanställning' : 'Summary';
        const shown = await eventually(
          () => panelSelection(page.panel),
          (now) => now.activeSheet === report,
        );
        expect(shown.activeSheet).toBe(report);
        expect(page.errors).toEqual([]);
      },
      TEST_TIMEOUT_MS,
    );
  });
});
