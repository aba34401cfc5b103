/**
 * Per year, every scenario's total, what it adds over the base, and how it compares with the first
 * scenario: the figures politicians choose between. A row with an unknown figure is followed by
 * why (`okänd – basen saknas (Scenarier!D4)`), its cause a link to the cell: under the figures,
 * not in their columns, so the columns stay as narrow as their figures at 320 px.
 */
import {
  Caption1,
  makeStyles,
  mergeClasses,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  tokens,
} from '@fluentui/react-components';
import { Fragment, useId } from 'react';
import type { JsonResult, Language } from '../../engine';
import { PANE_TEXTS } from '../texts';
import { Figure, useFigureStyles, UnknownFigure } from './Figure';

const useStyles = makeStyles({
  // Columns as wide as their content needs (Fluent's are equal).
  table: { marginBottom: tokens.spacingVerticalM, tableLayout: 'auto' },
  legend: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  // A row whose reasons follow: one group with them, no line between.
  explained: { borderBottomStyle: 'none' },
  why: { color: tokens.colorNeutralForeground2, paddingBottom: tokens.spacingVerticalXS },
});

export interface ScenarioTablesProps {
  readonly json: JsonResult;
  readonly language: Language;
  /** Shows a cell in the workbook (the one that makes a figure unknown). */
  readonly onSelect: (sheet: string, cell: string) => void;
}

export function ScenarioTables({ json, language, onSelect }: ScenarioTablesProps) {
  const styles = useStyles();
  const figures = useFigureStyles();
  const id = useId();
  const t = (key: keyof typeof PANE_TEXTS): string => PANE_TEXTS[key][language];
  const first = json.scenarios[0];
  const { unit } = json;
  const unknown = <span data-figure="">{t('unknown')}</span>;
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
        const header = (text: string) => (
          <TableHeaderCell className={figures.number} button={{ className: figures.numberHeader }}>
            {text}
          </TableHeaderCell>
        );
        return (
          <Table
            key={year}
            size="extra-small"
            className={styles.table}
            aria-label={`${t('scenarios')} ${year} (${unit})`}
          >
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{`${year} (${unit})`}</TableHeaderCell>
                {header(t('total'))}
                {header(t('overBase'))}
                {header(`${t('versusFirst')} ${first?.id ?? ''}`)}
              </TableRow>
            </TableHeader>
            <TableBody>
              {json.scenarios.map((scenario) => {
                const y = scenario.years.find((entry) => entry.year === year);
                const total = y?.total ?? null;
                // The engine's own figure: known when its parts are, even where the base is not.
                const overBase = y?.overBase ?? null;
                const versus =
                  scenario === first || total === null || firstTotal === null
                    ? null
                    : total - firstTotal;
                // A total's reasons include its over-base's (the engine gives each cause once).
                const reasons = y?.unknown?.total ?? y?.unknown?.overBase ?? [];
                // Known here but not scenario 1's: the comparison is unknown for the first's reason.
                const versusOnly = scenario !== first && total !== null && firstTotal === null;
                const explained = reasons.length > 0 || versusOnly;
                const why = `${id}-${year}-${scenario.id}`;
                const described = explained ? { 'aria-describedby': why } : {};
                return (
                  <Fragment key={scenario.id}>
                    <TableRow className={explained ? styles.explained : undefined}>
                      <TableCell>{scenario.id}</TableCell>
                      <TableCell className={figures.number} {...described}>
                        {total === null ? (
                          unknown
                        ) : (
                          <Figure value={total} unit={unit} language={language} />
                        )}
                      </TableCell>
                      <TableCell className={figures.number} {...described}>
                        {overBase === null ? (
                          unknown
                        ) : (
                          <Figure value={overBase} unit={unit} language={language} signed />
                        )}
                      </TableCell>
                      <TableCell className={figures.number} {...described}>
                        {scenario === first ? (
                          '–'
                        ) : versus === null ? (
                          unknown
                        ) : (
                          <Figure value={versus} unit={unit} language={language} signed />
                        )}
                      </TableCell>
                    </TableRow>
                    {explained ? (
                      <TableRow>
                        <TableCell />
                        <TableCell
                          colSpan={3}
                          id={why}
                          className={mergeClasses(figures.reason, styles.why)}
                        >
                          <UnknownFigure
                            reasons={reasons}
                            language={language}
                            onSelect={onSelect}
                            fallback={t('whyTotalsUnknown')}
                          />
                        </TableCell>
                      </TableRow>
                    ) : null}
                  </Fragment>
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
              {`${t('netBenefit')}, scenario ${scenario.id}: `}
              <Figure value={scenario.netBenefit} unit={unit} language={language} />
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
