/**
 * The preview's stand-in for office.js: the few globals the pane and the ribbon function touch,
 * and nothing else, so a pane that starts to need more fails loudly here rather than in Excel.
 * The user's language and theme come from the page's query (`?lang=sv|en&theme=light|dark`),
 * `Excel.run` is the simulated host's, and a ribbon button is clicked with `clickRibbon`.
 */
import type { ExcelRun } from '../workbook/excel/port';

export interface PreviewQuery {
  /** What `Office.context.displayLanguage` says: 'sv-SE' or 'en-US'. */
  readonly displayLanguage: 'sv-SE' | 'en-US';
  readonly dark: boolean;
}

/**
 * The language and theme a query asks for; Swedish and light when it says nothing (or nonsense),
 * as the product defaults to Swedish.
 * @example previewQuery('?lang=en&theme=dark') → { displayLanguage: 'en-US', dark: true }
 */
export function previewQuery(search: string): PreviewQuery {
  const query = new URLSearchParams(search);
  return {
    displayLanguage: /^en/i.test(query.get('lang') ?? '') ? 'en-US' : 'sv-SE',
    dark: query.get('theme')?.toLowerCase() === 'dark',
  };
}

/**
 * Office's own colours for its light (Colorful) and dark (Black) themes, as
 * `Office.context.officeTheme` gives them.
 */
const OFFICE_THEMES = {
  light: {
    isDarkTheme: false,
    bodyBackgroundColor: '#FFFFFF',
    bodyForegroundColor: '#000000',
    controlBackgroundColor: '#FFFFFF',
    controlForegroundColor: '#000000',
  },
  dark: {
    isDarkTheme: true,
    bodyBackgroundColor: '#262626',
    bodyForegroundColor: '#FFFFFF',
    controlBackgroundColor: '#363636',
    controlForegroundColor: '#FFFFFF',
  },
} as const;

export interface OfficeShim {
  readonly query: PreviewQuery;
  /** The page background Office would give the pane in this theme. */
  readonly bodyBackgroundColor: string;
  /**
   * Runs the ribbon function registered under `name`, as a click on its button does; resolves
   * when the function completes its event. Rejects when nothing is registered under that name.
   */
  clickRibbon(name: string): Promise<void>;
}

type RibbonFunction = (event: Office.AddinCommands.Event) => unknown;

/**
 * Defines `Office` and `Excel` on `globalThis`. Call it before anything reads them: the pane reads
 * them only once `Office.onReady` has resolved, which it does at once here.
 */
export function installOfficeShim(search: string, excelRun: ExcelRun): OfficeShim {
  const query = previewQuery(search);
  const theme = query.dark ? OFFICE_THEMES.dark : OFFICE_THEMES.light;
  const ribbon = new Map<string, RibbonFunction>();
  // The values of Office.js's HostType and PlatformType enums (which exist only in office.js);
  // "Simulated" is no platform of Office's, so the pane's diagnostic line tells a preview apart.
  const info = { host: 'Excel', platform: 'Simulated' };
  const office = {
    context: {
      displayLanguage: query.displayLanguage,
      officeTheme: theme,
      host: info.host,
      platform: info.platform,
    },
    onReady(callback?: (ready: typeof info) => unknown): Promise<typeof info> {
      // Like Office, never synchronously: the callback runs after the caller's own code.
      return Promise.resolve().then(() => {
        callback?.(info);
        return info;
      });
    },
    actions: {
      associate(name: string, action: RibbonFunction): void {
        ribbon.set(name, action);
      },
    },
    addin: {
      // The preview's pane is always shown.
      showAsTaskpane: (): Promise<void> => Promise.resolve(),
    },
  };
  Object.assign(globalThis, { Office: office, Excel: { run: excelRun } });
  return {
    query,
    bodyBackgroundColor: theme.bodyBackgroundColor,
    clickRibbon(name) {
      const action = ribbon.get(name);
      if (action === undefined)
        return Promise.reject(new Error(`No ribbon function is registered as "${name}".`));
      return new Promise<void>((resolve) => {
        const event = {
          completed: () => {
            resolve();
          },
        } as Office.AddinCommands.Event;
        action(event);
      });
    },
  };
}
