/**
 * The Office runtime's wiring, in one place: the ribbon command and the task pane share one page
 * (a shared runtime), so they share one pipeline, one Excel port and one session, and their runs
 * never overlap.
 */
import type { Language } from './engine';
import { createPipeline } from './pipeline/pipeline';
import type { Session } from './pipeline/session';
import { createSession } from './pipeline/session';
import { VERSION } from './version';
import { excelPort, officeExcelRun } from './workbook/excel/port';

let session: Session | null = null;

/** The session of this runtime, made on first use (after `Office.onReady`). */
export function getSession(): Session {
  session ??= createSession({
    pipeline: createPipeline({ version: VERSION, now: () => new Date() }),
    port: excelPort(officeExcelRun),
    language: officeLanguage,
  });
  return session;
}

/** Swedish when Office is set to Swedish, English otherwise. */
export function officeLanguage(): Language {
  return /^sv/i.test(Office.context.displayLanguage) ? 'sv' : 'en';
}
