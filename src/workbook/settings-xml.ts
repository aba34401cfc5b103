/**
 * The settings as a custom XML part: the Office Open XML place for data that travels with a
 * document and belongs to no sheet. The .xlsx adapter and the Office.js adapter read and write the
 * same part, so the command line and Excel share one set of settings.
 */
import type { StoredSettings } from './settings';
import { parseSettings, serialiseSettings } from './settings';
import { escapeXml, unescapeXml } from './xml-text';

export const SETTINGS_NAMESPACE = 'urn:scenario-recalc:settings:1';
const ROOT = 'scenarioRecalcSettings';

/** The settings part's XML. */
export function settingsXml(settings: StoredSettings): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<${ROOT} xmlns="${SETTINGS_NAMESPACE}">${escapeXml(serialiseSettings(settings))}</${ROOT}>`;
}

/** The settings in a settings part's XML, or null when it holds none. */
export function settingsFromXml(xml: string): StoredSettings | null {
  const body = new RegExp(`<${ROOT}\\b[^>]*>([\\s\\S]*?)</${ROOT}>`).exec(xml)?.[1];
  return body === undefined ? null : parseSettings(unescapeXml(body));
}
