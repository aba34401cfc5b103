/**
 * Why each service's cost moves, as a table of number columns: the service, its change, and the
 * driver(s) behind it with their amounts (a driver alone behind the whole change needs no amount
 * of its own), the estimated ones marked. At 320 px the names wrap, never the figures.
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
import { driverLabel, PANE_TEXTS } from '../texts';
import { Figure, useFigureStyles } from './Figure';

const useStyles = makeStyles({
  // The names take what the figures leave: the table never wider than the pane.
  table: { tableLayout: 'auto', width: '100%' },
  name: { overflowWrap: 'anywhere', verticalAlign: 'top' },
  drivers: { margin: 0, padding: 0, listStyleType: 'none' },
  driver: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalXS },
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
          <TableHeaderCell>{`${t('service')} (${unit})`}</TableHeaderCell>
          <TableHeaderCell className={figures.number} button={{ className: figures.numberHeader }}>
            {`${t('change')} ${period}`}
          </TableHeaderCell>
          <TableHeaderCell>{t('driverColumn')}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {drivers.services.map((service) => {
          const allocation = Object.entries(service.allocation);
          const alone = allocation.length === 1 && allocation[0]?.[1] === service.delta;
          return (
            <TableRow key={service.service}>
              <TableCell className={styles.name}>{service.service}</TableCell>
              <TableCell className={figures.number}>
                <Figure value={service.delta} unit={unit} language={language} signed />
              </TableCell>
              <TableCell className={styles.name}>
                <ul className={styles.drivers}>
                  {allocation.map(([driver, value]) => (
                    <li key={driver} className={styles.driver}>
                      <span>{driverLabel(driver, language)}</span>
                      {alone ? null : (
                        <Figure value={value} unit={unit} language={language} signed />
                      )}
                      {service.estimated.includes(driver) ? (
                        <span className={styles.estimated}>{`(${t('estimated')})`}</span>
                      ) : null}
                    </li>
                  ))}
                </ul>
              </TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
