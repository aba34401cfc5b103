/**
 * The preview for a suite of browser tests: built and served once, one Chromium for the suite, a
 * fresh page (its own storage) per test, all closed after. Call inside `describeInChromium`.
 */
import type { Browser } from 'playwright-core';
import { launchChromium } from './chromium';
import type { PreviewPage, PreviewQuery } from './preview-page';
import { openPreview, recalculateButton, waitForSheet } from './preview-page';
import type { PreviewSite } from './preview-site';
import { PREVIEW_BUILD_TIMEOUT_MS, startPreview } from './preview-site';

/**
 * Registers the suite's hooks and gives the function that opens a page whose pane is interactive
 * (and, with `waitForWorkbook`, whose example workbook has been read).
 */
export function usePreview(options: { readonly waitForWorkbook?: boolean } = {}): {
  /** A page closed after its test. */
  readonly preview: (query?: PreviewQuery) => Promise<PreviewPage>;
  /** A page its opener closes (for tests that share one). */
  readonly openKept: (query?: PreviewQuery) => Promise<PreviewPage>;
} {
  let site: PreviewSite | undefined;
  let browser: Browser | undefined;
  const open: PreviewPage[] = [];

  beforeAll(async () => {
    site = await startPreview();
    browser = await launchChromium();
  }, PREVIEW_BUILD_TIMEOUT_MS);

  afterEach(async () => {
    await Promise.all(open.splice(0).map((page) => page.close()));
  });

  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  const openKept = async (query: PreviewQuery = {}): Promise<PreviewPage> => {
    if (browser === undefined || site === undefined) throw new Error('The preview did not start.');
    const page = await openPreview(browser, site.url, query);
    await recalculateButton(page.pane, query.lang ?? 'sv').waitFor();
    if (options.waitForWorkbook === true) await waitForSheet(page.panel, 'Tjänster');
    return page;
  };
  return {
    openKept,
    preview: async (query = {}) => {
      const page = await openKept(query);
      open.push(page);
      return page;
    },
  };
}
