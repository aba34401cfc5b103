/**
 * The preview page as a person sees it, for the browser tests and the pane's benchmark: the pane
 * (queried by role and name, in its language) and the workbook panel beside it (by test id).
 */
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import type { Language } from '../../src/engine';
import { PANE_TEXTS } from '../../src/taskpane/texts';

/** Room for the 350 px pane and the workbook panel beside it. */
export const VIEWPORT = { width: 1000, height: 900 } as const;

export interface PreviewPage {
  readonly context: BrowserContext;
  readonly page: Page;
  /** Uncaught errors and console errors since the page opened. */
  readonly errors: string[];
  readonly pane: Locator;
  readonly panel: Locator;
  close(): Promise<void>;
}

export interface PreviewQuery {
  readonly lang?: Language;
  readonly theme?: 'light' | 'dark';
  /** The pane's width in px, as Excel gives a task pane (320 or 450); 350 when not given. */
  readonly width?: number;
  /** The example's tables repeated this many times (the pane's benchmark at 100×). */
  readonly scale?: number;
}

export function previewUrl(base: string, query: PreviewQuery = {}): string {
  const url = new URL(base);
  if (query.lang !== undefined) url.searchParams.set('lang', query.lang);
  if (query.theme !== undefined) url.searchParams.set('theme', query.theme);
  if (query.width !== undefined) url.searchParams.set('width', String(query.width));
  if (query.scale !== undefined) url.searchParams.set('scale', String(query.scale));
  return url.href;
}

/**
 * Opens the preview in a context of its own (its own storage and cache), and waits for the page's
 * load. `prepare` runs on the context first (to add an init script, say).
 */
export async function openPreview(
  browser: Browser,
  base: string,
  query: PreviewQuery = {},
  prepare: (context: BrowserContext) => Promise<void> = () => Promise.resolve(),
): Promise<PreviewPage> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  await prepare(context);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  await page.goto(previewUrl(base, query));
  return {
    context,
    page,
    errors,
    pane: page.getByTestId('pane'),
    panel: page.getByTestId('workbook-panel'),
    close: () => context.close(),
  };
}

/** The pane's Recalculate button, by its accessible name in the language. */
export function recalculateButton(pane: Locator, language: Language): Locator {
  return pane.getByRole('button', { name: PANE_TEXTS.recalculate[language], exact: true });
}

/**
 * An amount in any of the pane's formats, matched on its digits: 1116626 matches "1 116 626"
 * (Swedish, with plain or no-break spaces), "1,116,626" (English) and "1116626".
 */
export function amountPattern(amount: number): RegExp {
  const groups = Math.trunc(amount)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, ' ')
    .split(' ');
  return new RegExp(`(?<![\\d,.])${groups.join('[\\s,.\\u00a0\\u202f]?')}(?![\\d])`);
}

/** Waits until the panel lists the sheet (after a change, the panel shows it at once). */
export async function waitForSheet(panel: Locator, sheet: string): Promise<void> {
  await panel
    .getByTestId('workbook-sheet')
    .filter({ hasText: new RegExp(`^${sheet}$`) })
    .waitFor();
}
