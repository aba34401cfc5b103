/**
 * Where each logical table was found, with its rows, or that it was not found; and a way to say
 * where it really is (an Excel table, or a range on a sheet), saved in the workbook so colleagues
 * read the same tables.
 */
import {
  Button,
  Field,
  Input,
  makeStyles,
  Select,
  Table,
  TableBody,
  TableCell,
  TableRow,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import type { JsonResult, Language, TableKind } from '../../engine';
import { parseRange, TABLE_KINDS, TABLE_LABELS } from '../../engine';
import type { TableMapping } from '../../workbook/settings';
import { PANE_TEXTS } from '../texts';
import { ColumnMapping } from './ColumnMapping';

const AUTOMATIC = '';
const RANGE = '\u0000range';

const useStyles = makeStyles({
  choice: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXS,
    minWidth: '160px',
  },
});

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
  const known = sheetNames.find((name) => name.toLowerCase() === sheet.toLowerCase());
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
  const [columnsOf, setColumnsOf] = useState<TableKind | ''>('');
  const columnTable = tables.find((table) => table.table === columnsOf);
  return (
    <section aria-label={t('tabTables')}>
      <Table size="small" aria-label={t('tabTables')}>
        <TableBody>
          {TABLE_KINDS.map((kind) => {
            const found = tables.find((table) => table.table === kind);
            const choice = choices[kind] ?? AUTOMATIC;
            const label = TABLE_LABELS[kind][language];
            return (
              <TableRow key={kind}>
                <TableCell>{label}</TableCell>
                <TableCell>
                  {found === undefined
                    ? t('notFound')
                    : `${found.sheet}!${found.range} (${found.rows} ${t('rows')})`}
                </TableCell>
                <TableCell className={styles.choice}>
                  <Select
                    aria-label={`${t('where')}: ${label}`}
                    value={choice}
                    onChange={(_ev, data) => {
                      setChoices({ ...choices, [kind]: data.value });
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
                  {choice === RANGE && (
                    <Field
                      label={t('rangeLabel')}
                      validationState={wanted[kind] === null ? 'error' : 'none'}
                      validationMessage={wanted[kind] === null ? t('invalidRange') : null}
                    >
                      <Input
                        value={ranges[kind] ?? ''}
                        onChange={(_ev, data) => {
                          setRanges({ ...ranges, [kind]: data.value });
                        }}
                      />
                    </Field>
                  )}
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
      <Button
        appearance="secondary"
        disabled={!valid}
        onClick={() => {
          props.onSaveMapping(wanted as Partial<Record<TableKind, TableMapping>>);
        }}
      >
        {t('saveMapping')}
      </Button>
      <Field label={t('columnsOf')}>
        <Select
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
