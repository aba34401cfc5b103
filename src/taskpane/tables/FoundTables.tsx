/**
 * Where each logical table was found, with its rows, or that it was not found.
 */
import { Table, TableBody, TableCell, TableRow } from '@fluentui/react-components';
import type { JsonResult, Language } from '../../engine';
import { TABLE_KINDS, TABLE_LABELS } from '../../engine';
import { PANE_TEXTS } from '../texts';

export interface FoundTablesProps {
  readonly tables: JsonResult['tables'];
  readonly language: Language;
}

export function FoundTables({ tables, language }: FoundTablesProps) {
  return (
    <Table size="small" aria-label={PANE_TEXTS.tabTables[language]}>
      <TableBody>
        {TABLE_KINDS.map((kind) => {
          const found = tables.find((t) => t.table === kind);
          return (
            <TableRow key={kind}>
              <TableCell>{TABLE_LABELS[kind][language]}</TableCell>
              <TableCell>
                {found === undefined
                  ? PANE_TEXTS.notFound[language]
                  : `${found.sheet}!${found.range} (${found.rows} ${PANE_TEXTS.rows[language]})`}
              </TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
