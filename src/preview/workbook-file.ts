/**
 * An .xlsx file as the simulated workbook Excel would open from it: its sheets, its tables and the
 * settings saved in it — or, when this browser saved settings for a file of that name, those.
 * ExcelJS reads the file, in a chunk of its own, so the pane never waits for it to load.
 */
import type { SimWorkbook } from '../workbook/simulated-excel';
import { simulatedWorkbookFrom } from '../workbook/simulated-excel';
import { SETTINGS_NAMESPACE, settingsXml } from '../workbook/settings-xml';
import type { PartStorage } from './saved-parts';
import { savedParts } from './saved-parts';

/** The bytes at a URL of the preview's own site. */
export async function fetchBytes(url: string): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url} could not be loaded (HTTP ${response.status}).`);
  return new Uint8Array(await response.arrayBuffer());
}

/**
 * The workbook in an .xlsx file's bytes. Rejects with a WorkbookError for a file that is not a
 * workbook or cannot be read, as the command line would.
 */
export async function simulatedWorkbookFromFile(
  bytes: Uint8Array,
  fileName: string,
  storage: PartStorage,
): Promise<SimWorkbook> {
  const { readXlsx } = await import(/* webpackChunkName: "xlsx" */ '../workbook/xlsx/read');
  const snapshot = await readXlsx(bytes);
  const workbook = simulatedWorkbookFrom(snapshot);
  const saved = savedParts(storage, fileName);
  if (saved !== null) workbook.customXmlParts = saved;
  // The snapshot holds the file's settings part as settings; Excel would show it as a part.
  else if (snapshot.settings !== null)
    workbook.customXmlParts.push({
      id: '{settings-from-file}',
      namespace: SETTINGS_NAMESPACE,
      xml: settingsXml(snapshot.settings),
    });
  return workbook;
}
