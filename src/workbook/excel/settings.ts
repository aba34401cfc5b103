/**
 * The settings part on its own, for the pane: reading and saving it takes one sync and no sheet.
 */
import type { StoredSettings } from '../settings';
import { SETTINGS_NAMESPACE, settingsFromXml, settingsXml } from '../settings-xml';

/** The saved settings, or null. */
export async function readSettings(context: Excel.RequestContext): Promise<StoredSettings | null> {
  const part = context.workbook.customXmlParts
    .getByNamespace(SETTINGS_NAMESPACE)
    .getOnlyItemOrNullObject();
  await context.sync();
  if (part.isNullObject) return null;
  const xml = part.getXml();
  await context.sync();
  // A ClientResult (what getXml gives) has its value after the sync; there is nothing to load.
  // eslint-disable-next-line office-addins/load-object-before-read
  return settingsFromXml(xml.value);
}

/** Saves the settings, replacing the saved ones. */
export async function saveSettings(
  context: Excel.RequestContext,
  settings: StoredSettings,
): Promise<void> {
  const part = context.workbook.customXmlParts
    .getByNamespace(SETTINGS_NAMESPACE)
    .getOnlyItemOrNullObject();
  await context.sync();
  if (part.isNullObject) context.workbook.customXmlParts.add(settingsXml(settings));
  else part.setXml(settingsXml(settings));
  await context.sync();
}
