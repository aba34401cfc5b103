/**
 * Saying what a table's headers mean, for a template whose headers the vocabulary does not know:
 * each header with what it is read as, and a choice among the table's fields. Saved with the
 * table's mapping in the workbook, so colleagues read the same columns.
 */
import { Button, Field, makeStyles, Select, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { ColumnOverride, DriverName, JsonResult, Language } from '../../engine';
import { fieldName, headerYear, TABLE_LABELS, TABLE_SPECS } from '../../engine';
import type { TableMapping } from '../../workbook/settings';
import { PANE_TEXTS } from '../texts';

const NONE = '';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS, minWidth: 0 },
  // The field takes the pane's width, not its select's longest option (see FoundTables).
  field: { gridTemplateColumns: 'minmax(0, 1fr)' },
  select: { minWidth: 0 },
  button: { alignSelf: 'flex-start' },
});

/** A field as one option value: `field|driver`. */
const optionValue = (field: string, driver: DriverName | null): string =>
  `${field}|${driver ?? ''}`;

/** The year a column gives a per-year field: the one the engine read, or its header's own. */
const yearOf = (column: JsonResult['tables'][number]['columns'][number]): number | null =>
  column.year ?? headerYear(column.header);

export interface ColumnMappingProps {
  readonly table: JsonResult['tables'][number];
  readonly mapping: TableMapping | undefined;
  readonly language: Language;
  readonly onSave: (mapping: TableMapping) => void;
}

export function ColumnMapping({ table, mapping, language, onSave }: ColumnMappingProps) {
  const styles = useStyles();
  const t = (key: keyof typeof PANE_TEXTS): string => PANE_TEXTS[key][language];
  const kind = table.table;
  const [chosen, setChosen] = useState<readonly string[]>(() =>
    table.columns.map((column) =>
      column.field === null ? NONE : optionValue(column.field, column.driver),
    ),
  );
  const fields = TABLE_SPECS[kind].fields;
  const save = (): void => {
    const overrides: ColumnOverride[] = [];
    table.columns.forEach((column, i) => {
      const value = chosen[i] ?? NONE;
      const was = column.field === null ? NONE : optionValue(column.field, column.driver);
      if (value === was || column.header === '') return;
      const [field = '', driver = ''] = value.split('|');
      overrides.push({
        header: column.header,
        field: value === NONE ? null : field,
        year: yearOf(column),
        driver: (driver === '' ? null : driver) as DriverName | null,
      });
    });
    const place: TableMapping =
      mapping ??
      (table.excelTable !== null
        ? { table: table.excelTable }
        : { sheet: table.sheet, range: table.range });
    onSave({
      ...place,
      columns: [
        ...(mapping?.columns ?? []).filter((o) => !overrides.some((n) => n.header === o.header)),
        ...overrides,
      ],
    });
  };
  return (
    <section
      className={styles.root}
      aria-label={`${t('columnsOf')} ${TABLE_LABELS[kind][language]}`}
    >
      {table.columns.map((column, i) =>
        column.header === '' ? null : (
          <Field
            key={`${column.header}-${i}`}
            className={styles.field}
            label={`${column.header} — ${t('columnMeaning')}`}
          >
            <Select
              className={styles.select}
              value={chosen[i] ?? NONE}
              onChange={(_ev, data) => {
                setChosen(chosen.map((value, j) => (j === i ? data.value : value)));
              }}
            >
              <option value={NONE}>{t('notAColumn')}</option>
              {fields
                // A per-year field needs a year in the header, one year as the engine reads it.
                .filter((f) => f.year !== 'required' || yearOf(column) !== null)
                .map((f) => (
                  <option
                    key={optionValue(f.field, f.driver ?? null)}
                    value={optionValue(f.field, f.driver ?? null)}
                  >
                    {fieldName(f, language)}
                  </option>
                ))}
            </Select>
          </Field>
        ),
      )}
      <Button appearance="secondary" className={styles.button} onClick={save}>
        {t('saveColumns')}
      </Button>
    </section>
  );
}
