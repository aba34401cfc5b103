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

  it('names the host on the diagnostic line once it is known', () => {
    expect(render({ host: 'EXCEL · PC' })).toContain(`Scenarioberäkning ${VERSION} · EXCEL · PC`);
  });
});
