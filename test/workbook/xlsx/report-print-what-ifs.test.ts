/**
 * The report's what-ifs as LibreOffice prints them (headless, to PDF, read with pdftotext): a
 * reader of the printed report sees the section, the what-if's name and its 2025 total, and the
 * scenarios' totals as they were. Skipped with a sentence where LibreOffice or poppler-utils is
 * missing; required in CI.
 */
import { convertWith, describeWithLibreOffice } from '../../support/libreoffice';
import { pdfPages, pdfToolsOrSkip } from '../../support/pdf';
import { AI_IN_3, SCENARIO_TOTALS_2025, withWhatIfs } from '../../support/what-ifs';
import { fixture, recalculateBytes } from './helpers';

/** A figure as LibreOffice prints it with `#,##0`: grouped by its locale's separator, whichever. */
const figure = (digits: string): RegExp =>
  new RegExp(digits.replace(/\B(?=(\d{3})+$)/g, '[ ,.\u00a0\u202f]'));

describeWithLibreOffice('the report’s what-ifs as LibreOffice prints them', (soffice) => {
  let report = '';
  const tools =
    soffice !== '' && pdfToolsOrSkip('the report’s what-ifs as LibreOffice prints them');
  const it_ = tools ? it : it.skip;

  beforeAll(async () => {
    if (!tools) return;
    const bytes = await withWhatIfs(fixture('examples/arlig-analys-2025.xlsx'), [AI_IN_3]);
    const { written } = await recalculateBytes(bytes, { language: 'sv' });
    if (written === null) throw new Error('nothing written');
    const pdf = convertWith(soffice, written, 'pdf').get('written.pdf');
    if (pdf === undefined) throw new Error('LibreOffice wrote no PDF');
    report = pdfPages(pdf)
      .filter((page) => page.includes('Sammanställning av scenarier och kostnadsdrivare'))
      .join('\n');
  }, 180_000);

  it_(
    'prints the section, the what-if’s name and its 2025 total beside the scenarios’ totals',
    () => {
      expect(report).toContain('Varianter (what-if)');
      expect(report).toContain('inte beslutade scenarier');
      expect(report).toContain('Variant ”AI i scenario 3”, utgår från scenario 3 (tkr)');
      expect(report).toMatch(new RegExp(`Summering\\s+${figure('1104676').source}`));
      expect(report).toMatch(
        new RegExp(`Summering, skillnad mot scenario 3\\s+${figure('10500').source}`),
      );
      for (const total of SCENARIO_TOTALS_2025) expect(report).toMatch(figure(String(total)));
    },
  );
});
