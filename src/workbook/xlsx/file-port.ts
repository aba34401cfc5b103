/**
 * The workbook port over .xlsx bytes: read them, and hand the written copy to `save`. The input
 * bytes are never changed.
 */
import type { ResultSheet, WorkbookPort, WorkbookSnapshot } from '../port';
import type { StoredSettings } from '../settings';
import { readXlsx } from './read';
import { writeResultSheets } from './write';

/**
 * A port for one .xlsx file's bytes.
 * @example createPipeline(deps).run(xlsxPort(bytes, (out) => writeFile('out.xlsx', out)), { language: 'sv' })
 */
export function xlsxPort(
  bytes: Uint8Array,
  save: (bytes: Uint8Array) => Promise<void>,
): WorkbookPort {
  return {
    read: (): Promise<WorkbookSnapshot> => readXlsx(bytes),
    write: async (sheets: readonly ResultSheet[], settings: StoredSettings): Promise<void> => {
      await save(await writeResultSheets(bytes, sheets, settings));
    },
  };
}
