/**
 * The settings part, looked up one way by every reader and writer of the adapter: every custom XML
 * part of the settings namespace, not `getOnlyItemOrNullObject()`, which in Excel gives a null
 * object when two parts have the namespace, so duplicates would read as "no settings" and each
 * save would add one more.
 *
 * Two parts can exist: two copies of the add-in each adding one to a workbook that had none
 * (co-authoring in Excel on the web), or a part pasted in by another tool. The newest is the last
 * in the collection that holds settings: Excel lists a workbook's parts in the order they were
 * added, and the settings XML carries no time of its own (a stamp in it would change the part the
 * .xlsx door writes, byte for byte). A read keeps every part (a read never changes the workbook);
 * the next write of the settings puts them in the newest part and deletes the others.
 */
import type { StoredSettings } from '../settings';
import { SETTINGS_NAMESPACE, settingsFromXml, settingsXml } from '../settings-xml';

/** The settings parts, queued for the next sync; what to do with them once it has run. */
export interface SettingsParts {
  /**
   * After the lookup's sync: queues fetching every part's XML, and gives what reads the settings
   * of the newest part holding any once the next sync has run (null: none).
   */
  queueRead(): () => StoredSettings | null;
  /**
   * After the lookup's sync: queues the settings' XML written into the newest part and the other
   * parts deleted, or one part added when there is none, so there is one part after the sync.
   */
  queueWrite(xml: string): void;
}

/**
 * Queues the lookup of the settings parts; their items are there after the next sync.
 * @example const parts = settingsParts(context); await context.sync(); parts.queueWrite(xml); await context.sync();
 */
export function settingsParts(context: Excel.RequestContext): SettingsParts {
  const parts = context.workbook.customXmlParts.getByNamespace(SETTINGS_NAMESPACE);
  parts.load('items/id');
  return {
    queueRead() {
      const xmls = parts.items.map((part) => part.getXml());
      return () => {
        const found = xmls.map((xml) => settingsFromXml(xml.value));
        return found.filter((settings) => settings !== null).at(-1) ?? null;
      };
    },
    queueWrite(xml) {
      // Loaded by the lookup, read after its sync, which every caller awaits before this call.
      // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/load-object-before-read
      const items = parts.items;
      const newest = items.at(-1);
      if (newest === undefined) {
        context.workbook.customXmlParts.add(xml);
        return;
      }
      newest.setXml(xml);
      for (const older of items.slice(0, -1)) older.delete();
    },
  };
}

/** Saves the settings, replacing the saved ones (and any duplicate part). */
export async function saveSettings(
  context: Excel.RequestContext,
  settings: StoredSettings,
): Promise<void> {
  const parts = settingsParts(context);
  await context.sync();
  parts.queueWrite(settingsXml(settings));
  await context.sync();
}
