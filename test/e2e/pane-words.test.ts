/**
 * The words of the validations tab, end to end in headless Chromium at the narrowest task pane
 * Excel gives (320 px), in Swedish and in English: after Recalculate every validation shows its
 * title first, then its sentence, and its code only in a detail line; no message starts with a code.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Language, WarningCode } from '../../src/engine';
import { titleFor, WARNING_CODES } from '../../src/engine';
import { describeInChromium } from './chromium';
import { openTab, recalculate } from './pane-actions';
import { usePreview } from './preview-suite';

const TEST_TIMEOUT_MS = 60_000;
const SCREENSHOTS = path.resolve(
  process.env.E2E_SCREENSHOTS ?? path.join(__dirname, 'screenshots'),
);
/** A text that begins like a warning code: four capitals or underscores or more. */
const STARTS_WITH_CODE = /^[A-Z_]{4,}/;

describeInChromium('the validations tab’s words, in headless Chromium at 320 px', () => {
  const { preview } = usePreview({ waitForWorkbook: true });

  it.each(['sv', 'en'] as const)(
    'gives every validation a title and its code only in a detail line (%s)',
    async (language: Language) => {
      const page = await preview({ lang: language, width: 320 });
      await recalculate(page, language);
      const validations = await openTab(page.pane, 'tabWarnings', language);
      // Each item's lines as shown, less its buttons (the cell link, alias suggestions).
      const items = await validations.locator('li').evaluateAll((elements) =>
        elements.map((li) => {
          const buttons = new Set(
            [...li.querySelectorAll('button')].map((button) => button.textContent.trim()),
          );
          return (li as HTMLElement).innerText
            .split('\n')
            .map((line) => line.trim())
            .filter((line) => line !== '' && !buttons.has(line));
        }),
      );
      expect(items.length).toBeGreaterThan(0);
      const codes: readonly string[] = WARNING_CODES;
      for (const lines of items) {
        // Title, sentence, then the code alone on its detail line.
        const at = lines.findIndex((line) => codes.includes(line));
        expect({ lines, at }).toEqual({ lines, at: 2 });
        const code = lines[at] as WarningCode;
        expect(lines[0]).toBe(titleFor(code, language));
        for (const line of lines.slice(0, at)) expect(line).not.toMatch(STARTS_WITH_CODE);
      }
      mkdirSync(SCREENSHOTS, { recursive: true });
      await page.pane.screenshot({
        path: path.join(SCREENSHOTS, `validations-words-320-${language}.png`),
      });
      expect(page.errors).toEqual([]);
    },
    TEST_TIMEOUT_MS,
  );
});
