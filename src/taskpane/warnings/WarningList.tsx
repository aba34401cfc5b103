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
import { useState } from 'react';
import type { JsonResult, Language, Severity } from '../../engine';
import { SEVERITY_WORDS } from '../../pipeline/texts';
import { addAliasText, PANE_TEXTS } from '../texts';
import type { AliasChoice } from '../use-workspace';
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
  cell: { fontVariantNumeric: 'tabular-nums' },
});

export interface WarningListProps {
  readonly warnings: JsonResult['warnings'];
  readonly language: Language;
  /** Shows a cell in the workbook. */
  readonly onSelect: (sheet: string, cell: string) => void;
  /** For a warning (by its place in `warnings`), the services its name may be an alias of. */
  readonly aliasChoices: ReadonlyMap<number, readonly AliasChoice[]>;
  readonly onAddAlias: (choice: AliasChoice) => void;
  readonly aliasMessage: string | null;
}

export function WarningList({
  warnings,
  language,
  onSelect,
  aliasChoices,
  onAddAlias,
  aliasMessage,
}: WarningListProps) {
  const styles = useStyles();
  const [shown, setShown] = useState<ReadonlySet<Severity>>(new Set(SEVERITIES));
  const [text, setText] = useState('');
  const needle = text.trim().toLocaleLowerCase(language === 'sv' ? 'sv-SE' : 'en-GB');
  const matches = warnings
    .map((w, index) => ({ ...w, index }))
    .filter(
      (w) =>
        shown.has(w.severity) &&
        (needle === '' ||
          `${w.code} ${w.message} ${w.sheet ?? ''}!${w.cell ?? ''}`
            .toLocaleLowerCase()
            .includes(needle)),
    );
  if (warnings.length === 0) return <Caption1>{PANE_TEXTS.noWarnings[language]}</Caption1>;
  return (
    <section aria-label={PANE_TEXTS.tabWarnings[language]}>
      <div role="status" aria-live="polite">
        {aliasMessage === null ? null : <Caption1>{aliasMessage}</Caption1>}
      </div>
      <div className={styles.filters} role="group" aria-label={PANE_TEXTS.filter[language]}>
        {SEVERITIES.map((severity) => {
          const count = warnings.filter((w) => w.severity === severity).length;
          return (
            <ToggleButton
              key={severity}
              size="small"
              checked={shown.has(severity)}
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
      {SEVERITIES.filter((severity) => shown.has(severity)).map((severity) => {
        const group = matches.filter((w) => w.severity === severity);
        if (group.length === 0) return null;
        return (
          <div key={severity}>
            <Subtitle2 as="h2">{`${SEVERITY_WORDS[severity][language]} (${group.length})`}</Subtitle2>
            <ul className={styles.list}>
              {group.map((w, i) => (
                <li key={`${w.code}-${w.sheet ?? ''}-${w.cell ?? ''}-${i}`} className={styles.item}>
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
                  {(aliasChoices.get(w.index) ?? []).map((choice) => (
                    <Button
                      key={choice.service}
                      size="small"
                      appearance="secondary"
                      onClick={() => {
                        onAddAlias(choice);
                      }}
                    >
                      {addAliasText(choice.service, language)}
                    </Button>
                  ))}
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </section>
  );
}
