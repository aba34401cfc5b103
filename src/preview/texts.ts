/**
 * What the preview's workbook panel says, in the pane's language. The pane's own words are in
 * src/taskpane/texts.ts; the ribbon button's label is manifest.xml's.
 */
import type { Language, Tolerance } from '../engine';

type Texts = Readonly<Record<Language, string>>;

export const PREVIEW_TEXTS = {
  panel: { sv: 'Arbetsbok (simulerad)', en: 'Workbook (simulated)' },
  file: { sv: 'Fil', en: 'File' },
  sheets: { sv: 'Blad', en: 'Sheets' },
  activeSheet: { sv: 'Aktivt blad', en: 'Active sheet' },
  selection: { sv: 'Markering', en: 'Selection' },
  settings: { sv: 'Sparade inställningar', en: 'Saved settings' },
  nothing: { sv: 'ingen', en: 'none' },
  loading: { sv: 'Läser filen…', en: 'Reading the file…' },
  openFile: { sv: 'Öppna en annan .xlsx', en: 'Open another .xlsx' },
  ribbon: { sv: 'Menyfliksområdet', en: 'Ribbon' },
  ribbonRecalculate: { sv: 'Räkna om scenarier', en: 'Recalculate scenarios' },
  editCell: { sv: 'Skriv i en cell', en: 'Type into a cell' },
  editSheet: { sv: 'Blad', en: 'Sheet' },
  editAddress: { sv: 'Cell', en: 'Cell' },
  editValue: { sv: 'Värde', en: 'Value' },
  editApply: { sv: 'Skriv', en: 'Enter' },
  forgetSettings: {
    sv: 'Glöm inställningarna som sparats i webbläsaren',
    en: 'Forget the settings saved in this browser',
  },
} as const satisfies Readonly<Record<string, Texts>>;

/** E.g. "Scenariosummering, Kostnadsdrivare, Valideringar · tolerans 0,5 · tkr". */
export function settingsLine(
  sheets: readonly string[],
  tolerance: Tolerance | null,
  unit: string | null,
  language: Language,
): string {
  const number =
    tolerance === null
      ? language === 'sv'
        ? '0,5 tkr'
        : '0.5 tkr'
      : `${new Intl.NumberFormat(language === 'sv' ? 'sv-SE' : 'en-GB').format(tolerance.amount)}${tolerance.unit === null ? '' : ` ${tolerance.unit}`}`;
  const shown = unit ?? (language === 'sv' ? 'tabellernas enhet' : "the tables' unit");
  return `${sheets.join(', ')} · ${language === 'sv' ? 'tolerans' : 'tolerance'} ${number} · ${shown}`;
}
