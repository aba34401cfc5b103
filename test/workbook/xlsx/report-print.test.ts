/**
 * The recalculated example as LibreOffice prints it (headless, to PDF, read with pdftotext): the
 * report fits on at most two pages and carries the figures; the three data sheets print fit to one
 * page wide with their header row on every page. Skipped with a sentence where LibreOffice or
 * poppler-utils is missing; required in CI.
 */
import { convertWith, describeWithLibreOffice } from '../../support/libreoffice';
import { pdfPages, pdfToolsOrSkip } from '../../support/pdf';
import { fixture, recalculateBytes } from './helpers';

/** A figure as LibreOffice prints it with `#,##0`: grouped by its locale's separator, whichever. */
const figure = (digits: string): RegExp =>
  new RegExp(digits.replace(/\B(?=(\d{3})+$)/g, '[ ,.\u00a0\u202f]'));

describeWithLibreOffice('the example as LibreOffice prints it', (soffice) => {
  let pages: string[] = [];
  const pagesWith = (text: string): string[] => pages.filter((page) => page.includes(text));
  // Without LibreOffice the suite is skipped already, and said so once.
  const tools = soffice !== '' && pdfToolsOrSkip('the example as LibreOffice prints it');
  const it_ = tools ? it : it.skip;

  beforeAll(async () => {
    if (!tools) return;
    const { written } = await recalculateBytes(fixture('examples/arlig-analys-2025.xlsx'), {
      language: 'sv',
    });
    if (written === null) throw new Error('nothing written');
    const pdf = convertWith(soffice, written, 'pdf').get('written.pdf');
    if (pdf === undefined) throw new Error('LibreOffice wrote no PDF');
    pages = pdfPages(pdf);
  }, 180_000);

  it_('prints the report on at most two pages, its title rows on each', () => {
    // The title rows repeat on every page of the report (its print titles), and nowhere else.
    const report = pagesWith('Sammanställning av scenarier och kostnadsdrivare');
    expect(report.length).toBeGreaterThanOrEqual(1);
    expect(report.length).toBeLessThanOrEqual(2);
    expect(report.every((page) => page.includes('Belopp i tkr'))).toBe(true);
  });

  it_('prints the three totals, the unknowns and the driver bridge on the report', () => {
    const text = pagesWith('Sammanställning av scenarier och kostnadsdrivare').join('\n');
    for (const total of ['1116626', '1121026', '1094176']) expect(text).toMatch(figure(total));
    expect(text).toContain('okänd');
    expect(text).toContain('bas saknas, Scenarier!D4');
    expect(text).toContain('Från budget 2024 till förslag 2025 (tkr)');
    // Budget 2024, the drivers as computed and as stated, the total change, proposal 2025.
    for (const amount of ['528415', '48750', '102245', '99500', '37900', '630660'])
      expect(text).toMatch(figure(amount));
    expect(text).toMatch(/Ny leverans\s+40[ ,.\u00a0\u202f]99[45]/);
    expect(text).toMatch(/Visa alla på bladet Valideringar/);
  });

  it_('prints each data sheet fit to one page wide, its header row on every page', () => {
    // Each data sheet's header row, whole on one line: its first headers to its last table's last.
    const headerRows = [
      /^Scenario\s+Namn\s+År\s+Bas\s.*\sBelopp$/m,
      /^Tjänst\s+Budget 2024\s+Förslag 2025\s.*\sSkillnad$/m,
      /^Allvarlighet\s+Rubrik\s+Meddelande\s.*\sKod$/m,
    ];
    for (const header of headerRows)
      expect({
        header: String(header),
        pages: pages.filter((page) => header.test(page)).length,
      }).toEqual({
        header: String(header),
        pages: 1,
      });
    // The last validation is on a page with the header row.
    const last = pages.find((page) => page.includes('Scenario 2: 6 insatser saknar nettonytta'));
    expect(last).toMatch(/^Allvarlighet\s+Rubrik\s+Meddelande/m);
  });
});
