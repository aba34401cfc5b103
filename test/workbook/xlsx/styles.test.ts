/**
 * The result styles added to a workbook's styles part: amounts get the number format their unit
 * needs, as a custom format the workbook does not have yet, without disturbing those it has.
 */
import { ensureResultStyles, MINIMAL_STYLES } from '../../../src/workbook/xlsx/styles';

const xfs = (xml: string): string[] =>
  /<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(xml)?.[1]?.match(/<xf\b[^>]*\/>/g) ?? [];

describe('the result styles', () => {
  it('formats amounts #,##0 with Excel’s own format, and adds no custom one', () => {
    const { xml, styles } = ensureResultStyles(MINIMAL_STYLES, ['#,##0']);
    expect(xml).not.toContain('<numFmts');
    expect(xfs(xml)[styles.amount.get('#,##0') ?? -1]).toContain('numFmtId="3"');
  });

  it('adds #,##0.000 for MSEK as the first custom format, <numFmts> first in the part', () => {
    const { xml, styles } = ensureResultStyles(MINIMAL_STYLES, ['#,##0.000']);
    expect(xml).toMatch(
      /<styleSheet[^>]*><numFmts count="1"><numFmt numFmtId="164" formatCode="#,##0.000"\/><\/numFmts><fonts/,
    );
    expect(xfs(xml)[styles.amount.get('#,##0.000') ?? -1]).toContain('numFmtId="164"');
  });

  it('takes the next free id beside the workbook’s own formats, and reuses its own on a second run', () => {
    const theirs = MINIMAL_STYLES.replace(
      /(<styleSheet[^>]*>)/,
      '$1<numFmts count="2"><numFmt numFmtId="164" formatCode="General"/><numFmt numFmtId="170" formatCode="0.0%"/></numFmts>',
    );
    const first = ensureResultStyles(theirs, ['#,##0.000']);
    expect(first.xml).toContain(
      '<numFmts count="3"><numFmt numFmtId="164" formatCode="General"/><numFmt numFmtId="170" formatCode="0.0%"/><numFmt numFmtId="171" formatCode="#,##0.000"/></numFmts>',
    );
    const again = ensureResultStyles(first.xml, ['#,##0.000']);
    expect(again.xml).toBe(first.xml);
    expect(again.styles).toEqual(first.styles);
  });
});
