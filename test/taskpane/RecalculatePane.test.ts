import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import type { RecalculatePaneProps } from '../../src/taskpane/RecalculatePane';
import { RecalculatePane } from '../../src/taskpane/RecalculatePane';
import { VERSION } from '../../src/version';

/** The pane's markup for these props (no DOM needed: server rendering). */
function render(props: Partial<RecalculatePaneProps>): string {
  const pane = createElement(RecalculatePane, {
    language: 'sv',
    running: false,
    stage: null,
    result: null,
    host: null,
    onRecalculate: () => undefined,
    ...props,
  });
  return renderToStaticMarkup(createElement(FluentProvider, { theme: webLightTheme }, pane));
}

describe('RecalculatePane', () => {
  it('offers Recalculate, in the pane language, before any run', () => {
    expect(render({})).toMatch(/<button[^>]*>Räkna om<\/button>/);
    expect(render({ language: 'en' })).toMatch(/<button[^>]*>Recalculate<\/button>/);
    expect(render({})).not.toContain('role="progressbar"');
  });

  it('shows the stage and disables the button while a run goes on', () => {
    const html = render({ running: true, stage: 'writing' });
    expect(html).toMatch(/<button[^>]*disabled=""/);
    expect(html).toContain('Skriver resultatbladen…');
  });

  it('says a click found a run going on', () => {
    const html = render({ running: true, stage: 'reading', result: { kind: 'busy' } });
    expect(html).toContain('En omräkning pågår redan; vänta tills den är klar.');
  });

  it('shows a failure in the live region once the run is over', () => {
    const html = render({
      result: { kind: 'failed', problem: null, message: 'Excel svarade inte.' },
    });
    expect(html).toMatch(/role="status"[^>]*>.*Excel svarade inte\./);
  });

  it('says before the first run what Recalculate will do, naming the sheets it writes', () => {
    const html = render({
      firstRun: {
        resultSheets: {
          summary: 'Scenariosummering',
          drivers: 'Kostnadsdrivare',
          validations: 'Valideringar',
        },
        reportSheet: null,
      },
    });
    expect(html).toContain(
      'Räkna om läser tabellerna och skriver resultatbladen ”Scenariosummering”, ”Kostnadsdrivare” och ”Valideringar” och sammanställningen ”Sammanställning”; bladen med indata ändras inte.',
    );
  });

  it('after a written run: one line, only its errors coloured as errors, and the summary button', () => {
    const warning = (severity: 'error' | 'warning') =>
      ({ severity, code: 'STATED_MISMATCH', message: '', sheet: null, cell: null }) as const;
    const json = {
      unit: 'tkr',
      years: [],
      scenarios: [],
      drivers: null,
      warnings: [warning('error'), warning('warning'), warning('warning')],
      tables: [],
    } as const;
    const outcome = {
      kind: 'written',
      json,
      sheets: [{ kind: 'report', name: 'Sammanställning' }],
      timings: { readingMs: 0, computingMs: 0, writingMs: 0 },
    } as unknown as Extract<
      NonNullable<RecalculatePaneProps['result']>,
      { kind: 'done' }
    >['outcome'];
    const html = render({
      result: { kind: 'done', outcome, elapsedMs: 420 },
      onShowSheet: () => undefined,
    });
    // A part after the first carries the separator in front of it: `· 1 fel`.
    const classOf = (text: string): string | undefined =>
      new RegExp(`<span class="([^"]*)">(?:· (?:<!-- -->)?)?${text}</span>`).exec(html)?.[1];
    expect(html.replace(/<[^>]+>/g, '')).toContain(
      'Resultatbladen skrevs · 1 fel · 2 varningar · 0,4 s',
    );
    expect(classOf('1 fel')).toBeDefined();
    expect(classOf('1 fel')).not.toBe(classOf('Resultatbladen skrevs'));
    expect(classOf('1 fel')).not.toBe(classOf('2 varningar'));
    expect(html).toMatch(/<button[^>]*>Visa sammanställningen<\/button>/);
    // Without a written run, no button.
    expect(render({ onShowSheet: () => undefined })).not.toContain('Visa sammanställningen');
  });

  it('names the host on the diagnostic line once it is known', () => {
    expect(render({ host: 'EXCEL · PC' })).toContain(`Scenarioberäkning ${VERSION} · EXCEL · PC`);
  });
});
