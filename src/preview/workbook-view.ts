/**
 * What the preview's workbook panel shows of the simulated workbook: plain data, read fresh after
 * every change, so the panel is a pure view and the tests read the workbook through it.
 */
import type { Language } from '../engine';
import { failure } from '../pipeline/texts';
import { SETTINGS_NAMESPACE, settingsFromXml } from '../workbook/settings-xml';
import type { WorkbookState } from './runtime';
import { settingsLine } from './texts';

export type WorkbookView =
  | { readonly kind: 'loading'; readonly fileName: string }
  | { readonly kind: 'failed'; readonly fileName: string; readonly message: string }
  | {
      readonly kind: 'open';
      readonly fileName: string;
      readonly sheets: readonly string[];
      readonly activeSheet: string | null;
      /** As `Sheet!A1` or `Sheet!A1:B2`. */
      readonly selection: string | null;
      /** The settings saved in the workbook, in a line, or null when none are. */
      readonly settings: string | null;
    };

export function workbookView(
  fileName: string,
  state: WorkbookState,
  language: Language,
): WorkbookView {
  switch (state.kind) {
    case 'loading':
      return { kind: 'loading', fileName };
    case 'failed': {
      return { kind: 'failed', fileName, message: failure(state.error, language).message };
    }
    case 'open': {
      const { workbook } = state;
      // The newest part, as the adapter reads it (src/workbook/excel/settings.ts): the last added.
      const part = workbook.customXmlParts.filter((p) => p.namespace === SETTINGS_NAMESPACE).at(-1);
      const settings = part === undefined ? null : settingsFromXml(part.xml);
      return {
        kind: 'open',
        fileName,
        sheets: workbook.sheets.map((sheet) => sheet.name),
        activeSheet: workbook.activeSheet,
        selection: workbook.selection,
        settings:
          settings === null
            ? null
            : settingsLine(
                [
                  settings.resultSheets.summary,
                  settings.resultSheets.drivers,
                  settings.resultSheets.validations,
                ],
                settings.tolerance,
                settings.unit,
                language,
              ),
      };
    }
  }
}
