/**
 * Why each service's cost moves: its change and the amount per driver, the estimated ones marked.
 */
import {
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@fluentui/react-components';
import type { JsonResult, Language, OutputUnit } from '../../engine';
import { driverLabel } from '../../engine';
import { amountText, PANE_TEXTS } from '../texts';

export interface ServiceListProps {
  readonly drivers: NonNullable<JsonResult['drivers']>;
  readonly unit: OutputUnit;
  readonly language: Language;
}

export function ServiceList({ drivers, unit, language }: ServiceListProps) {
  const t = (key: keyof typeof PANE_TEXTS): string => PANE_TEXTS[key][language];
  return (
    <Table size="extra-small" aria-label={t('services')}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell>{t('services')}</TableHeaderCell>
          <TableHeaderCell>{`${drivers.year - 1}–${drivers.year}`}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {drivers.services.map((service) => (
          <TableRow key={service.service}>
            <TableCell>{service.service}</TableCell>
            <TableCell>
              {`${service.delta > 0 ? '+' : ''}${amountText(service.delta, language, unit)}: `}
              {Object.entries(service.allocation)
                .map(([driver, value]) => {
                  const label = driverLabel(driver, language);
                  const estimated = service.estimated.includes(driver)
                    ? ` (${t('estimated')})`
                    : '';
                  return `${label} ${amountText(value, language, unit)}${estimated}`;
                })
                .join(' · ')}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
