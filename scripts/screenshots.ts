/**
 * The README's pictures of the pane: the preview (the real pane against the simulated host and the
 * example workbook) in headless Chromium, the pane 320 px wide as Excel first gives it, in Swedish,
 * after Recalculate; one PNG per tab (results, what-ifs, validations, tables, settings) in
 * docs/images/.
 *
 *   npm run screenshots
 *   SCREENSHOTS_OUT=/tmp/shots SCREENSHOT_LANG=en SCREENSHOT_THEME=dark SCREENSHOT_WIDTH=450 npm run screenshots
 *
 * Builds the preview into a temporary folder first (PREVIEW_DIST: use one built already), as the
 * browser tests do. Needs Chromium (CHROMIUM_PATH or /usr/bin/chromium).
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Language } from '../src/engine';
import { launchChromium } from '../test/e2e/chromium';
import type { PaneTab } from '../test/e2e/pane-actions';
import { openTab, PANE_TABS, recalculate } from '../test/e2e/pane-actions';
import { openPreview, recalculateButton, waitForSheet } from '../test/e2e/preview-page';
import { tryExampleWhatIf } from '../test/e2e/whatif-actions';
import { startPreview } from '../test/e2e/preview-site';

const ROOT = path.resolve(__dirname, '..');

/** The file each tab's picture is saved as, e.g. pane-results.png. */
const FILES: Readonly<Record<PaneTab, string>> = {
  tabResults: 'pane-results',
  tabWhatIfs: 'pane-whatif',
  tabWarnings: 'pane-validations',
  tabTables: 'pane-tables',
  tabSettings: 'pane-settings',
};

/** The most of the pane a picture shows, in px: about what a laptop's Excel window shows at once. */
const MAX_HEIGHT = 900;

async function main(): Promise<void> {
  const out = path.resolve(process.env.SCREENSHOTS_OUT ?? path.join(ROOT, 'docs', 'images'));
  const lang: Language = process.env.SCREENSHOT_LANG === 'en' ? 'en' : 'sv';
  const theme = process.env.SCREENSHOT_THEME === 'dark' ? 'dark' : 'light';
  const width = Number(process.env.SCREENSHOT_WIDTH ?? 320);
  // Only the default pictures keep the README's names; any other variant says what it is.
  const suffix =
    lang === 'sv' && theme === 'light' && width === 320 ? '' : `-${lang}-${theme}-${width}`;
  mkdirSync(out, { recursive: true });
  const site = await startPreview();
  const browser = await launchChromium();
  try {
    const page = await openPreview(browser, site.url, { lang, theme, width });
    await recalculateButton(page.pane, lang).waitFor();
    await waitForSheet(page.panel, 'Tjänster');
    await recalculate(page, lang);
    for (const tab of PANE_TABS) {
      const panel = await openTab(page.pane, tab, lang);
      // The what-if view as a controller tries one: scenario 3 with the AI initiative added.
      if (tab === 'tabWhatIfs') {
        await tryExampleWhatIf(panel, lang);
        // Checking the box scrolled it into view: the picture starts at the pane's top.
        await page.pane.evaluate((pane) => {
          pane.scrollTop = 0;
          window.scrollTo(0, 0);
        });
      }
      // As a person sees it: the pointer off the pane, the tab's transition over.
      await page.page.mouse.move(999, 899);
      await page.page.waitForTimeout(300);
      const file = path.join(out, `${FILES[tab]}${suffix}.png`);
      // The pane's content (Fluent's provider), not the empty frame below it, and no taller than
      // a task pane in a laptop's Excel window shows at once.
      const box = await page.pane.locator(':scope > div').first().boundingBox();
      if (box === null) throw new Error(`The pane shows nothing on ${tab}.`);
      await page.page.screenshot({
        path: file,
        animations: 'disabled',
        fullPage: true,
        clip: { x: box.x, y: box.y, width: box.width, height: Math.min(box.height, MAX_HEIGHT) },
      });
      console.log(path.relative(process.cwd(), file));
    }
    if (page.errors.length > 0) throw new Error(`The page reported:\n${page.errors.join('\n')}`);
    await page.close();
  } finally {
    await browser.close();
    await site.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
