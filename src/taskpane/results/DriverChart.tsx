/**
 * The driver breakdown as a small bar chart: a bar per driver and one for what no driver explains,
 * negative amounts to the left of the axis. The figures are also written out as text beside the
 * bars, so the chart reads the same to a screen reader.
 */
import { makeStyles, tokens } from '@fluentui/react-components';
import type { JsonResult, Language, OutputUnit } from '../../engine';
import { driverLabel } from '../../engine';
import { amountText, PANE_TEXTS } from '../texts';

const BAR_HEIGHT = 18;
const GAP = 8;
const LABEL_WIDTH = 120;
const CHART_WIDTH = 300;

const useStyles = makeStyles({
  figure: { margin: 0 },
  label: { fill: tokens.colorNeutralForeground1, fontSize: tokens.fontSizeBase200 },
  positive: { fill: tokens.colorBrandBackground },
  negative: { fill: tokens.colorPaletteDarkOrangeBackground3 },
  unallocated: { fill: tokens.colorNeutralForeground3 },
  axis: { stroke: tokens.colorNeutralStroke1 },
});

export interface DriverChartProps {
  readonly drivers: NonNullable<JsonResult['drivers']>;
  readonly unit: OutputUnit;
  readonly language: Language;
}

export function DriverChart({ drivers, unit, language }: DriverChartProps) {
  const styles = useStyles();
  const entries = Object.entries(drivers.totals).map(([key, value]) => ({
    key,
    label: driverLabel(key, language),
    value,
  }));
  const largest = entries.reduce((max, entry) => Math.max(max, Math.abs(entry.value)), 0) || 1;
  const anyNegative = entries.some((entry) => entry.value < 0);
  const plot = CHART_WIDTH - LABEL_WIDTH;
  const zero = LABEL_WIDTH + (anyNegative ? plot / 2 : 0);
  const scale = (anyNegative ? plot / 2 : plot) / largest;
  const height = entries.length * (BAR_HEIGHT + GAP);
  const title = `${PANE_TEXTS.drivers[language]} ${drivers.year} (${unit})`;
  return (
    <figure className={styles.figure}>
      <figcaption>{title}</figcaption>
      <svg
        width={CHART_WIDTH}
        height={height}
        role="img"
        aria-label={title}
        viewBox={`0 0 ${CHART_WIDTH} ${height}`}
      >
        {entries.map((entry, i) => {
          const y = i * (BAR_HEIGHT + GAP);
          const width = Math.abs(entry.value) * scale;
          const className =
            entry.key === 'Unallocated'
              ? styles.unallocated
              : entry.value < 0
                ? styles.negative
                : styles.positive;
          return (
            <g key={entry.key}>
              <text x={0} y={y + BAR_HEIGHT * 0.75} className={styles.label}>
                {entry.label}
              </text>
              <rect
                x={entry.value < 0 ? zero - width : zero}
                y={y}
                width={width}
                height={BAR_HEIGHT}
                className={className}
              >
                <title>{`${entry.label}: ${amountText(entry.value, language, unit)}`}</title>
              </rect>
            </g>
          );
        })}
        <line x1={zero} x2={zero} y1={0} y2={height} className={styles.axis} />
      </svg>
      <ul>
        {entries.map((entry) => (
          <li key={entry.key}>{`${entry.label}: ${amountText(entry.value, language, unit)}`}</li>
        ))}
      </ul>
    </figure>
  );
}
