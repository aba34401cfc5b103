/**
 * Every validation, grouped by severity and filterable; choosing one shows its cell in the workbook.
 */
import {
  Button,
  Caption1,
  Input,
  makeStyles,
  Subtitle2,
  ToggleButton,
  tokens,
} from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import type { EngineResult, JsonResult, Language, Severity } from '../../engine';
import { SEVERITY_WORDS } from '../../pipeline/texts';
import { addAliasText, aliasWriteText, LIVE_TEXTS, PANE_TEXTS, reasonText } from '../texts';
import type { AliasChoice, AliasNote } from '../use-workspace';
import { aliasChoicesOf } from './alias-choices';
import { WarningMessage } from './WarningMessage';

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

const useStyles = makeStyles({
  filters: {
    display: 'flex',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalS,
  },
  list: { listStyleType: 'none', paddingLeft: 0, margin: 0 },
  item: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    paddingBlock: tokens.spacingVerticalXS,
  },
  // A link to the cell, looking like the Results tab's links: it selects the cell in the workbook.
  cell: {
    fontVariantNumeric: 'tabular-nums',
    color: tokens.colorBrandForegroundLink,
    textDecorationLine: 'underline',
  },
  // Pressed or not must show without colour alone: a ticked box in front of the pressed ones.
  tick: {
    display: 'inline-flex',
    alignItems: 'center',
    justifyContent: 'center',
    width: '12px',
    height: '12px',
    border: `${tokens.strokeWidthThin} solid currentColor`,
    borderRadius: tokens.borderRadiusSmall,
    fontSize: '10px',
    lineHeight: '10px',
  },
  aside: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    rowGap: tokens.spacingVerticalXS,
    marginBlockStart: tokens.spacingVerticalXS,
    paddingInlineStart: tokens.spacingHorizontalS,
    borderInlineStartWidth: tokens.strokeWidthThick,
    borderInlineStartStyle: 'solid',
    borderInlineStartColor: tokens.colorNeutralStroke1,
  },
  actions: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalS },
  reason: { color: tokens.colorNeutralForeground3 },
});

/** A warning of the list, by its place in `warnings`, or the note of an alias added for one gone. */
type Entry = JsonResult['warnings'][number] & { readonly index: number; readonly gone?: true };

export interface WarningListProps {
  readonly warnings: JsonResult['warnings'];
  readonly language: Language;
  /** Shows a cell in the workbook. */
  readonly onSelect: (sheet: string, cell: string) => void;
  /** The engine's result behind `warnings` (by the same places): where aliases go. */
  readonly engineResult: EngineResult | null;
  /** Writes a confirmed alias for the warning at `index`. */
  readonly onAddAlias: (choice: AliasChoice, index: number) => void;
  readonly aliasNote: AliasNote | null;
}

export function WarningList({
  warnings,
  language,
  onSelect,
  engineResult,
  onAddAlias,
  aliasNote,
}: WarningListProps) {
  const styles = useStyles();
  // For each warning (by its place in `warnings`), the services its name may be an alias of.
  const aliasChoices = useMemo(() => aliasChoicesOf(engineResult), [engineResult]);
  const [shown, setShown] = useState<ReadonlySet<Severity>>(new Set(SEVERITIES));
  const [text, setText] = useState('');
  /** The suggestion whose write is being confirmed: its warning's place and its service. */
  const [confirming, setConfirming] = useState<{ index: number; service: string } | null>(null);
  const locale = language === 'sv' ? 'sv-SE' : 'en-GB';
  const needle = text.trim().toLocaleLowerCase(locale);
  const matches = warnings
    .map((w, index): Entry => ({ ...w, index }))
    .filter(
      (w) =>
        shown.has(w.severity) &&
        (needle === '' ||
          `${w.title} ${w.message} ${w.code} ${w.sheet ?? ''}!${w.cell ?? ''}`
            .toLocaleLowerCase(locale)
            .includes(needle)),
    );
  // The note of an alias goes with its warning; once the run after it took the warning away, in
  // the warning's place.
  const noteFor = (w: Entry): AliasNote | null =>
    aliasNote !== null &&
    (w.gone === true || (w.index === aliasNote.index && sameWarning(w, aliasNote.warning)))
      ? aliasNote
      : null;
  const entries: readonly Entry[] =
    aliasNote === null ||
    !shown.has(aliasNote.warning.severity) ||
    warnings.some((w, index) => index === aliasNote.index && sameWarning(w, aliasNote.warning))
      ? matches
      : [
          ...matches.filter((w) => w.index < aliasNote.index),
          { ...aliasNote.warning, index: aliasNote.index, gone: true },
          ...matches.filter((w) => w.index >= aliasNote.index),
        ];
  if (warnings.length === 0 && aliasNote === null)
    return <Caption1>{PANE_TEXTS.noWarnings[language]}</Caption1>;
  const showAll = (): void => {
    setShown(new Set(SEVERITIES));
    setText('');
  };
  return (
    <section aria-label={PANE_TEXTS.tabWarnings[language]}>
      <div className={styles.filters} role="group" aria-label={PANE_TEXTS.filter[language]}>
        {SEVERITIES.map((severity) => {
          const count = warnings.filter((w) => w.severity === severity).length;
          const pressed = shown.has(severity);
          return (
            <ToggleButton
              key={severity}
              size="small"
              checked={pressed}
              appearance={pressed ? 'primary' : 'outline'}
              icon={
                <span className={styles.tick} aria-hidden="true">
                  {pressed ? '✓' : ''}
                </span>
              }
              onClick={() => {
                const next = new Set(shown);
                if (next.has(severity)) next.delete(severity);
                else next.add(severity);
                setShown(next);
              }}
            >
              {`${SEVERITY_WORDS[severity][language]} (${count})`}
            </ToggleButton>
          );
        })}
        <Input
          size="small"
          value={text}
          onChange={(_ev, data) => {
            setText(data.value);
          }}
          aria-label={PANE_TEXTS.filter[language]}
          placeholder={PANE_TEXTS.filter[language]}
        />
      </div>
      {entries.length === 0 ? (
        <div className={styles.aside} role="status">
          <Caption1>{LIVE_TEXTS.noMatches[language]}</Caption1>
          <Button size="small" onClick={showAll}>
            {LIVE_TEXTS.clearFilter[language]}
          </Button>
        </div>
      ) : null}
      {SEVERITIES.filter((severity) => shown.has(severity)).map((severity) => {
        const group = entries.filter((w) => w.severity === severity);
        if (group.length === 0) return null;
        return (
          <div key={severity}>
            {/* An alias's note standing where its warning was is not a finding. */}
            <Subtitle2 as="h2">{`${SEVERITY_WORDS[severity][language]} (${group.filter((w) => w.gone !== true).length})`}</Subtitle2>
            <ul className={styles.list}>
              {group.map((w, i) =>
                w.gone === true ? (
                  <li key={`alias-note-${w.index}`} className={styles.item}>
                    <AliasNoteView note={aliasNote} language={language} />
                  </li>
                ) : (
                  <li
                    key={`${w.code}-${w.sheet ?? ''}-${w.cell ?? ''}-${i}`}
                    className={styles.item}
                  >
                    {w.sheet !== null && w.cell !== null ? (
                      <Button
                        appearance="transparent"
                        size="small"
                        className={styles.cell}
                        onClick={() => {
                          onSelect(w.sheet ?? '', w.cell ?? '');
                        }}
                        aria-label={`${PANE_TEXTS.goToCell[language]} ${w.sheet}!${w.cell}: ${w.message}`}
                      >
                        {`${w.sheet}!${w.cell}`}
                      </Button>
                    ) : null}
                    <WarningMessage warning={w} />
                    <AliasNoteView note={noteFor(w)} language={language} />
                    {(aliasChoices.get(w.index) ?? []).map((choice) => {
                      const reasonId = `alias-reason-${w.index}-${choice.service}`;
                      if (confirming?.index === w.index && confirming.service === choice.service)
                        return (
                          <div key={choice.service} className={styles.aside} role="group">
                            <Caption1>
                              {aliasWriteText(
                                {
                                  text: choice.text,
                                  cell: `${choice.at.sheet}!${choice.at.cell}`,
                                  service: choice.service,
                                },
                                language,
                              )}
                            </Caption1>
                            <div className={styles.actions}>
                              <Button
                                size="small"
                                appearance="primary"
                                // The box replaced the button that had focus: focus stays here.
                                autoFocus
                                onClick={() => {
                                  setConfirming(null);
                                  onAddAlias(choice, w.index);
                                }}
                              >
                                {LIVE_TEXTS.confirmAlias[language]}
                              </Button>
                              <Button
                                size="small"
                                onClick={() => {
                                  setConfirming(null);
                                }}
                              >
                                {LIVE_TEXTS.cancelAlias[language]}
                              </Button>
                            </div>
                          </div>
                        );
                      return (
                        <div key={choice.service}>
                          <Button
                            size="small"
                            appearance="secondary"
                            aria-describedby={reasonId}
                            onClick={() => {
                              setConfirming({ index: w.index, service: choice.service });
                            }}
                          >
                            {addAliasText(choice.service, language)}
                          </Button>
                          <Caption1 id={reasonId} block className={styles.reason}>
                            {reasonText(choice.reason, language)}
                          </Caption1>
                        </div>
                      );
                    })}
                  </li>
                ),
              )}
            </ul>
          </div>
        );
      })}
    </section>
  );
}

/** The same warning as one listed earlier: its code, cell and text. */
function sameWarning(
  a: JsonResult['warnings'][number],
  b: JsonResult['warnings'][number],
): boolean {
  return a.code === b.code && a.sheet === b.sheet && a.cell === b.cell && a.message === b.message;
}

/** What became of an alias added from a suggestion, with its undo while there is one. */
function AliasNoteView({ note, language }: { note: AliasNote | null; language: Language }) {
  const styles = useStyles();
  return (
    <div role="status" aria-live="polite" className={note === null ? undefined : styles.aside}>
      {note === null ? null : (
        <>
          <Caption1>{note.message}</Caption1>
          {note.onUndo === null ? null : (
            <Button size="small" onClick={note.onUndo}>
              {LIVE_TEXTS.undoAlias[language]}
            </Button>
          )}
        </>
      )}
    </div>
  );
}
