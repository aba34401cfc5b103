/**
 * The report's native charts in the .xlsx door: DrawingML parts referenced from the report
 * sheet's drawing, each series a reference to the report's own cells with a cache equal to them,
 * numbered clear of the input's own charts, replaced (never added to) by a rerun, and kept by
 * LibreOffice through a round trip.
 */
import JSZip from 'jszip';
import { parseRange } from '../../../src/engine';
import { readXlsx } from '../../../src/workbook/xlsx/read';
import {
  parseRelationships,
  relsOf,
  resolveTarget,
} from '../../../src/workbook/xlsx/package-paths';
import { convertWith, describeWithLibreOffice } from '../../support/libreoffice';
import { fixture, parts, recalculateBytes } from './helpers';

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

async function written(input: Uint8Array): Promise<Uint8Array> {
  const { written: bytes } = await recalculateBytes(input, { language: 'sv' });
  if (bytes === null) throw new Error('nothing written');
  return bytes;
}

const text = async (zip: JSZip, path: string): Promise<string> =>
  (await zip.file(path)?.async('string')) ?? '';

/** The report sheet's part, its drawing part and the chart parts that drawing relates. */
async function reportCharts(bytes: Uint8Array, sheet = 'Sammanställning') {
  const zip = await JSZip.loadAsync(bytes);
  const workbook = await text(zip, 'xl/workbook.xml');
  const id = new RegExp(`<sheet name="${sheet}" sheetId="\\d+" r:id="(rId\\d+)"`).exec(
    workbook,
  )?.[1];
  const rel = parseRelationships(await text(zip, 'xl/_rels/workbook.xml.rels')).find(
    (r) => r.id === id,
  );
  if (rel === undefined) throw new Error(`no sheet ${sheet}`);
  const part = resolveTarget('xl/workbook.xml', rel.target);
  const sheetXml = await text(zip, part);
  const drawingId = /<drawing r:id="([^"]+)"\/>/.exec(sheetXml)?.[1];
  const drawingRel = parseRelationships(await text(zip, relsOf(part))).find(
    (r) => r.id === drawingId,
  );
  if (drawingRel === undefined || drawingRel.type !== `${REL}/drawing`)
    throw new Error('the report has no drawing');
  const drawing = resolveTarget(part, drawingRel.target);
  const drawingXml = await text(zip, drawing);
  const chartRels = parseRelationships(await text(zip, relsOf(drawing)));
  const chartIds = [...drawingXml.matchAll(/<c:chart [^>]*r:id="([^"]+)"\/>/g)].map((m) => m[1]);
  const charts = chartIds.map((chartId) => {
    const chartRel = chartRels.find((r) => r.id === chartId);
    if (chartRel === undefined) throw new Error(`no chart ${chartId ?? ''}`);
    return resolveTarget(drawing, chartRel.target);
  });
  return {
    zip,
    sheetXml,
    drawing,
    drawingXml,
    charts,
    chartXml: await Promise.all(charts.map((path) => text(zip, path))),
  };
}

describe('the report’s charts in the .xlsx door', () => {
  let bytes: Uint8Array;
  let found: Awaited<ReturnType<typeof reportCharts>>;
  beforeAll(async () => {
    bytes = await written(fixture('examples/arlig-analys-2025.xlsx'));
    found = await reportCharts(bytes);
  });

  it('relates two charts from the report sheet’s drawing, placed after its print setup', () => {
    expect(found.charts).toEqual(['xl/charts/chart1.xml', 'xl/charts/chart2.xml']);
    expect(found.drawing).toBe('xl/drawings/drawing1.xml');
    // CT_Worksheet: headerFooter, rowBreaks, then drawing, then tableParts.
    expect(found.sheetXml).toMatch(/<\/rowBreaks><drawing r:id="rId\d+"\/><tableParts /);
    expect(found.drawingXml.match(/<xdr:twoCellAnchor /g)).toHaveLength(2);
  });

  it('prints the chart data on a page of its own: a manual break above its title (row 76)', () => {
    expect(found.sheetXml).toContain(
      '</headerFooter><rowBreaks count="1" manualBreakCount="1"><brk id="75" max="16383" man="1"/></rowBreaks><drawing ',
    );
  });

  it('declares the drawing and the charts in the content types', async () => {
    const types = await text(found.zip, '[Content_Types].xml');
    expect(types).toContain(
      '<Override PartName="/xl/drawings/drawing1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>',
    );
    for (const chart of found.charts)
      expect(types).toContain(
        `<Override PartName="/${chart}" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>`,
      );
  });

  it('draws the bridge as stacked columns over an invisible base, the scenarios as clustered columns', () => {
    const [bridge = '', scenarios = ''] = found.chartXml;
    expect(bridge).toContain('<c:barDir val="col"/><c:grouping val="stacked"/>');
    expect(bridge).toContain('<c:overlap val="100"/>');
    expect(bridge).not.toContain('chartex');
    // The first series, the base: no fill, no line, and no entry in the legend.
    const base = /<c:ser>[\s\S]*?<\/c:ser>/.exec(bridge)?.[0] ?? '';
    expect(base).toContain('<c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>');
    expect(bridge).toContain('<c:legendEntry><c:idx val="0"/><c:delete val="1"/></c:legendEntry>');
    expect(bridge).toContain('<a:t>Från budget 2024 till förslag 2025 (tkr)</a:t>');
    expect(bridge.match(/<c:ser>/g)).toHaveLength(4);
    expect(scenarios).toContain('<c:grouping val="clustered"/>');
    expect(scenarios).not.toContain('<c:overlap');
    // One series per year.
    expect(scenarios.match(/<c:ser>/g)).toHaveLength(3);
  });

  it('refers every series to the report’s cells, with caches equal to those cells', async () => {
    const snapshot = await readXlsx(bytes);
    const sheet = snapshot.sheets.find((s) => s.name === 'Sammanställning');
    if (sheet === undefined) throw new Error('no report');
    const cellsOf = (formula: string): unknown[] => {
      expect(formula.startsWith("'Sammanställning'!")).toBe(true);
      const range = parseRange(formula);
      if (range === null) throw new Error(formula);
      const out: unknown[] = [];
      for (let row = range.top; row <= range.bottom; row++)
        out.push(sheet.rows[row - sheet.top]?.[range.left - sheet.left] ?? null);
      return out;
    };
    let references = 0;
    for (const xml of found.chartXml) {
      for (const match of xml.matchAll(
        /<c:(str|num)Ref><c:f>([^<]+)<\/c:f><c:(?:str|num)Cache>(?:<c:formatCode>[^<]*<\/c:formatCode>)?<c:ptCount val="(\d+)"\/>([\s\S]*?)<\/c:(?:str|num)Cache>/g,
      )) {
        const [, kind = '', formula = '', count = '', points = ''] = match;
        const cells = cellsOf(formula.replace(/&apos;/g, "'"));
        expect(cells).toHaveLength(Number(count));
        const cached = new Map(
          [...points.matchAll(/<c:pt idx="(\d+)"><c:v>([^<]*)<\/c:v><\/c:pt>/g)].map((p) => [
            Number(p[1]),
            p[2] ?? '',
          ]),
        );
        cells.forEach((cell, i) => {
          // A figure's cache is the figure; a word among figures (`okänd`) is no point: a gap.
          if (kind === 'num')
            expect([formula, i, cached.get(i)]).toEqual([
              formula,
              i,
              typeof cell === 'number' ? String(cell) : undefined,
            ]);
          else expect([formula, i, cached.get(i)]).toEqual([formula, i, String(cell)]);
        });
        references += 1;
      }
    }
    // Bridge: categories and a name and values per series, for 4 series; scenarios: 3.
    expect(references).toBe(4 * 3 + 3 * 3);
  });

  it('keeps the bridge’s figures as they were: the helper cells are a table of their own below', async () => {
    const snapshot = await readXlsx(bytes);
    const bridge = snapshot.tables.find((t) => t.name === 'SR_ReportBridge');
    const helper = snapshot.tables.find((t) => t.name === 'SR_ReportBridgeChart');
    expect(bridge?.rows.map((row) => row[1])).toEqual([
      'Belopp',
      528415,
      40994.5,
      48750,
      12500.5,
      0,
      0,
      102245,
      630660,
    ]);
    // Per bar: its invisible base, its height as budget or proposal, its rise, its fall.
    expect(helper?.rows.slice(1).map((row) => row.slice(1))).toEqual([
      [0, 528415, 0, 0],
      [528415, 0, 40994.5, 0],
      [569409.5, 0, 48750, 0],
      [618159.5, 0, 12500.5, 0],
      [630660, 0, 0, 0],
      [630660, 0, 0, 0],
      [0, 630660, 0, 0],
    ]);
  });

  it('replaces its charts on a rerun: one drawing and two charts, whatever the input had', async () => {
    for (const input of ['examples/arlig-analys-2025.xlsx', 'kitchen-sink.xlsx']) {
      const before = [...(await parts(fixture(input))).keys()];
      const once = await written(fixture(input));
      const twice = await written(once);
      const names = [...(await parts(twice)).keys()];
      const count = (paths: string[], pattern: RegExp) => paths.filter((p) => pattern.test(p));
      const charts = /^xl\/charts\/chart\d+\.xml$/;
      const drawings = /^xl\/drawings\/drawing\d+\.xml$/;
      expect([input, count(names, charts).length]).toEqual([
        input,
        count(before, charts).length + 2,
      ]);
      expect([input, count(names, drawings).length]).toEqual([
        input,
        count(before, drawings).length + 1,
      ]);
      // The same parts as the first run's, and every declared part is there.
      expect(names.sort()).toEqual([...(await parts(once)).keys()].sort());
      const types = await text(await JSZip.loadAsync(twice), '[Content_Types].xml');
      for (const m of types.matchAll(/PartName="\/([^"]+)"/g))
        expect([m[1], names.includes(m[1] ?? '')]).toEqual([m[1], true]);
      const rerun = await reportCharts(twice);
      expect(rerun.charts).toHaveLength(2);
      // The input's own charts keep their names; ours take free numbers.
      for (const chart of rerun.charts) expect(before).not.toContain(chart);
    }
  });
});

describeWithLibreOffice('the report’s charts through LibreOffice', (soffice) => {
  it('survive a round trip .xlsx → .ods → .xlsx as chart objects', async () => {
    const bytes = await written(fixture('examples/arlig-analys-2025.xlsx'));
    const ods = convertWith(soffice, bytes, 'ods').get('written.ods');
    if (ods === undefined) throw new Error('no .ods');
    const content = await text(await JSZip.loadAsync(ods), 'content.xml');
    expect(content.match(/<draw:object\b/g)?.length ?? 0).toBeGreaterThanOrEqual(2);
    const back = convertWith(soffice, ods, 'xlsx').get('written.xlsx');
    if (back === undefined) throw new Error('no .xlsx');
    const names = [...(await parts(back)).keys()];
    expect(
      names.filter((n) => /^xl\/charts\/chart\d+\.xml$/.test(n)).length,
    ).toBeGreaterThanOrEqual(2);
  }, 240_000);
});
