/**
 * What a found table's header says about the columns it does not read, or reads by a guess: each
 * reported at the column's header cell (`headerCellRef`), so no amount goes uncounted in silence.
 */
import { readNumber } from '../cells/parse';
import { nearMissHeader } from '../headers/near-miss';
import { yearlessWord } from '../headers/recognise';
import type { WarningSink } from '../validation/warning';
import type { FoundTable } from './grid';
import { headerCellRef } from './grid';

/**
 * Reports, per header cell: a column repeating another, a header read by a word inside it, a
 * header naming two columns, a near miss, a column needing a year it lacks, and amounts under a
 * header no column is read from. None of the guesses where the user said what the columns mean.
 */
export function reportHeaderFindings(table: FoundTable, sink: WarningSink): void {
  const { kind, header } = table;
  for (const duplicate of header.duplicates)
    sink.add(
      { code: 'DUPLICATE_COLUMN', table: kind, header: duplicate.header },
      headerCellRef(table, duplicate.index),
    );
  if (table.source.kind === 'mapping' && (table.source.columns ?? []).length > 0) return;
  for (const column of header.inferred)
    sink.add(
      {
        code: 'HEADER_READ_AS',
        table: kind,
        header: column.header,
        meant: `${column.word}${column.year === null ? '' : ` ${column.year}`}`,
      },
      headerCellRef(table, column.index),
    );
  for (const { index, header: written, words } of header.ambiguous)
    sink.add(
      { code: 'HEADER_AMBIGUOUS', table: kind, header: written, words },
      headerCellRef(table, index),
    );
  const onSheet = table.source.kind === 'sheet';
  const settled = new Set(
    [...header.columns, ...header.duplicates, ...header.ambiguous].map((column) => column.index),
  );
  table.headers.forEach((written, index) => {
    if (settled.has(index)) return;
    const at = headerCellRef(table, index);
    const meant = written === '' ? null : nearMissHeader(kind, written);
    if (meant !== null) {
      sink.add({ code: 'HEADER_NEAR_MISS', table: kind, header: written, meant }, at);
      return;
    }
    const word = written === '' ? null : yearlessWord(kind, written);
    if (word !== null) {
      sink.add(
        { code: 'COLUMN_WITHOUT_YEAR', table: kind, header: written, word, rowAbove: onSheet },
        at,
      );
      return;
    }
    if (holdsAmounts(table, index))
      sink.add({ code: 'UNREAD_AMOUNTS', table: kind, header: written }, at);
  });
}

/** True when at least half the filled cells of a column, one at the least, are amounts. */
function holdsAmounts(table: FoundTable, index: number): boolean {
  let filled = 0;
  let amounts = 0;
  for (const row of table.rows) {
    const kind = readNumber(row.cells[index]).kind;
    if (kind === 'empty') continue;
    filled += 1;
    if (kind === 'number') amounts += 1;
  }
  return amounts > 0 && amounts * 2 >= filled;
}
