/**
 * The preview's page: the real pane, rendered as src/taskpane/index.tsx renders it, and the ribbon
 * function, registered as src/commands/commands.ts registers it, against a simulated Excel host
 * instead of Excel, with a read-only view of the workbook beside the pane. Opens the example
 * workbook; the panel opens another .xlsx. `?lang=sv|en&theme=light|dark` stand for Office's settings,
 * and `?width=320` gives the pane the width Excel gives it (320–800 px; 350 px otherwise).
 */
import { createRoot } from 'react-dom/client';
import { RECALCULATE_FUNCTION } from '../commands/names';
import { recalculateFromRibbon } from '../commands/recalculate';
import { officeLanguage } from '../office-runtime';
import type { Session } from '../pipeline/session';
import { App } from '../taskpane/App';
import type { OfficeThemeHint } from '../taskpane/theme';
import { themeFor } from '../taskpane/theme';
import type { ExcelRun } from '../workbook/excel/port';
import { installOfficeShim } from './office-shim';
import type { OpenWorkbook } from './runtime';
import { openWorkbook } from './runtime';
import { forgetParts, keepPartsSaved } from './saved-parts';
import { WorkbookPanel } from './WorkbookPanel';
import { fetchBytes, simulatedWorkbookFromFile } from './workbook-file';
import { workbookView } from './workbook-view';

/** The pane's width a query asks for, within what Excel gives a task pane; null for the default. */
function paneWidth(search: string): number | null {
  const width = Number(new URLSearchParams(search).get('width') ?? '');
  return Number.isInteger(width) && width >= 320 && width <= 800 ? width : null;
}

/**
 * How many times a query asks the example's tables to be repeated (`?scale=100`, for the pane's
 * benchmark at 100×, see scaled-example.ts); 1 when not asked.
 */
function tableScale(search: string): number {
  const times = Number(new URLSearchParams(search).get('scale') ?? '');
  return Number.isInteger(times) && times > 1 && times <= 1000 ? times : 1;
}

/** Copied beside the page by the preview's build (webpack.config.js). */
const EXAMPLE = 'examples/arlig-analys-2025.xlsx';

let current: OpenWorkbook | null = null;

function opened(): OpenWorkbook {
  if (current === null) throw new Error('The preview has no workbook open yet.');
  return current;
}

/** The preview's `getSession`: the open workbook's session, the one the pane and the ribbon share. */
function getSession(): Session {
  return opened().session;
}

const excelRun: ExcelRun = (batch) => opened().run(batch);
const shim = installOfficeShim(window.location.search, excelRun);

function element(id: string): HTMLElement {
  const found = document.getElementById(id);
  if (found === null) throw new Error(`preview.html has no element with id "${id}".`);
  return found;
}

void Office.onReady(() => {
  const language = officeLanguage();
  const officeTheme: OfficeThemeHint | undefined = Office.context.officeTheme;
  document.documentElement.lang = language;
  document.body.dataset.theme = shim.query.dark ? 'dark' : 'light';
  const pane = element('pane');
  // Office paints the task pane's frame in its theme's body colour.
  pane.style.backgroundColor = shim.bodyBackgroundColor;
  const width = paneWidth(window.location.search);
  if (width !== null) {
    pane.style.flexBasis = `${width}px`;
    pane.style.width = `${width}px`;
  }
  const paneRoot = createRoot(pane);
  const panelRoot = createRoot(element('workbook'));
  let opening = 0;

  const open = (fileName: string, bytes: Promise<Uint8Array>): void => {
    const keepSaved = keepPartsSaved(window.localStorage, fileName);
    const times = tableScale(window.location.search);
    const reading = bytes
      .then((data) => simulatedWorkbookFromFile(data, fileName, window.localStorage))
      .then(async (read) =>
        times === 1 ? read : (await import('./scaled-example')).scaledExample(read, times),
      );
    // Called after the file is read and after every batch; never during openWorkbook itself.
    const showWorkbook = (): void => {
      const state = workbook.state();
      if (state.kind === 'open') keepSaved(state.workbook.customXmlParts);
      if (workbook !== current) return; // a late batch on a workbook since replaced
      panelRoot.render(
        <WorkbookPanel
          language={language}
          view={workbookView(fileName, state, language)}
          onOpenFile={(file) => {
            open(
              file.name,
              file.arrayBuffer().then((buffer) => new Uint8Array(buffer)),
            );
          }}
          onRibbonRecalculate={() => void shim.clickRibbon(RECALCULATE_FUNCTION)}
          onEditCell={(sheet, cell, typed) => {
            // A cell that is not there fails as Excel would refuse it: the panel shows the workbook.
            void workbook.editCell(sheet, cell, typed).catch(() => undefined);
          }}
          onForgetSettings={() => {
            forgetParts(window.localStorage, fileName);
            window.location.reload();
          }}
        />,
      );
    };
    const workbook = openWorkbook(fileName, reading, officeLanguage, showWorkbook);
    current = workbook;
    opening += 1;
    // A new workbook is a new session: the pane starts afresh, as it would in another window.
    paneRoot.render(
      <App
        key={opening}
        session={workbook.session}
        language={language}
        theme={themeFor(officeTheme)}
      />,
    );
    showWorkbook();
  };

  Office.actions.associate(RECALCULATE_FUNCTION, (event: Office.AddinCommands.Event) => {
    void recalculateFromRibbon(getSession(), event, {
      showPane: () => Office.addin.showAsTaskpane(),
    });
  });

  open(EXAMPLE.slice(EXAMPLE.lastIndexOf('/') + 1), fetchBytes(EXAMPLE));
});
