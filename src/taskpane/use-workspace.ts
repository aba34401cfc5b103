/**
 * What the workspace shows and does: the figures of the last run (or, before any, of a look at the
 * workbook without writing), whether the result sheets are out of date, the settings, and the
 * actions that go to the workbook (show a cell, save the settings).
 */
import { useCallback, useEffect, useState } from 'react';
import type { EngineResult, JsonResult, Language } from '../engine';
import type { InspectResult, Session } from '../pipeline/session';
import type { StoredSettings } from '../workbook/settings';
import { problemMessage } from '../pipeline/texts';
import { WorkbookError } from '../workbook/errors';
import { DEFAULT_SETTINGS } from '../workbook/settings';
import { aliasAddedText, PANE_TEXTS } from './texts';
import type { Recalculation } from './use-recalculate';
import { useRecalculate } from './use-recalculate';

/** Whether the result sheets show the tables as they are now. */
export type Freshness = 'fresh' | 'out-of-date' | 'never-computed' | 'unknown';

/** A suggested service a name that matched nothing may be an alias of. */
export interface AliasChoice {
  readonly service: string;
  readonly alias: string;
}

export interface Workspace extends Recalculation {
  readonly json: JsonResult | null;
  readonly freshness: Freshness;
  readonly settings: StoredSettings;
  readonly elapsedMs: number | null;
  /** The engine's result behind `json` (for what the JSON does not carry: where aliases go). */
  readonly engineResult: EngineResult | null;
  /** For each warning (by its place in `json.warnings`), the services it may be an alias of. */
  readonly aliasChoices: ReadonlyMap<number, readonly AliasChoice[]>;
  readonly aliasMessage: string | null;
  /** What the last save of the settings came to, for the form's status line. */
  readonly settingsMessage: string | null;
  /** Shows a cell of the workbook, or a sheet (`cell` null). */
  readonly onSelect: (sheet: string, cell: string | null) => void;
  readonly onSaveSettings: (settings: StoredSettings) => void;
  /** Adds the alias to the service's alias cell, then recalculates. */
  readonly onAddAlias: (choice: AliasChoice) => void;
  /** The workbook's sheets and Excel tables, for saying where a table is. */
  readonly sheetNames: readonly string[];
  readonly excelTables: readonly { readonly name: string; readonly sheet: string }[];
  /** The sheets the product did not make (the input): no result sheet may take one's name. */
  readonly userSheets: readonly string[];
  /** Saves where the tables are, then recalculates. */
  readonly onSaveMapping: (mapping: StoredSettings['mapping']) => void;
}

export function useWorkspace(session: Session, language: Language): Workspace {
  const recalculation = useRecalculate(session);
  const [inspection, setInspection] = useState<InspectResult | null>(null);
  const [savedSettings, setSavedSettings] = useState<StoredSettings | null>(null);
  const [settingsMessage, setSettingsMessage] = useState<string | null>(null);
  const [aliasMessage, setAliasMessage] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    void session.inspect().then((result) => {
      if (live) setInspection(result);
    });
    return () => {
      live = false;
    };
  }, [session]);

  const last = recalculation.last;
  const lastOutcome = last?.kind === 'done' ? last.outcome : null;
  const inspected = inspection?.kind === 'inspected' ? inspection.inspection : null;
  const fromRun = lastOutcome !== null && lastOutcome.kind !== 'foreign-sheet' ? lastOutcome : null;
  const json = fromRun?.json ?? inspected?.json ?? null;
  const engineResult = fromRun?.result ?? inspected?.result ?? null;
  const aliasChoices = new Map<number, AliasChoice[]>();
  engineResult?.warnings.forEach((warning, index) => {
    if (warning.code !== 'UNKNOWN_SERVICE') return;
    const choices = warning.candidates.filter((service) =>
      engineResult.services.some((s) => s.name === service && s.aliasAt !== null),
    );
    if (choices.length > 0)
      aliasChoices.set(
        index,
        choices.map((service) => ({ service, alias: warning.name })),
      );
  });
  const freshness: Freshness =
    lastOutcome?.kind === 'written'
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

  const onSelect = useCallback(
    (sheet: string, cell: string | null) => {
      void session.port.select?.(sheet, cell).catch(() => undefined);
    },
    [session],
  );
  const onSaveSettings = useCallback(
    (next: StoredSettings): void => {
      const save = session.port.saveSettings?.(next) ?? Promise.resolve();
      void save.then(
        () => {
          setSavedSettings(next);
          setSettingsMessage(PANE_TEXTS.saved[language]);
        },
        (error: unknown) => {
          const problem = error instanceof WorkbookError ? error.problem : null;
          const reason = error instanceof Error ? error.message : String(error);
          setSettingsMessage(problemMessage(problem, reason, language));
        },
      );
    },
    [session, language],
  );
  const onAddAlias = useCallback(
    (choice: AliasChoice): void => {
      const service = engineResult?.services.find((s) => s.name === choice.service);
      if (
        service?.aliasAt === null ||
        service === undefined ||
        session.port.writeAliases === undefined
      )
        return;
      const aliases = [...service.aliases, choice.alias].join('; ');
      void session.port.writeAliases(service.aliasAt, aliases).then(
        () => {
          setAliasMessage(aliasAddedText(choice, language));
          void session.recalculate();
        },
        (error: unknown) => {
          const problem = error instanceof WorkbookError ? error.problem : null;
          const reason = error instanceof Error ? error.message : String(error);
          setAliasMessage(problemMessage(problem, reason, language));
        },
      );
    },
    [session, language, engineResult],
  );
  const onSaveMapping = useCallback(
    (mapping: StoredSettings['mapping']): void => {
      const next: StoredSettings = { ...settings, mapping };
      const save = session.port.saveSettings?.(next) ?? Promise.resolve();
      void save.then(
        () => {
          setSavedSettings(next);
          void session.recalculate();
        },
        (error: unknown) => {
          const problem = error instanceof WorkbookError ? error.problem : null;
          const reason = error instanceof Error ? error.message : String(error);
          setSettingsMessage(problemMessage(problem, reason, language));
        },
      );
    },
    [session, language, settings],
  );
  return {
    ...recalculation,
    onSaveMapping,
    sheetNames: inspected?.sheetNames ?? [],
    excelTables: inspected?.excelTables ?? [],
    userSheets: inspected?.userSheets ?? [],
    engineResult,
    aliasChoices,
    aliasMessage,
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
