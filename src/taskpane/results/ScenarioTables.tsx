/**
 * Per year, every scenario's total, what it adds over the base, and how it compares with the first
 * scenario: the figures politicians choose between.
 */
import {
  Caption1,
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
import { amountText, PANE_TEXTS } from '../texts';

const useStyles = makeStyles({
  table: { marginBottom: tokens.spacingVerticalM },
  number: { textAlign: 'end', fontVariantNumeric: 'tabular-nums' },
  caption: { color: tokens.colorNeutralForeground3 },
  legend: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

export interface ScenarioTablesProps {
  readonly json: JsonResult;
  readonly language: Language;
}

const signed = (value: number | null, language: Language, unit: OutputUnit): string =>
  value === null
    ? amountText(null, language, unit)
    : `${value > 0 ? '+' : ''}${amountText(value, language, unit)}`;

export function ScenarioTables({ json, language }: ScenarioTablesProps) {
  const styles = useStyles();
  const t = (key: keyof typeof PANE_TEXTS): string => PANE_TEXTS[key][language];
  const first = json.scenarios[0];
  return (
    <section aria-label={t('scenarios')}>
      {/* The names once, here; in a pane this narrow they would wrap every table row. */}
      <ul aria-label={t('scenarios')} className={styles.legend}>
        {json.scenarios.map((scenario) => (
          <li key={scenario.id}>
            <Caption1>{`${scenario.id}: ${scenario.name ?? scenario.id}`}</Caption1>
          </li>
        ))}
      </ul>
      {json.years.map((year) => {
        const firstTotal = first?.years.find((y) => y.year === year)?.total ?? null;
        return (
          <Table
            key={year}
            size="small"
            className={styles.table}
            aria-label={`${t('scenarios')} ${year} (${json.unit})`}
          >
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{`${year} (${json.unit})`}</TableHeaderCell>
                <TableHeaderCell className={styles.number}>{t('total')}</TableHeaderCell>
                <TableHeaderCell className={styles.number}>{t('overBase')}</TableHeaderCell>
                <TableHeaderCell
                  className={styles.number}
                >{`${t('versusFirst')} ${first?.id ?? ''}`}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {json.scenarios.map((scenario) => {
                const y = scenario.years.find((entry) => entry.year === year);
                const total = y?.total ?? null;
                // The engine's own figure: known when its parts are, even where the base is not.
                const overBase = y?.overBase ?? null;
                const versus = total === null || firstTotal === null ? null : total - firstTotal;
                return (
                  <TableRow key={scenario.id}>
                    <TableCell>{scenario.id}</TableCell>
                    <TableCell className={styles.number}>
                      {amountText(total, language, json.unit)}
                    </TableCell>
                    <TableCell className={styles.number}>
                      {signed(overBase, language, json.unit)}
                    </TableCell>
                    <TableCell className={styles.number}>
                      {scenario === first ? '–' : signed(versus, language, json.unit)}
                    </TableCell>
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
        );
      })}
      <ul aria-label={t('netBenefit')}>
        {json.scenarios.map((scenario) => (
          <li key={scenario.id}>
            <Caption1>
              {`${t('netBenefit')}, scenario ${scenario.id}: ${amountText(scenario.netBenefit, language, json.unit)}`}
              {scenario.membersWithoutNetBenefit > 0
                ? ` (${scenario.membersWithoutNetBenefit} ${t('withoutNetBenefit')})`
                : ''}
            </Caption1>
          </li>
        ))}
      </ul>
    </section>
  );
}
