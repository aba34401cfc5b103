/**
 * An accessibility scan with axe-core in the page: axe.min.js added as a script of the page's own
 * origin, run on one element, its violations brought back as plain data to assert on and print.
 * The page keeps its Content-Security-Policy (scripts from its own origin only, no inline script,
 * no eval), so the pane is scanned as it runs in Office.
 */
import type axeCore from 'axe-core';
import type { Page } from 'playwright-core';

/** axe-core's impacts, least to most severe. */
export const IMPACTS = ['minor', 'moderate', 'serious', 'critical'] as const;
export type Impact = (typeof IMPACTS)[number];

/** The impacts a scan of the pane must not find. */
export const BLOCKING: readonly Impact[] = ['serious', 'critical'];

export interface AxeViolation {
  /** The rule, e.g. "color-contrast". */
  readonly id: string;
  readonly impact: Impact | null;
  readonly help: string;
  readonly helpUrl: string;
  readonly nodes: readonly {
    /** A CSS selector of the element, from the document's root. */
    readonly target: string;
    readonly html: string;
    /** What axe says would fix it. */
    readonly fix: string;
  }[];
}

/** Where the page loads axe-core from: a path of its own origin, answered by the test. */
const AXE_PATH = '/__e2e__/axe.min.js';

/**
 * Adds axe-core to the page, unless it is already there. An inline script (what `addScriptTag`
 * with a `path` adds) is refused by the page's policy; a script of the page's own origin is not,
 * so the request for one is answered with axe.min.js from node_modules.
 */
export async function injectAxe(page: Page): Promise<void> {
  const present = await page.evaluate(() => 'axe' in window);
  if (present) return;
  const url = new URL(AXE_PATH, page.url()).href;
  await page.route(url, (route) =>
    route.fulfill({
      path: require.resolve('axe-core/axe.min.js'),
      contentType: 'text/javascript; charset=utf-8',
    }),
  );
  await page.addScriptTag({ url });
}

/** The violations axe-core finds in the first element that matches `selector`, and inside it. */
export async function axeViolations(page: Page, selector: string): Promise<AxeViolation[]> {
  await injectAxe(page);
  return page.evaluate(async (root) => {
    const { axe } = window as unknown as { axe: typeof axeCore };
    const element = document.querySelector(root);
    if (element === null) throw new Error(`Nothing on the page matches ${root}.`);
    const results = await axe.run(element, {
      resultTypes: ['violations'],
      ancestry: true,
    });
    return results.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact ?? null,
      help: violation.help,
      helpUrl: violation.helpUrl,
      nodes: violation.nodes.map((node) => ({
        target: (node.ancestry ?? node.target).map(String).join(' '),
        html: node.html,
        fix: node.failureSummary ?? '',
      })),
    }));
  }, selector);
}

/**
 * Violations to act on: serious or critical, less one known false positive, as narrowly as it
 * goes. Fluent UI's TabList puts focus helpers at both ends of the tab list (Tabster's
 * `<i tabindex="0" aria-hidden="true" data-tabster-dummy>`), which never keep focus: they pass it
 * on at once. axe reports them as aria-hidden-focus (microsoft/fluentui#25133,
 * microsoft/tabster#288); Microsoft's Accessibility Insights ignores exactly these. Any other node
 * of that rule, and every other rule, still fails the test.
 */
export function isBlocking(violation: AxeViolation): boolean {
  if (violation.impact === null || !BLOCKING.includes(violation.impact)) return false;
  const tabsterDummy = (node: AxeViolation['nodes'][number]): boolean =>
    /\bdata-tabster-dummy\b/.test(node.html);
  return !(violation.id === 'aria-hidden-focus' && violation.nodes.every(tabsterDummy));
}

/** The violations as lines to read: rule, impact, what it asks, then each element and its fix. */
export function describeViolations(violations: readonly AxeViolation[]): string {
  return violations
    .map((violation) =>
      [
        `${violation.id} (${violation.impact ?? 'no impact'}): ${violation.help} ${violation.helpUrl}`,
        ...violation.nodes.map(
          (node) => `  ${node.target}\n    ${node.html}\n    ${node.fix.replace(/\n/g, '\n    ')}`,
        ),
      ].join('\n'),
    )
    .join('\n');
}
