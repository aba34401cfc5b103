/**
 * A result sheet's charts as DrawingML: one drawing part per sheet (`xdr:wsDr`, a two-cell anchor
 * and graphic frame per chart) and one chart part per chart (`c:chartSpace` with a `c:barChart`).
 * Every series refers to the sheet's cells (`'Sammanställning'!$B$40:$B$46`) and carries a cache
 * of their values, so a viewer that does not recalculate shows the same figures. Element order is
 * the schema's (ECMA-376 Part 1, 21.2.2: CT_BarChart, CT_BarSer, CT_CatAx, CT_ValAx, CT_Legend).
 */
import type { CellRange } from '../../engine';
import { columnLetters } from '../../engine';
import type { ReportChart, ResultCell, ResultSheet } from '../port';
import { sheetValues } from '../sheet-values';
import { escapeXml } from './package-paths';
import { quotedSheet } from './sheet-xml';

const XDR = 'http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing';
const A = 'http://schemas.openxmlformats.org/drawingml/2006/main';
const C = 'http://schemas.openxmlformats.org/drawingml/2006/chart';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const HEADER = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const CATEGORY_AXIS = 500_001;
const VALUE_AXIS = 500_002;

/** The drawing part: chart `i` covers its anchor cells and is related as `chartRelIds[i]`. */
export function drawingXml(charts: readonly ReportChart[], chartRelIds: readonly string[]): string {
  const anchors = charts.map((chart, i) => {
    const { top, left, bottom, right } = chart.anchor;
    // 0-based: from the top left corner of the first cell to the bottom right of the last.
    const at = (column: number, row: number): string =>
      `<xdr:col>${column}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff>`;
    return (
      '<xdr:twoCellAnchor editAs="oneCell">' +
      `<xdr:from>${at(left - 1, top - 1)}</xdr:from><xdr:to>${at(right, bottom)}</xdr:to>` +
      '<xdr:graphicFrame macro="">' +
      `<xdr:nvGraphicFramePr><xdr:cNvPr id="${i + 2}" name="${escapeXml(`Chart ${i + 1}`)}" descr="${escapeXml(chart.title)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
      '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>' +
      `<a:graphic><a:graphicData uri="${C}"><c:chart xmlns:c="${C}" xmlns:r="${R}" r:id="${chartRelIds[i] ?? ''}"/></a:graphicData></a:graphic>` +
      '</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>'
    );
  });
  return `${HEADER}<xdr:wsDr xmlns:xdr="${XDR}" xmlns:a="${A}">${anchors.join('')}</xdr:wsDr>`;
}

/** The chart part of one chart of `sheet`, its caches taken from the sheet's own cells. */
export function chartXml(sheet: ResultSheet, chart: ReportChart): string {
  const value = sheetValues(sheet);
  const ref = (range: CellRange): string => {
    const first = `$${columnLetters(range.left)}$${range.top}`;
    const last = `$${columnLetters(range.right)}$${range.bottom}`;
    return `${quotedSheet(sheet.name)}!${first === last ? first : `${first}:${last}`}`;
  };
  const cells = (range: CellRange): ResultCell[] => {
    const out: ResultCell[] = [];
    for (let row = range.top; row <= range.bottom; row++) out.push(value(row, range.left));
    return out;
  };
  const categories = strRef(ref(chart.categories), cells(chart.categories));
  const series = chart.series.map((s, i) => {
    const name =
      s.nameCell === null
        ? `<c:tx><c:v>${escapeXml(s.name)}</c:v></c:tx>`
        : `<c:tx>${strRef(ref({ top: s.nameCell.row, bottom: s.nameCell.row, left: s.nameCell.column, right: s.nameCell.column }), [s.name])}</c:tx>`;
    const shape =
      s.invisible === true
        ? '<c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>'
        : s.color === undefined
          ? ''
          : `<c:spPr><a:solidFill><a:srgbClr val="${s.color}"/></a:solidFill><a:ln><a:noFill/></a:ln></c:spPr>`;
    return (
      `<c:ser><c:idx val="${i}"/><c:order val="${i}"/>${name}${shape}<c:invertIfNegative val="0"/>` +
      `<c:cat>${categories}</c:cat><c:val>${numRef(ref(s.values), cells(s.values), sheet.amountFormat)}</c:val></c:ser>`
    );
  });
  const stacked = chart.kind === 'bridge';
  // The bridge's invisible base says nothing in the legend.
  const hidden = chart.series.flatMap((s, i) =>
    s.invisible === true
      ? [`<c:legendEntry><c:idx val="${i}"/><c:delete val="1"/></c:legendEntry>`]
      : [],
  );
  return (
    HEADER +
    `<c:chartSpace xmlns:c="${C}" xmlns:a="${A}" xmlns:r="${R}">` +
    '<c:roundedCorners val="0"/>' +
    '<c:chart>' +
    `<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="1200" b="1"/></a:pPr><a:r><a:rPr lang="sv-SE" sz="1200" b="1"/><a:t>${escapeXml(chart.title)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>` +
    '<c:autoTitleDeleted val="0"/>' +
    '<c:plotArea><c:layout/>' +
    `<c:barChart><c:barDir val="col"/><c:grouping val="${stacked ? 'stacked' : 'clustered'}"/><c:varyColors val="0"/>` +
    series.join('') +
    `<c:gapWidth val="${stacked ? 50 : 150}"/>` +
    (stacked ? '<c:overlap val="100"/>' : '') +
    `<c:axId val="${CATEGORY_AXIS}"/><c:axId val="${VALUE_AXIS}"/></c:barChart>` +
    `<c:catAx><c:axId val="${CATEGORY_AXIS}"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/>` +
    '<c:numFmt formatCode="General" sourceLinked="0"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="low"/>' +
    `<c:crossAx val="${VALUE_AXIS}"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>` +
    `<c:valAx><c:axId val="${VALUE_AXIS}"/><c:scaling><c:orientation val="minMax"/>${chart.axisMin === undefined ? '' : `<c:min val="${chart.axisMin}"/>`}</c:scaling>` +
    '<c:delete val="0"/><c:axPos val="l"/><c:majorGridlines/>' +
    `<c:numFmt formatCode="${escapeXml(sheet.amountFormat)}" sourceLinked="0"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>` +
    `<c:crossAx val="${CATEGORY_AXIS}"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx>` +
    '</c:plotArea>' +
    `<c:legend><c:legendPos val="b"/>${hidden.join('')}<c:overlay val="0"/></c:legend>` +
    '<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/>' +
    '</c:chart></c:chartSpace>'
  );
}

/** A reference to text cells with their cache (a figure among them as its digits). */
function strRef(formula: string, values: readonly ResultCell[]): string {
  const points = values.flatMap((v, i) =>
    v === null ? [] : [`<c:pt idx="${i}"><c:v>${escapeXml(String(v))}</c:v></c:pt>`],
  );
  return `<c:strRef><c:f>${escapeXml(formula)}</c:f><c:strCache><c:ptCount val="${values.length}"/>${points.join('')}</c:strCache></c:strRef>`;
}

/** A reference to figures with their cache; a word (`okänd`) or a blank is no point: a gap. */
function numRef(formula: string, values: readonly ResultCell[], format: string): string {
  const points = values.flatMap((v, i) =>
    typeof v === 'number' ? [`<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>`] : [],
  );
  return `<c:numRef><c:f>${escapeXml(formula)}</c:f><c:numCache><c:formatCode>${escapeXml(format)}</c:formatCode><c:ptCount val="${values.length}"/>${points.join('')}</c:numCache></c:numRef>`;
}
