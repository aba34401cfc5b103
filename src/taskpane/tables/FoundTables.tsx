/**
 * Where each logical table was found, with its rows, or that it was not found; and a way to say
 * where it really is (an Excel table, or a range on a sheet), saved in the workbook so colleagues
 * read the same tables.
 */
import {
  Body1Strong,
  Button,
  Caption1,
  Field,
  Input,
  makeStyles,
  Select,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import type { JsonResult, Language, TableKind } from '../../engine';
import { parseRange, sheetNameKey, TABLE_KINDS, TABLE_LABELS } from '../../engine';
import type { TableMapping } from '../../workbook/settings';
import { PANE_TEXTS } from '../texts';
import { ColumnMapping } from './ColumnMapping';

const AUTOMATIC = '';
const RANGE = '\u0000range';

// One table under another, each a stack (its name, where it was found, the choice, the range):
// side by side, three columns took 64 px more than a 320 px pane has.
const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalL, minWidth: 0 },
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalL,
  },
  item: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS, minWidth: 0 },
  found: { overflowWrap: 'anywhere', color: tokens.colorNeutralForeground2 },
  button: { alignSelf: 'flex-start' },
  // A field's column is at least its control's widest content (a native select's longest
  // option) unless told it may shrink: then the control takes the pane's width, no more.
  field: { gridTemplateColumns: 'minmax(0, 1fr)' },
  select: { minWidth: 0 },
});

/** A range as a formula names it: the sheet quoted when its name needs it ('Mitt blad'!A1:B2). */
function rangeText(sheet: string, range: string): string {
  return /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(sheet)
    ? `${sheet}!${range}`
    : `'${sheet.replace(/'/g, "''")}'!${range}`;
}

export interface FoundTablesProps {
  readonly tables: JsonResult['tables'];
  readonly language: Language;
  readonly mapping: Readonly<Partial<Record<TableKind, TableMapping>>>;
  readonly sheetNames: readonly string[];
  readonly excelTables: readonly { readonly name: string; readonly sheet: string }[];
  readonly onSaveMapping: (mapping: Partial<Record<TableKind, TableMapping>>) => void;
}

/** `Sheet!A1:B2` as a mapping, when the sheet exists and the range reads. */
export function rangeMapping(text: string, sheetNames: readonly string[]): TableMapping | null {
  const bang = text.lastIndexOf('!');
  if (bang <= 0) return null;
  const sheet = text
    .slice(0, bang)
    .replace(/^'(.*)'$/, '$1')
    .replace(/''/g, "'");
  const range = text.slice(bang + 1);
  const known = sheetNames.find((name) => sheetNameKey(name) === sheetNameKey(sheet));
  return known === undefined || parseRange(range) === null ? null : { sheet: known, range };
}

export function FoundTables(props: FoundTablesProps) {
  const { tables, language, mapping, sheetNames, excelTables } = props;
  const styles = useStyles();
  const t = (key: keyof typeof PANE_TEXTS): string => PANE_TEXTS[key][language];
  const [choices, setChoices] = useState<Partial<Record<TableKind, string>>>(() =>
    Object.fromEntries(
      Object.entries(mapping).map(([kind, m]) => [kind, 'table' in m ? m.table : RANGE]),
    ),
  );
  const [ranges, setRanges] = useState<Partial<Record<TableKind, string>>>(() =>
    Object.fromEntries(
      Object.entries(mapping).flatMap(([kind, m]) =>
        'sheet' in m ? [[kind, `${m.sheet}!${m.range}`]] : [],
      ),
    ),
  );
  const wanted: Partial<Record<TableKind, TableMapping | null>> = {};
  for (const kind of TABLE_KINDS) {
    const choice = choices[kind] ?? AUTOMATIC;
    if (choice === AUTOMATIC) continue;
    wanted[kind] =
      choice === RANGE ? rangeMapping(ranges[kind] ?? '', sheetNames) : { table: choice };
  }
  const valid = Object.values(wanted).every((m) => m !== null);
  const [left, setLeft] = useState<Partial<Record<TableKind, boolean>>>({});
  const [columnsOf, setColumnsOf] = useState<TableKind | ''>('');
  const columnTable = tables.find((table) => table.table === columnsOf);
  return (
    <section aria-label={t('tabTables')} className={styles.root}>
      <ul className={styles.list} aria-label={t('tabTables')}>
        {TABLE_KINDS.map((kind) => {
          const found = tables.find((table) => table.table === kind);
          const choice = choices[kind] ?? AUTOMATIC;
          const label = TABLE_LABELS[kind][language];
          const rangeWrong = choice === RANGE && wanted[kind] === null && left[kind] === true;
          return (
            <li key={kind} className={styles.item}>
              <Body1Strong>{label}</Body1Strong>
              <Caption1 className={styles.found}>
                {found === undefined
                  ? t('notFound')
                  : `${rangeText(found.sheet, found.range)} (${found.rows} ${t('rows')})`}
              </Caption1>
              <Field label={t('where')} className={styles.field}>
                <Select
                  className={styles.select}
                  aria-label={`${t('where')}: ${label}`}
                  value={choice}
                  onChange={(_ev, data) => {
                    setChoices({ ...choices, [kind]: data.value });
                    // A range starts as the one that was found, for the user to correct.
                    if (data.value === RANGE && ranges[kind] === undefined && found !== undefined)
                      setRanges({ ...ranges, [kind]: rangeText(found.sheet, found.range) });
                  }}
                >
                  <option value={AUTOMATIC}>{t('automatic')}</option>
                  {excelTables.map((table) => (
                    <option
                      key={table.name}
                      value={table.name}
                    >{`${t('excelTable')} ${table.name} (${table.sheet})`}</option>
                  ))}
                  <option value={RANGE}>{t('range')}</option>
                </Select>
              </Field>
              {choice === RANGE && (
                <Field
                  className={styles.field}
                  label={t('rangeLabel')}
                  validationState={rangeWrong ? 'error' : 'none'}
                  validationMessage={rangeWrong ? t('invalidRange') : null}
                >
                  <Input
                    value={ranges[kind] ?? ''}
                    onChange={(_ev, data) => {
                      setRanges({ ...ranges, [kind]: data.value });
                    }}
                    // Checked when the user leaves the field, not while they type it.
                    onBlur={() => {
                      setLeft({ ...left, [kind]: true });
                    }}
                  />
                </Field>
              )}
            </li>
          );
        })}
      </ul>
      <Button
        appearance="secondary"
        className={styles.button}
        disabled={!valid}
        onClick={() => {
          props.onSaveMapping(wanted as Partial<Record<TableKind, TableMapping>>);
        }}
      >
        {t('saveMapping')}
      </Button>
      <Field label={t('columnsOf')} className={styles.field}>
        <Select
          className={styles.select}
          value={columnsOf}
          onChange={(_ev, data) => {
            setColumnsOf(data.value as TableKind | '');
          }}
        >
          <option value="">–</option>
          {tables.map((table) => (
            <option key={table.table} value={table.table}>
              {TABLE_LABELS[table.table][language]}
            </option>
          ))}
        </Select>
      </Field>
      {columnTable !== undefined && (
        <ColumnMapping
          key={columnTable.table}
          table={columnTable}
          mapping={mapping[columnTable.table]}
          language={language}
          onSave={(columns) => {
            props.onSaveMapping({ ...mapping, [columnTable.table]: columns });
          }}
        />
      )}
    </section>
  );
}
