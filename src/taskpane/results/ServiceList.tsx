/**
 * Why each service's cost moves, as a table: the service, its change, and the driver behind it;
 * a change of several drivers is followed by a row per driver with its share, so every amount
 * stands in the one right-aligned number column. The estimated ones marked. At 320 px the names
 * wrap, never the figures.
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
import type { JsonResult, Language, OutputUnit } from '../../engine';
import { driverLabel } from '../../engine';
import { PANE_TEXTS } from '../texts';
import { Figure, useFigureStyles } from './Figure';

const useStyles = makeStyles({
  // The names take what the figures leave: the table never wider than the pane.
  table: { tableLayout: 'auto', width: '100%' },
  // The name takes what the change leaves beside the driver column; the change as wide as its
  // figures (at 320 px the names get about 120 px, the drivers 85).
  nameColumn: { width: '45%' },
  driverColumn: { width: '30%' },
  // A name wraps between its words, and a word too long for the column (`personuppgifts…`)
  // breaks rather than widen the table past the pane.
  name: { overflowWrap: 'anywhere', verticalAlign: 'top' },
  driver: { verticalAlign: 'top' },
  // A driver's share of the change above: quieter than the change, the rows not split.
  part: { color: tokens.colorNeutralForeground2, borderBottomStyle: 'none' },
  estimated: { color: tokens.colorNeutralForeground3 },
});

export interface ServiceListProps {
  readonly drivers: NonNullable<JsonResult['drivers']>;
  readonly unit: OutputUnit;
  readonly language: Language;
}

export function ServiceList({ drivers, unit, language }: ServiceListProps) {
  const styles = useStyles();
  const figures = useFigureStyles();
  const t = (key: keyof typeof PANE_TEXTS): string => PANE_TEXTS[key][language];
  const period = `${drivers.year - 1}–${drivers.year}`;
  return (
    <Table
      size="extra-small"
      className={styles.table}
      aria-label={`${t('services')} ${period} (${unit})`}
    >
      <TableHeader>
        <TableRow>
          <TableHeaderCell
            className={styles.nameColumn}
          >{`${t('service')} (${unit})`}</TableHeaderCell>
          <TableHeaderCell className={figures.number} button={{ className: figures.numberHeader }}>
            {`${t('change')} ${period}`}
          </TableHeaderCell>
          <TableHeaderCell className={styles.driverColumn}>{t('driverColumn')}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {drivers.services.flatMap((service) => {
          const allocation = Object.entries(service.allocation);
          const driverCell = ([driver]: readonly [string, number]) => (
            <TableCell className={styles.driver}>
              {driverLabel(driver, language)}
              {service.estimated.includes(driver) ? (
                <span className={styles.estimated}>{` (${t('estimated')})`}</span>
              ) : null}
            </TableCell>
          );
          const only = allocation.length === 1 ? allocation[0] : undefined;
          // One driver behind the whole change: one row. Several: the change, then a row per driver.
          if (allocation.length <= 1 || (only !== undefined && only[1] === service.delta))
            return [
              <TableRow key={service.service}>
                <TableCell className={styles.name}>{service.service}</TableCell>
                <TableCell className={figures.number}>
                  <Figure value={service.delta} unit={unit} language={language} signed />
                </TableCell>
                {only === undefined ? <TableCell /> : driverCell(only)}
              </TableRow>,
            ];
          return [
            <TableRow key={service.service}>
              <TableCell className={styles.name} rowSpan={allocation.length + 1}>
                {service.service}
              </TableCell>
              <TableCell className={figures.number}>
                <Figure value={service.delta} unit={unit} language={language} signed />
              </TableCell>
              <TableCell />
            </TableRow>,
            ...allocation.map((entry) => (
              <TableRow key={`${service.service}\u0000${entry[0]}`} className={styles.part}>
                <TableCell className={figures.number}>
                  <Figure value={entry[1]} unit={unit} language={language} signed />
                </TableCell>
                {driverCell(entry)}
              </TableRow>
            )),
          ];
        })}
      </TableBody>
    </Table>
  );
}
