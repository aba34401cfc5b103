/**
 * Beside the pane, what Excel would show around it: the simulated workbook's sheets, the active
 * sheet and the selection (read-only), the ribbon's button, and a way to open another file.
 * Plain HTML, styled by preview.html: it is the stage, not part of the pane. Test ids are stable.
 */
import type { ChangeEvent, SyntheticEvent } from 'react';
import type { Language } from '../engine';
import { PREVIEW_TEXTS as T } from './texts';
import type { WorkbookView } from './workbook-view';

export interface WorkbookPanelProps {
  readonly language: Language;
  readonly view: WorkbookView;
  readonly onOpenFile: (file: File) => void;
  readonly onRibbonRecalculate: () => void;
  readonly onForgetSettings: () => void;
  /** Types a value into a cell, as the user would in Excel. */
  readonly onEditCell: (sheet: string, cell: string, typed: string) => void;
}

export function WorkbookPanel({ language, view, ...actions }: WorkbookPanelProps) {
  const onFile = (event: ChangeEvent<HTMLInputElement>): void => {
    const file = event.target.files?.[0];
    if (file !== undefined) actions.onOpenFile(file);
    event.target.value = ''; // the same file again is a new choice
  };
  const onEdit = (event: SyntheticEvent<HTMLFormElement>): void => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const field = (name: string): string => {
      const value = data.get(name);
      return typeof value === 'string' ? value : '';
    };
    actions.onEditCell(field('sheet'), field('cell').trim().toUpperCase(), field('value'));
  };
  return (
    <aside className="workbook" aria-label={T.panel[language]} data-testid="workbook-panel">
      <h2>{T.panel[language]}</h2>
      <dl>
        <dt>{T.file[language]}</dt>
        <dd data-testid="workbook-file">{view.fileName}</dd>
        {view.kind === 'loading' && (
          <dd role="status" data-testid="workbook-status">
            {T.loading[language]}
          </dd>
        )}
        {view.kind === 'failed' && (
          <dd role="alert" className="failed" data-testid="workbook-status">
            {view.message}
          </dd>
        )}
        {view.kind === 'open' && (
          <>
            <dt>{T.sheets[language]}</dt>
            <dd>
              <ul data-testid="workbook-sheets">
                {view.sheets.map((sheet) => (
                  <li
                    key={sheet}
                    data-testid="workbook-sheet"
                    aria-current={sheet === view.activeSheet ? 'true' : undefined}
                  >
                    {sheet}
                  </li>
                ))}
              </ul>
            </dd>
            <dt>{T.activeSheet[language]}</dt>
            <dd data-testid="workbook-active-sheet">{view.activeSheet ?? T.nothing[language]}</dd>
            <dt>{T.selection[language]}</dt>
            <dd data-testid="workbook-selection">{view.selection ?? T.nothing[language]}</dd>
            <dt>{T.settings[language]}</dt>
            <dd data-testid="workbook-settings">{view.settings ?? T.nothing[language]}</dd>
          </>
        )}
      </dl>
      {view.kind === 'open' && (
        <>
          <h2>{T.editCell[language]}</h2>
          <form onSubmit={onEdit} data-testid="edit-cell">
            <label>
              {T.editSheet[language]}
              <select name="sheet" data-testid="edit-cell-sheet">
                {view.sheets.map((sheet) => (
                  <option key={sheet} value={sheet}>
                    {sheet}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {T.editAddress[language]}
              <input name="cell" size={6} defaultValue="A1" data-testid="edit-cell-address" />
            </label>
            <label>
              {T.editValue[language]}
              <input name="value" data-testid="edit-cell-value" />
            </label>
            <button type="submit" data-testid="edit-cell-apply">
              {T.editApply[language]}
            </button>
          </form>
        </>
      )}
      <h2>{T.ribbon[language]}</h2>
      <button type="button" data-testid="ribbon-recalculate" onClick={actions.onRibbonRecalculate}>
        {T.ribbonRecalculate[language]}
      </button>
      <h2>{T.file[language]}</h2>
      <label>
        {T.openFile[language]}
        <input
          type="file"
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          data-testid="workbook-file-input"
          onChange={onFile}
        />
      </label>
      <button type="button" data-testid="forget-settings" onClick={actions.onForgetSettings}>
        {T.forgetSettings[language]}
      </button>
    </aside>
  );
}
