/**
 * The Results tab in headless Chromium at the widths Excel gives a task pane (320 and 450 px), in
 * Swedish and English, after Recalculate on the example: every figure written with no-break
 * spaces (none breaks across lines), nothing wider than the pane, and an unknown figure's reason
 * a click away from its cell.
 */
import type { Language } from '../../src/engine';
import { describeInChromium } from './chromium';
import { eventually, openTab, panelSelection, recalculate } from './pane-actions';
import { usePreview } from './preview-suite';

const TEST_TIMEOUT_MS = 60_000;

describeInChromium('the Results tab at a task pane’s width', () => {
  const { preview } = usePreview({ waitForWorkbook: true });

  for (const language of ['sv', 'en'] as Language[])
    for (const width of [320, 450])
      it(
        `writes every figure unbroken and fits ${width} px (${language})`,
        async () => {
          const page = await preview({ width, lang: language });
          await recalculate(page, language);
          const panel = await openTab(page.pane, 'tabResults', language);
          const figures = await panel
            .locator('[data-figure]')
            .evaluateAll((elements) => elements.map((element) => element.textContent));
          // The tables, the bridge's text alternative, the change per service: hundreds of figures.
          expect(figures.length).toBeGreaterThan(50);
          expect(figures.filter((figure) => figure.includes(' '))).toEqual([]);
          // Grouped as the language writes it: a no-break space in Swedish, a comma in English.
          const group = language === 'sv' ? /\d\u00a0\d{3}/ : /\d,\d{3}/;
          expect(figures.filter((figure) => group.test(figure)).length).toBeGreaterThan(20);
          // A figure is one line: as tall as one line of its text.
          const wrapped = await panel
            .locator('[data-figure]')
            .evaluateAll((elements) =>
              elements
                .filter((element) => element.getClientRects().length > 1)
                .map((element) => element.textContent),
            );
          expect(wrapped).toEqual([]);
          // Nothing in the tab is wider than the tab, nor reaches past its right edge (the tab
          // strip above is the layout's, tested with the other tabs).
          const overflow = await panel.evaluate((tab) => {
            const right = tab.getBoundingClientRect().right;
            // The SVG as a box; its text elements report a scrollWidth that means nothing.
            const boxes = [...tab.querySelectorAll('*')].filter(
              (element) => !(element instanceof SVGElement) || element instanceof SVGSVGElement,
            );
            const wide = [tab, ...boxes].filter(
              (element) => element.scrollWidth > element.clientWidth + 1 && element.clientWidth > 0,
            );
            const beyond = boxes.filter(
              (element) => element.getBoundingClientRect().right > right + 1,
            );
            return [...wide, ...beyond].map(
              (element) =>
                `${element.tagName} ${Math.round(element.getBoundingClientRect().right)}>${Math.round(right)} ${element.textContent.slice(0, 40)}`,
            );
          });
          expect(overflow).toEqual([]);
          // The bridge takes the pane's width.
          const chart = await panel.getByRole('img').boundingBox();
          const box = await panel.boundingBox();
          expect(chart?.width).toBeCloseTo(box?.width ?? 0, -1);
          expect(page.errors).toEqual([]);
        },
        TEST_TIMEOUT_MS,
      );

  it(
    'selects Scenarier!D4 when the reason 2026’s total is unknown is clicked',
    async () => {
      const page = await preview({ width: 320 });
      await recalculate(page, 'sv');
      const panel = await openTab(page.pane, 'tabResults', 'sv');
      const year = panel.getByRole('table', { name: 'Scenarier 2026 (tkr)' });
      await year.getByRole('button', { name: 'basen saknas (Scenarier!D4)' }).click();
      const shown = await eventually(
        () => panelSelection(page.panel),
        (now) => now.selection === 'Scenarier!D4',
      );
      expect(shown).toEqual({ activeSheet: 'Scenarier', selection: 'Scenarier!D4' });
      expect(page.errors).toEqual([]);
    },
    TEST_TIMEOUT_MS,
  );
});
