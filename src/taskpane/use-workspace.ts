/**
 * What the workspace shows and does: the figures of the last run (or, before any, of a look at the
 * workbook without writing), whether the result sheets are out of date, the settings, and the
 * actions that go to the workbook (show a cell, save the settings).
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import type {
  CandidateReason,
  CellRef,
  EngineResult,
  JsonResult,
  Language,
  StoredWhatIf,
} from '../engine';
import type { AdoptionPlan, AdoptionReceipt } from '../pipeline/adoption';
import type { ChangeResult, InspectResult, Session, SessionResult } from '../pipeline/session';
import type { StoredSettings } from '../workbook/settings';
import { DEFAULT_SETTINGS } from '../workbook/settings';
import { aliasAddedText, aliasUndoneText, PANE_TEXTS } from './texts';
import { useLiveInspection } from './use-live-inspection';
import type { Recalculation } from './use-recalculate';
import { useRecalculate } from './use-recalculate';

/** Whether the result sheets show the tables as they are now. */
export type Freshness = 'fresh' | 'out-of-date' | 'never-computed' | 'unknown';

/** A suggested service a name that matched nothing may be an alias of, and what adding it writes. */
export interface AliasChoice {
  readonly service: string;
  readonly alias: string;
  /** Why the engine suggests the service. */
  readonly reason: CandidateReason;
  /** The service's alias cell, and the text it will hold: its aliases and the new one. */
  readonly at: CellRef;
  readonly text: string;
}

/**
 * What became of an alias added from a suggestion, shown beside the warning it was added for (by
 * its place in the list, as it was then: after the run that follows, the warning is gone).
 */
export interface AliasNote {
  readonly warning: JsonResult['warnings'][number];
  readonly index: number;
  readonly message: string;
  /** Puts the cell's earlier text back and recalculates; null when there is nothing to undo. */
  readonly onUndo: (() => void) | null;
}

export interface Workspace extends Recalculation {
  readonly json: JsonResult | null;
  readonly freshness: Freshness;
  readonly settings: StoredSettings;
  readonly elapsedMs: number | null;
  /**
   * The engine's result behind `json` (for what the JSON does not carry: where aliases go, which
   * the validations tab works out in its own chunk, `warnings/alias-choices.ts`).
   */
  readonly engineResult: EngineResult | null;
  /** The last alias added from a suggestion (or its undoing), for the warning it was added for. */
  readonly aliasNote: AliasNote | null;
  /** What the last save of the settings came to, for the form's status line. */
  readonly settingsMessage: string | null;
  /** Shows a cell of the workbook, or a sheet (`cell` null). */
  readonly onSelect: (sheet: string, cell: string | null) => void;
  readonly onSaveSettings: (settings: StoredSettings) => void;
  /**
   * Adds the alias to the service's alias cell (the user has confirmed what it writes), then
   * recalculates; `index` is the warning's place in `json.warnings`.
   */
  readonly onAddAlias: (choice: AliasChoice, index: number) => void;
  /** The workbook's sheets and Excel tables, for saying where a table is. */
  readonly sheetNames: readonly string[];
  readonly excelTables: readonly { readonly name: string; readonly sheet: string }[];
  /** The sheets the product did not make (the input): no result sheet may take one's name. */
  readonly userSheets: readonly string[];
  /** Saves where the tables are, then recalculates. */
  readonly onSaveMapping: (mapping: StoredSettings['mapping']) => void;
  /**
   * Saves the what-ifs in the workbook's settings (the unread ones kept as they are); resolves to
   * null when saved, else the sentence why not.
   */
  readonly onSaveWhatIfs: (whatIfs: readonly StoredWhatIf[]) => Promise<string | null>;
  /** Making a what-if a scenario: plan (writes nothing), adopt, undo; adopt and undo recalculate. */
  readonly adoption: Adoption;
}

export interface Adoption {
  readonly plan: (whatIf: StoredWhatIf) => Promise<ChangeResult<AdoptionPlan>>;
  readonly adopt: (
    plan: Extract<AdoptionPlan, { kind: 'ready' }>,
  ) => Promise<ChangeResult<AdoptionReceipt>>;
  readonly undo: (receipt: AdoptionReceipt) => Promise<ChangeResult<void>>;
}

export function useWorkspace(session: Session, language: Language): Workspace {
  const recalculation = useRecalculate(session);
  // The last look at the workbook, and the run it came after: the newer of it and the last run
  // says what the pane shows.
  const [inspection, setInspection] = useState<{
    readonly result: InspectResult;
    readonly after: SessionResult | null;
  } | null>(null);
  const [savedSettings, setSavedSettings] = useState<StoredSettings | null>(null);
  const [settingsMessage, setSettingsMessage] = useState<string | null>(null);
  const [aliasNote, setAliasNote] = useState<AliasNote | null>(null);

  useEffect(() => {
    let live = true;
    void session.inspect().then((result) => {
      if (live) setInspection({ result, after: session.state().last });
    });
    return () => {
      live = false;
    };
  }, [session]);

  const last = recalculation.last;
  const lastOutcome = last?.kind === 'done' ? last.outcome : null;
  const inspected = inspection?.result.kind === 'inspected' ? inspection.result.inspection : null;
  const fromRun = lastOutcome !== null && lastOutcome.kind !== 'foreign-sheet' ? lastOutcome : null;
  // A look taken since the last run (an edit noticed) is what the tables hold now.
  const sinceRun = inspected !== null && inspection?.after === last ? inspected : null;
  const json = sinceRun?.json ?? fromRun?.json ?? inspected?.json ?? null;
  const engineResult = sinceRun?.result ?? fromRun?.result ?? inspected?.result ?? null;
  const freshness: Freshness =
    sinceRun === null && lastOutcome?.kind === 'written'
      ? 'fresh'
      : inspected === null
        ? 'unknown'
        : inspected.stamped === null
          ? 'never-computed'
          : inspected.stamped === inspected.fingerprint
            ? 'fresh'
            : 'out-of-date';
  const settings =
    savedSettings ??
    (lastOutcome !== null && lastOutcome.kind !== 'foreign-sheet'
      ? lastOutcome.settings
      : (inspected?.settings ?? DEFAULT_SETTINGS));

  const resultSheetNames =
    lastOutcome?.kind === 'written'
      ? lastOutcome.sheets.map((sheet) => sheet.name)
      : (inspected?.resultSheetNames ?? Object.values(settings.resultSheets));
  useLiveInspection(session, resultSheetNames, (result) => {
    setInspection({ result, after: session.state().last });
  });

  const onSelect = useCallback(
    (sheet: string, cell: string | null) => {
      void session.port.select?.(sheet, cell).catch(() => undefined);
    },
    [session],
  );
  /** Saves the settings through the session, then does `then` (or says why it could not). */
  const save = useCallback(
    (next: StoredSettings, then: () => void): void => {
      void session.saveSettings(next).then((result) => {
        if (result.kind === 'done') {
          setSavedSettings(next);
          then();
        } else setSettingsMessage(changeFailure(result, language));
      });
    },
    [session, language],
  );
  const onSaveSettings = useCallback(
    (next: StoredSettings): void => {
      save(next, () => {
        setSettingsMessage(PANE_TEXTS.saved[language]);
      });
    },
    [save, language],
  );
  const onAddAlias = useCallback(
    (choice: AliasChoice, index: number): void => {
      const warning = json?.warnings[index];
      if (warning === undefined) return;
      const cell = `${choice.at.sheet}!${choice.at.cell}`;
      const note = (message: string, onUndo: (() => void) | null): void => {
        setAliasNote({ warning, index, message, onUndo });
      };
      const undo = (previous: string) => (): void => {
        void session.writeAliases(choice.at, previous).then((result) => {
          if (result.kind !== 'done') {
            note(changeFailure(result, language), undo(previous));
            return;
          }
          note(aliasUndoneText(cell, language), null);
          void session.recalculate();
        });
      };
      void session.writeAliases(choice.at, choice.text).then((result) => {
        if (result.kind !== 'done') {
          note(changeFailure(result, language), null);
          return;
        }
        note(aliasAddedText(choice, language), undo(result.value));
        void session.recalculate();
      });
    },
    [session, language, json],
  );
  const onSaveMapping = useCallback(
    (mapping: StoredSettings['mapping']): void => {
      save({ ...settings, mapping }, () => void session.recalculate());
    },
    [session, save, settings],
  );
  const onSaveWhatIfs = useCallback(
    (whatIfs: readonly StoredWhatIf[]): Promise<string | null> => {
      const next: StoredSettings = { ...settings, whatIfs };
      return session.saveSettings(next).then((result) => {
        if (result.kind !== 'done') return changeFailure(result, language);
        setSavedSettings(next);
        return null;
      });
    },
    [session, settings, language],
  );
  const adoption = useMemo((): Adoption => {
    // After the tables changed, the pane's figures are a run behind until it recalculates.
    const thenRecalculate = <T>(result: ChangeResult<T>): ChangeResult<T> => {
      if (result.kind === 'done') void session.recalculate();
      return result;
    };
    return {
      plan: (whatIf) => session.planAdoption(whatIf),
      adopt: (plan) => session.adopt(plan).then(thenRecalculate),
      undo: (receipt) => session.undoAdoption(receipt).then(thenRecalculate),
    };
  }, [session]);
  return {
    ...recalculation,
    onSaveWhatIfs,
    adoption,
    onSaveMapping,
    sheetNames: inspected?.sheetNames ?? [],
    excelTables: inspected?.excelTables ?? [],
    userSheets: inspected?.userSheets ?? [],
    engineResult,
    aliasNote,
    onAddAlias,
    json,
    freshness,
    settings,
    elapsedMs: last?.kind === 'done' ? last.elapsedMs : null,
    settingsMessage,
    onSelect,
    onSaveSettings,
  };
}

/** A change the session did not make: another run going on, or the workbook's refusal. */
function changeFailure(
  result: { readonly kind: 'busy' } | { readonly kind: 'failed'; readonly message: string },
  language: Language,
): string {
  return result.kind === 'busy' ? PANE_TEXTS.busy[language] : result.message;
}
