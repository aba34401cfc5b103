/**
 * Per year, every scenario's total, what it adds over the base, and how it compares with the first
 * scenario: the figures politicians choose between. An unknown figure says why, its cause a link
 * to the cell (a base written `Ej känt`).
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
import type { JsonResult, JsonScenarioYear, Language } from '../../engine';
import { PANE_TEXTS } from '../texts';
import { Figure, UnknownFigure, useFigureStyles } from './Figure';

const useStyles = makeStyles({
  table: { marginBottom: tokens.spacingVerticalM },
  caption: { color: tokens.colorNeutralForeground3 },
  legend: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
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
  const t = (key: keyof typeof PANE_TEXTS): string => PANE_TEXTS[key][language];
  const first = json.scenarios[0];
  const { unit } = json;
  const known = (y: JsonScenarioYear | undefined, figure: 'total' | 'overBase', signed: boolean) =>
    y?.[figure] === null || y === undefined ? (
      <UnknownFigure reasons={y?.unknown?.[figure] ?? []} language={language} onSelect={onSelect} />
    ) : (
      <Figure value={y[figure]} unit={unit} language={language} signed={signed} />
    );
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
        const firstYear = first?.years.find((y) => y.year === year);
        const firstTotal = firstYear?.total ?? null;
        const header = (text: string) => (
          <TableHeaderCell className={figures.number} button={{ className: figures.numberHeader }}>
            {text}
          </TableHeaderCell>
        );
        return (
          <Table
            key={year}
            size="small"
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
                const versus = total === null || firstTotal === null ? null : total - firstTotal;
                return (
                  <TableRow key={scenario.id}>
                    <TableCell>{scenario.id}</TableCell>
                    <TableCell className={figures.number}>{known(y, 'total', false)}</TableCell>
                    {/* The engine's own figure: known when its parts are, even where the base is not. */}
                    <TableCell className={figures.number}>{known(y, 'overBase', true)}</TableCell>
                    <TableCell className={figures.number}>
                      {scenario === first ? (
                        '–'
                      ) : versus === null ? (
                        // Unknown because a total is: the totals' own reasons link their cells.
                        <UnknownFigure
                          reasons={[]}
                          language={language}
                          onSelect={onSelect}
                          fallback={t('whyTotalsUnknown')}
                        />
                      ) : (
                        <Figure value={versus} unit={unit} language={language} signed />
                      )}
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
