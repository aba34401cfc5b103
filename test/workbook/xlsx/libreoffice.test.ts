/**
 * LibreOffice opens what we write: it converts the recalculated workbook, and the result sheets'
 * cells read back equal. Without LibreOffice the suite is skipped with a line saying how to
 * install it, and fails where CI is set (`.ci/run` installs it).
 */
import { readXlsx } from '../../../src/workbook/xlsx/read';
import { convertWith, describeWithLibreOffice } from '../../support/libreoffice';
import { fixture, recalculateBytes } from './helpers';

const RESULT_SHEETS = ['Scenariosummering', 'Kostnadsdrivare', 'Valideringar'];

/** LibreOffice's own .xlsx of a file. */
function throughLibreOffice(soffice: string, bytes: Uint8Array): Uint8Array {
  const output = convertWith(soffice, bytes, 'xlsx').get('written.xlsx');
  if (output === undefined) throw new Error('LibreOffice did not convert the workbook');
  return output;
}

describeWithLibreOffice('LibreOffice', (soffice) => {
  it.each(['examples/arlig-analys-2025.xlsx', 'kitchen-sink.libreoffice.xlsx'])(
    'opens the recalculated %s, and its result sheets read back cell for cell',
    async (file) => {
      const { written } = await recalculateBytes(fixture(file), {
        language: 'sv',
        settings: {
          resultSheets: {
            summary: 'Scenariosummering',
            drivers: 'Kostnadsdrivare',
            validations: 'Valideringar',
          },
        },
      });
      if (written === null) throw new Error('nothing written');
      const ours = await readXlsx(written);
      const theirs = await readXlsx(throughLibreOffice(soffice, written));
      for (const name of RESULT_SHEETS) {
        const a = ours.sheets.find((s) => s.name === name);
        const b = theirs.sheets.find((s) => s.name === name);
        expect([name, a === undefined, b === undefined]).toEqual([name, false, false]);
        expect(b?.rows).toEqual(a?.rows);
      }
      // LibreOffice keeps every table, though it may list them in another order.
      const names = (snapshot: typeof ours): string[] =>
        snapshot.tables
          .filter((t) => t.name.startsWith('SR_'))
          .map((t) => `${t.sheet}:${t.name}:${t.top}:${t.rows.length}`)
          .sort();
      expect(names(theirs)).toEqual(names(ours));
    },
    180_000,
  );
});
