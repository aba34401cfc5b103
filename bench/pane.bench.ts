/**
 * How soon the pane can be used: the production build of the preview (the real pane against the
 * simulated host, `npm run preview`) loaded in headless Chromium, each time in a fresh browser
 * context (nothing cached), and the median of the runs of:
 *
 * - navigation start → the pane's Recalculate button visible and enabled (the pane is interactive);
 * - navigation start → first contentful paint;
 * - navigation start → the example workbook read (ExcelJS's chunk, the preview's cost, not the pane's);
 * - a click on Recalculate → the three 2025 scenario totals shown;
 * - in the What-ifs tab, a click on an initiative's check box → the what-if's 2025 total changed
 *   on screen (in the DOM), and → the next frame after it (the change painted), at the example's
 *   size and at 100× (`?scale=100`: its tables repeated, as bench/excel.bench.ts grows them).
 *
 *   npm run bench:pane            # 7 runs
 *   RUNS=11 npm run bench:pane
 *
 * In Excel, office.js (from Microsoft's CDN) loads before the pane's scripts: add its load time to
 * the first figure. The preview is built into a temporary folder (PREVIEW_DIST: serve one built
 * already). Needs Chromium (CHROMIUM_PATH or /usr/bin/chromium).
 */
import os from 'node:os';
import type { Browser } from 'playwright-core';
import { PANE_TEXTS } from '../src/taskpane/texts';
import { chromiumExists, chromiumPath, launchChromium } from '../test/e2e/chromium';
import { openTab } from '../test/e2e/pane-actions';
import {
  amountPattern,
  openPreview,
  recalculateButton,
  waitForSheet,
} from '../test/e2e/preview-page';
import { AI_INITIATIVE, initiativeBox, totalsTable } from '../test/e2e/whatif-actions';
import { startPreview } from '../test/e2e/preview-site';

const TOTALS_2025 = [1_116_626, 1_121_026, 1_094_176] as const;
const LANGUAGE = 'sv';
const TIMEOUT_MS = 30_000;

interface Run {
  readonly interactive: number;
  readonly firstPaint: number;
  readonly workbookRead: number;
  readonly recalculation: number;
}

/** Page-clock times in ms; -1 until seen. */
interface Marks {
  interactive: number;
  workbookRead: number;
}

/**
 * Installed before the page's own scripts: notes, on the page's clock (0 = navigation start), the
 * first moment the pane holds an enabled Recalculate button, and when the panel first lists sheets.
 */
function watchThePane(name: string): void {
  const marks: Marks = { interactive: -1, workbookRead: -1 };
  Object.assign(window, { paneBenchMarks: marks });
  const check = (): void => {
    const pane = document.getElementById('pane');
    if (marks.interactive < 0 && pane !== null) {
      const button = [...pane.querySelectorAll('button')].find(
        (b) => b.textContent.trim() === name && !b.disabled && b.getClientRects().length > 0,
      );
      if (button !== undefined) marks.interactive = performance.now();
    }
    if (marks.workbookRead < 0 && document.querySelector('[data-testid="workbook-sheet"]') !== null)
      marks.workbookRead = performance.now();
  };
  new MutationObserver(check).observe(document, {
    subtree: true,
    childList: true,
    attributes: true,
    characterData: true,
  });
}

async function once(browser: Browser, url: string): Promise<Run> {
  const preview = await openPreview(browser, url, { lang: LANGUAGE }, async (context) => {
    await context.addInitScript(watchThePane, PANE_TEXTS.recalculate[LANGUAGE]);
  });
  try {
    const marks = await preview.page.waitForFunction(
      () => {
        const { interactive, workbookRead } = (window as unknown as { paneBenchMarks: Marks })
          .paneBenchMarks;
        return interactive >= 0 && workbookRead >= 0 ? { interactive, workbookRead } : null;
      },
      undefined,
      { timeout: TIMEOUT_MS },
    );
    const { interactive, workbookRead } = (await marks.jsonValue()) as Marks;
    const firstPaint = await preview.page.evaluate(
      () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN,
    );
    const clicked = Date.now();
    await recalculateButton(preview.pane, LANGUAGE).click();
    for (const total of TOTALS_2025)
      await preview.pane.getByText(amountPattern(total)).first().waitFor({ timeout: TIMEOUT_MS });
    return { interactive, firstPaint, workbookRead, recalculation: Date.now() - clicked };
  } finally {
    await preview.close();
  }
}

/** Clicks on a what-if's check box, each timed (ms) to the total's change and to the next frame. */
interface Clicks {
  readonly changed: readonly number[];
  readonly painted: readonly number[];
  readonly initiatives: number;
}

/** Clicks on the AI initiative's check box `clicks` times (on, off, on …) after one to warm up. */
async function whatIfClicks(
  browser: Browser,
  url: string,
  scale: number,
  clicks: number,
): Promise<Clicks> {
  const preview = await openPreview(browser, url, { lang: LANGUAGE, scale });
  try {
    await recalculateButton(preview.pane, LANGUAGE).waitFor({ timeout: TIMEOUT_MS * 4 });
    await waitForSheet(preview.panel, 'Tjänster');
    const panel = await openTab(preview.pane, 'tabWhatIfs', LANGUAGE);
    await totalsTable(panel, LANGUAGE).waitFor({ timeout: TIMEOUT_MS * 4 });
    const box = initiativeBox(panel, AI_INITIATIVE);
    await box.waitFor({ timeout: TIMEOUT_MS });
    const initiatives = await panel.getByRole('checkbox').count();
    const changed: number[] = [];
    const painted: number[] = [];
    const handle = await box.elementHandle();
    for (let i = 0; i <= clicks; i += 1) {
      // In the page: the click, then the first mutation of the 2025 total's cell, then the frame.
      const timed = await panel.evaluate(
        (root, input) =>
          new Promise<{ changed: number; painted: number }>((resolve, reject) => {
            const table = [...root.querySelectorAll('table')].find((t) =>
              (t.querySelector('caption')?.textContent ?? '').startsWith(input.caption),
            );
            const row = [...(table?.querySelectorAll('tr') ?? [])].find(
              (r) => r.querySelector('td')?.textContent === '2025',
            );
            const cell = row?.querySelectorAll('td')[1];
            if (cell === undefined) {
              reject(new Error('No 2025 total or check box.'));
              return;
            }
            const before = cell.textContent;
            const start = performance.now();
            const observer = new MutationObserver(() => {
              if (cell.textContent === before) return;
              observer.disconnect();
              const changedAt = performance.now() - start;
              requestAnimationFrame(() => {
                setTimeout(() => {
                  resolve({ changed: changedAt, painted: performance.now() - start });
                }, 0);
              });
            });
            observer.observe(cell, { subtree: true, childList: true, characterData: true });
            (input.box as HTMLElement).click();
          }),
        { caption: 'Summering per år', box: handle },
      );
      if (i === 0) continue; // the first click warms up the view
      changed.push(timed.changed);
      painted.push(timed.painted);
    }
    return { changed, painted, initiatives };
  } finally {
    await preview.close();
  }
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? Number.NaN)
    : ((sorted[middle - 1] ?? Number.NaN) + (sorted[middle] ?? Number.NaN)) / 2;
}

const ms = (value: number): string => `${Math.round(value)} ms`;

async function main(): Promise<void> {
  if (!chromiumExists())
    throw new Error(
      `No Chromium at ${chromiumPath()}: apt-get install -y chromium, or set CHROMIUM_PATH.`,
    );
  const runs = Math.max(1, Number(process.env.RUNS ?? '7'));
  console.log(
    process.env.PREVIEW_DIST === undefined ? 'Building the preview…' : 'Serving PREVIEW_DIST…',
  );
  const site = await startPreview();
  const browser = await launchChromium();
  try {
    await once(browser, site.url); // a first load warms the server and the browser process
    const measured: Run[] = [];
    for (let i = 0; i < runs; i += 1) measured.push(await once(browser, site.url));
    const row = (label: string, values: readonly number[]): string =>
      `  ${label.padEnd(56)} median ${ms(median(values)).padStart(7)}   (min ${ms(Math.min(...values))}, max ${ms(Math.max(...values))})`;
    console.log(
      `The pane in the preview, headless Chromium ${browser.version()}, ${os.cpus().length} cores, ` +
        `${runs} loads each in a fresh context (after one to warm up):`,
    );
    console.log(
      row(
        'navigation start → Recalculate visible and enabled',
        measured.map((r) => r.interactive),
      ),
    );
    console.log(
      row(
        'navigation start → first contentful paint',
        measured.map((r) => r.firstPaint),
      ),
    );
    console.log(
      row(
        'navigation start → example workbook read (preview only)',
        measured.map((r) => r.workbookRead),
      ),
    );
    console.log(
      row(
        'click on Recalculate → the three 2025 totals shown',
        measured.map((r) => r.recalculation),
      ),
    );
    console.log('In Excel, add the time office.js takes to load from the CDN before the pane.');
    const clicks = Math.max(7, runs);
    for (const scale of [1, 100]) {
      const timed = await whatIfClicks(browser, site.url, scale, clicks);
      const size = scale === 1 ? 'the example' : `${scale}× the example`;
      console.log(
        `What-ifs tab, ${size} (${timed.initiatives} initiatives listed), ${clicks} clicks on a check box after one to warm up:`,
      );
      console.log(row('click → the 2025 total changed on screen', timed.changed));
      console.log(row('click → the next frame after it (painted)', timed.painted));
    }
  } finally {
    await browser.close();
    await site.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});
