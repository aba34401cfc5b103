/**
 * What the pane's end-to-end tests do with the preview beyond opening it: run a recalculation to
 * its end, open one of the pane's tabs, read the simulated workbook through the panel or
 * `Excel.run`, and make a variant of an .xlsx file with one text cell emptied.
 */
import JSZip from 'jszip';
import type { Locator, Page } from 'playwright-core';
import type { Language } from '../../src/engine';
import { FRAME_TEXTS, moreTabsLabel, PANE_TEXTS } from '../../src/taskpane/texts';
import { resolveTarget } from '../../src/workbook/xlsx/package-paths';
import { unescapeXml } from '../../src/workbook/xml-text';
import type { PreviewPage } from './preview-page';
import { recalculateButton } from './preview-page';

/** How long a wait for the pane or the panel may take before a test says what it saw. */
export const WAIT_MS = 15_000;

/**
 * Clicks Recalculate and waits until that run is over: the button enabled again and the outcome's
 * line shown, ending with the time the run took ("… · 0,4 s"), which shows only after a run that
 * completed.
 */
export async function recalculate(preview: PreviewPage, language: Language): Promise<void> {
  const button = recalculateButton(preview.pane, language);
  await button.click();
  await waitUntilIdle(preview, language);
}

/**
 * Waits until no run is going on (a trial click waits for the button to be enabled) and the last
 * one's outcome shows: after a run that something else started (an alias added, say), the pane
 * has the figures of that run.
 */
export async function waitUntilIdle(preview: PreviewPage, language: Language): Promise<void> {
  await recalculateButton(preview.pane, language).click({ trial: true, timeout: WAIT_MS });
  await outcomeLine(preview.pane, language).waitFor({ timeout: WAIT_MS });
}

/**
 * The one line that says how a written run went: "Resultatbladen skrevs · 16 varningar · 0,4 s"
 * (errors, when there are, before the warnings).
 */
export function outcomeLine(pane: Locator, language: Language): Locator {
  return pane.getByText(OUTCOME_PATTERN[language]);
}

export const OUTCOME_PATTERN: Readonly<Record<Language, RegExp>> = {
  sv: new RegExp(
    `^${FRAME_TEXTS.written.sv}(?: · \\d+ fel)? · (?:\\d+ varning(?:ar)?|inga varningar) · <? ?\\d+,\\d s$`,
  ),
  en: new RegExp(
    `^${FRAME_TEXTS.written.en}(?: · \\d+ errors?)? · (?:\\d+ warnings?|no warnings) · <? ?\\d+\\.\\d s$`,
  ),
};

export type PaneTab = 'tabResults' | 'tabWarnings' | 'tabWhatIfs' | 'tabTables' | 'tabSettings';
export const PANE_TABS: readonly PaneTab[] = [
  'tabResults',
  'tabWarnings',
  'tabWhatIfs',
  'tabTables',
  'tabSettings',
];

/**
 * Selects one of the pane's tabs by its name and waits for its panel to show what it holds: a
 * tab's code may load only when it is chosen, a spinner in its place meanwhile. A tab that did
 * not fit the strip is chosen from its "More" menu. (In the menu, the validations tab's name ends
 * with its counts.)
 */
export async function openTab(pane: Locator, tab: PaneTab, language: Language): Promise<Locator> {
  const name = PANE_TEXTS[tab][language];
  const inStrip = pane.getByRole('tab', { name, exact: true });
  if ((await inStrip.count()) === 0) {
    await moreTabsButton(pane, language).click();
    await pane
      .page()
      .getByRole('menuitem', { name: new RegExp(`^${escapeRegExp(name)}`) })
      .click();
  } else await inStrip.click();
  const panel = pane.getByRole('tabpanel', { name, exact: true });
  await panel.waitFor({ timeout: WAIT_MS });
  await panel.getByRole('progressbar').waitFor({ state: 'detached', timeout: WAIT_MS });
  await panel.locator(':scope > *').first().waitFor({ timeout: WAIT_MS });
  return panel;
}

/**
 * The button of the tab strip's menu of the tabs that did not fit ("Fler flikar (1)"), a tab of
 * the strip as far as a screen reader is told.
 */
export function moreTabsButton(pane: Locator, language: Language): Locator {
  const [before = '', after = ''] = moreTabsLabel(0, language).split('0');
  return pane.getByRole('tab', {
    name: new RegExp(`^${escapeRegExp(before)}\\d+${escapeRegExp(after)}$`),
  });
}

/** What the workbook panel says its active sheet and its selection are. */
export async function panelSelection(
  panel: Locator,
): Promise<{ activeSheet: string | null; selection: string | null }> {
  return {
    activeSheet: await panel.getByTestId('workbook-active-sheet').textContent(),
    selection: await panel.getByTestId('workbook-selection').textContent(),
  };
}

/**
 * Reads `read` again until `done` holds of it or `timeoutMs` has passed, and returns the last
 * reading, for an assertion that then says what was there.
 */
export async function eventually<T>(
  read: () => Promise<T>,
  done: (value: T) => boolean,
  timeoutMs = WAIT_MS,
): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value) || Date.now() > until) return value;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** A cell's value in the simulated workbook, read as the add-in reads it: through `Excel.run`. */
export function cellValue(page: Page, sheet: string, cell: string): Promise<unknown> {
  return page.evaluate(
    async ([sheetName, address]) =>
      Excel.run(async (context) => {
        const range = context.workbook.worksheets.getItem(sheetName).getRange(address);
        range.load('values');
        await context.sync();
        return range.values[0]?.[0] as unknown;
      }),
    [sheet, cell] as const,
  );
}

/** An .xlsx file's bytes with one cell emptied, and where that cell was. */
export interface EmptiedCell {
  readonly bytes: Buffer;
  /** E.g. "B23". */
  readonly cell: string;
}

/**
 * A copy of an .xlsx file in which the one cell of `column` on `sheet` that holds `text` (a shared
 * string, as Excel writes text) is empty; its style stays, nothing else changes. Throws unless
 * exactly one such cell is there, so a changed example says so rather than testing nothing.
 */
export async function withTextCellEmptied(
  xlsx: Buffer,
  sheet: string,
  column: string,
  text: string,
): Promise<EmptiedCell> {
  const zip = await JSZip.loadAsync(xlsx);
  const read = async (part: string): Promise<string> => {
    const file = zip.file(part);
    if (file === null) throw new Error(`The workbook has no part ${part}.`);
    return file.async('string');
  };
  const sheetPart = await sheetPartOf(read, sheet);
  const strings = [...(await read('xl/sharedStrings.xml')).matchAll(/<si>([\s\S]*?)<\/si>/g)].map(
    ([, item = '']) =>
      unescapeXml([...item.matchAll(/<t(?:\s[^>]*)?>([^<]*)<\/t>/g)].map(([, t]) => t).join('')),
  );
  const xml = await read(sheetPart);
  const found: { readonly cell: string; readonly element: string; readonly style: string }[] = [];
  for (const [element, attributes = '', content = ''] of xml.matchAll(
    /<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g,
  )) {
    const cell = /\br="([A-Z]+\d+)"/.exec(attributes)?.[1];
    if (cell === undefined || cell.replace(/\d+$/, '') !== column) continue;
    if (!/\bt="s"/.test(attributes)) continue;
    const index = Number(/<v>(\d+)<\/v>/.exec(content)?.[1]);
    if (strings[index] !== text) continue;
    found.push({ cell, element, style: /\bs="\d+"/.exec(attributes)?.[0] ?? '' });
  }
  const [only, ...others] = found;
  if (only === undefined || others.length > 0)
    throw new Error(
      `Expected one cell in column ${column} of ${sheet} holding "${text}", found ${found.length}.`,
    );
  zip.file(
    sheetPart,
    xml.replace(only.element, `<c r="${only.cell}"${` ${only.style}`.trimEnd()}/>`),
  );
  const bytes = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
  return { bytes, cell: only.cell };
}

/** The package path of a worksheet, by its name: workbook.xml's sheet, through its relationship. */
async function sheetPartOf(
  read: (part: string) => Promise<string>,
  sheet: string,
): Promise<string> {
  const workbook = await read('xl/workbook.xml');
  const entry = [...workbook.matchAll(/<sheet\b[^>]*\/>/g)]
    .map(([element]) => element)
    .find((element) => unescapeXml(/\bname="([^"]*)"/.exec(element)?.[1] ?? '') === sheet);
  const id = entry === undefined ? undefined : /\br:id="([^"]*)"/.exec(entry)?.[1];
  if (id === undefined) throw new Error(`The workbook has no sheet "${sheet}".`);
  const rels = await read('xl/_rels/workbook.xml.rels');
  const relationship = [...rels.matchAll(/<Relationship\b[^>]*\/>/g)]
    .map(([element]) => element)
    .find((element) => new RegExp(`\\bId="${escapeRegExp(id)}"`).test(element));
  const target =
    relationship === undefined ? undefined : /\bTarget="([^"]*)"/.exec(relationship)?.[1];
  if (target === undefined) throw new Error(`The workbook's relationship ${id} has no target.`);
  return resolveTarget('xl/workbook.xml', target);
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
