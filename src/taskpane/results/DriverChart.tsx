/**
 * The driver bridge as the report draws it (`driverBridge`, one computation for both): from last
 * year's budget through each driver's change and what no driver explains to the proposal, a row
 * per bar, each driver's bar floating from the level before it to the level after. The SVG takes
 * the pane's width (its viewBox follows the width it is given, so its text keeps its size); the
 * figures stand in a table below, the chart's text alternative.
 */
import {
  makeStyles,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  tokens,
} from '@fluentui/react-components';
import { useId, useLayoutEffect, useRef, useState } from 'react';
import type { BridgeBar, JsonResult, Language, OutputUnit } from '../../engine';
import {
  bridgeAxisMin,
  bridgeInputFromJson,
  driverBridge,
  driverLabel,
  toJsonNumber,
} from '../../engine';
import { amountText, paneText } from '../texts';
import { Figure, useFigureStyles } from './Figure';

const ROW = 22;
const BAR = 14;
/** The width drawn before the pane has told its own (and in a test without layout). */
const DEFAULT_WIDTH = 288;
const PAD = 4;

const useStyles = makeStyles({
  figure: { margin: 0, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  caption: { fontWeight: tokens.fontWeightSemibold },
  svg: { display: 'block', width: '100%', height: 'auto', overflow: 'visible' },
  label: { fill: tokens.colorNeutralForeground1, fontSize: tokens.fontSizeBase200 },
  ends: { fill: tokens.colorBrandBackground },
  up: { fill: tokens.colorPaletteRedBackground3 },
  down: { fill: tokens.colorPaletteGreenBackground3 },
  unallocated: { fill: tokens.colorNeutralForeground3 },
  axis: { stroke: tokens.colorNeutralStroke1 },
  connector: { stroke: tokens.colorNeutralStroke1, strokeDasharray: '2 2' },
  note: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
});

export interface DriverChartProps {
  readonly drivers: NonNullable<JsonResult['drivers']>;
  readonly unit: OutputUnit;
  readonly language: Language;
}

/** The width the element is laid out at, followed as the pane is resized. */
function useWidth(): [React.RefObject<HTMLElement | null>, number] {
  const ref = useRef<HTMLElement | null>(null);
  const [width, setWidth] = useState(DEFAULT_WIDTH);
  useLayoutEffect(() => {
    const element = ref.current;
    if (element === null) return undefined;
    const measure = (): void => {
      const measured = Math.floor(element.getBoundingClientRect().width);
      if (measured > 0) setWidth(measured);
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return undefined;
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => {
      observer.disconnect();
    };
  }, []);
  return [ref, width];
}

export function DriverChart({ drivers, unit, language }: DriverChartProps) {
  const styles = useStyles();
  const figures = useFigureStyles();
  const [ref, width] = useWidth();
  const captionId = useId();
  const tableId = useId();
  const bars = driverBridge(bridgeInputFromJson(drivers));
  const axisMin = bridgeAxisMin(bars);
  const label = (bar: BridgeBar): string =>
    bar.key === 'budget'
      ? paneText('bridgeBudget', language, { year: drivers.year - 1 })
      : bar.key === 'proposal'
        ? paneText('bridgeProposal', language, { year: drivers.year })
        : driverLabel(bar.key, language);
  const value = (bar: BridgeBar): number => toJsonNumber(bar.to.sub(bar.from));
  const levels = bars.flatMap((bar) => [bar.from.valueOf(), bar.to.valueOf()]);
  const low = axisMin ?? Math.min(0, ...levels);
  const high = Math.max(...levels);
  const labelWidth = Math.min(130, Math.round(width * 0.42));
  const plot = Math.max(1, width - labelWidth - PAD * 2);
  const x = (level: number): number =>
    labelWidth + PAD + ((Math.max(level, low) - low) / (high - low || 1)) * plot;
  const height = bars.length * ROW;
  const title = `${paneText('bridgeTitle', language, { previous: drivers.year - 1, year: drivers.year })} (${unit})`;
  return (
    <figure className={styles.figure} ref={ref}>
      <figcaption id={captionId} className={styles.caption}>
        {title}
      </figcaption>
      <svg
        className={styles.svg}
        width="100%"
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-labelledby={captionId}
        aria-describedby={tableId}
      >
        {bars.map((bar, i) => {
          const y = i * ROW + (ROW - BAR) / 2;
          const from = x(Math.min(bar.from.valueOf(), bar.to.valueOf()));
          const to = x(Math.max(bar.from.valueOf(), bar.to.valueOf()));
          const next = bars[i + 1];
          const className =
            bar.kind === 'ends'
              ? styles.ends
              : bar.key === 'Unallocated'
                ? styles.unallocated
                : bar.kind === 'up'
                  ? styles.up
                  : styles.down;
          return (
            <g key={bar.key}>
              <text x={0} y={i * ROW + ROW * 0.68} className={styles.label}>
                {label(bar)}
              </text>
              {/* A driver that changes nothing still shows where the level stands. */}
              <rect
                x={from}
                y={y}
                width={Math.max(1, to - from)}
                height={BAR}
                className={className}
              />
              {next !== undefined && next.kind !== 'ends' ? (
                <line
                  x1={x(bar.to.valueOf())}
                  x2={x(bar.to.valueOf())}
                  y1={y + BAR}
                  y2={y + ROW}
                  className={styles.connector}
                />
              ) : null}
            </g>
          );
        })}
        {low < 0 ? <line x1={x(0)} x2={x(0)} y1={0} y2={height} className={styles.axis} /> : null}
      </svg>
      {axisMin === null ? null : (
        <span className={styles.note}>
          {paneText('bridgeAxisFrom', language, { amount: amountText(axisMin, language, unit) })}
        </span>
      )}
      <Table size="extra-small" id={tableId} aria-label={title}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{paneText('bridgeItem', language)}</TableHeaderCell>
            <TableHeaderCell
              className={figures.number}
              button={{ className: figures.numberHeader }}
            >
              {paneText('amount', language)}
            </TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {bars.map((bar) => (
            <TableRow key={bar.key}>
              <TableCell>{label(bar)}</TableCell>
              <TableCell className={figures.number}>
                <Figure
                  value={value(bar)}
                  unit={unit}
                  language={language}
                  signed={bar.kind !== 'ends'}
                />
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </figure>
  );
}
