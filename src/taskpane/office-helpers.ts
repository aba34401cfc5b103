/**
 * The one door to @microsoft/office-js-helpers (archived upstream, last release 2018): it names
 * the host and platform for the pane's diagnostic line. Loaded on demand as its own chunk, after
 * the first paint, so its weight (a self-contained UMD bundle with lodash and rxjs parts inside)
 * never delays the pane; `npm run bench:bundle` prints what it costs.
 */

/**
 * The host and platform as office-js-helpers names them, e.g. 'EXCEL · PC' or 'EXCEL · OFFICE_ONLINE'.
 * Call it after `Office.onReady`.
 */
export async function describeHost(): Promise<string> {
  const { Utilities } = await import(
    /* webpackChunkName: "office-helpers" */ '@microsoft/office-js-helpers'
  );
  // Outside an add-in (a plain browser) the platform is null, whatever the typings say.
  const { host, platform } = Utilities;
  return platform ? `${host} · ${platform}` : host;
}
