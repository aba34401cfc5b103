/**
 * The what-if's figures per year: total, over base and the difference against the scenario it
 * starts from (the over-base figures' difference, which is the totals' wherever they are known —
 * the base is the scenario's — and is known also where the base is `Ej känt`), each figure as the Results tab writes it (never wrapped, tabular digits,
 * right-aligned), an unknown one followed by a row saying why; then the net benefit and its
 * difference. Four narrow columns: it fits 320 px.
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
import type {
  CellRef,
  EngineResult,
  Language,
  Money,
  WhatIfResult,
  WhatIfYear,
} from '../../engine';
import { toJsonNumber } from '../../engine';
import { Figure, useFigureStyles } from '../results/Figure';
import { paneText } from '../texts';
import { whatIfText } from './texts';

const useStyles = makeStyles({
  table: { width: '100%', minWidth: 0, tableLayout: 'auto' },
  why: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  explained: { borderBottomStyle: 'none' },
});

/** A cause of an unknown figure, and its cell where the workbook has one. */
interface Why {
  readonly text: string;
  readonly at: CellRef | null;
}

export interface WhatIfTotalsProps {
  readonly result: WhatIfResult;
  readonly engine: EngineResult;
  readonly language: Language;
  readonly onSelect: (sheet: string, cell: string) => void;
}

export function WhatIfTotals({ result, engine, language, onSelect }: WhatIfTotalsProps) {
  const styles = useStyles();
  const figures = useFigureStyles();
  const id = useId();
  const t = (key: Parameters<typeof whatIfText>[0], values = {}): string =>
    whatIfText(key, language, values);
  const { unit } = engine;
  const basedOn = engine.scenarios.find((s) => s.id === result.basedOn) ?? null;
  const figure = (value: Money | null, signed = false) =>
    value === null ? (
      <span data-figure="" className={figures.figure}>
        {paneText('unknown', language)}
      </span>
    ) : (
      <Figure value={toJsonNumber(value)} unit={unit} language={language} signed={signed} />
    );
  const header = (text: string) => (
    <TableHeaderCell className={figures.number} button={{ className: figures.numberHeader }}>
      {text}
    </TableHeaderCell>
  );
  const why = (year: WhatIfYear): readonly Why[] => {
    const at = basedOn?.years.find((y) => y.year === year.year)?.at ?? null;
    const causes: Why[] = [];
    if (year.total === null && year.base === null)
      causes.push({ text: t('whyBase'), at: at?.base ?? null });
    if (year.ongoing === null || year.proposed === null)
      causes.push({ text: t('whyCost'), at: year.unknownCostAt });
    if (year.impact === null) causes.push({ text: t('whyImpact'), at: at?.impact ?? null });
    if (year.overBase !== null && year.versus !== null && year.versus.overBase === null)
      causes.push({ text: t('whyVersus'), at: null });
    return causes;
  };
  return (
    <section aria-labelledby={`${id}-totals`}>
      <Table size="extra-small" className={styles.table} aria-labelledby={`${id}-totals`}>
        <caption id={`${id}-totals`} hidden>
          {`${t('totals')} (${unit})`}
        </caption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{`${t('year')} (${unit})`}</TableHeaderCell>
            {header(t('total'))}
            {header(t('overBase'))}
            {basedOn !== null && header(t('versus', { scenario: basedOn.id }))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {result.years.map((year) => {
            const causes = why(year);
            const whyId = `${id}-${year.year}`;
            const described = causes.length > 0 ? { 'aria-describedby': whyId } : {};
            return (
              <Fragment key={year.year}>
                <TableRow className={causes.length > 0 ? styles.explained : undefined}>
                  <TableCell>{year.year}</TableCell>
                  <TableCell className={figures.number} {...described}>
                    {figure(year.total)}
                  </TableCell>
                  <TableCell className={figures.number} {...described}>
                    {figure(year.overBase, true)}
                  </TableCell>
                  {basedOn !== null && (
                    <TableCell className={figures.number} {...described}>
                      {figure(year.versus?.overBase ?? null, true)}
                    </TableCell>
                  )}
                </TableRow>
                {causes.length > 0 && (
                  <TableRow>
                    <TableCell />
                    <TableCell
                      colSpan={basedOn === null ? 2 : 3}
                      id={whyId}
                      className={mergeClasses(figures.reason, styles.why)}
                    >
                      {`${paneText('unknown', language)} – `}
                      {causes.map((cause, i) => (
                        <span key={cause.text}>
                          {i > 0 ? '; ' : ''}
                          {cause.at === null ? (
                            cause.text
                          ) : (
                            <button
                              type="button"
                              className={figures.link}
                              onClick={() => {
                                onSelect(cause.at?.sheet ?? '', cause.at?.cell ?? '');
                              }}
                            >
                              {cause.text}{' '}
                              <span className={figures.cell}>
                                {`(${cause.at.sheet}!${cause.at.cell})`}
                              </span>
                            </button>
                          )}
                        </span>
                      ))}
                    </TableCell>
                  </TableRow>
                )}
              </Fragment>
            );
          })}
        </TableBody>
      </Table>
      <Caption1 as="p">
        {`${t('netBenefit')}: `}
        {figure(result.netBenefit)}
        {result.versusNetBenefit !== null && basedOn !== null && (
          <>
            {' ('}
            {figure(result.versusNetBenefit, true)}
            {` ${t('versus', { scenario: basedOn.id }).toLocaleLowerCase(language)})`}
          </>
        )}
        {result.membersWithoutNetBenefit > 0 &&
          `; ${t('withoutNetBenefit', { count: result.membersWithoutNetBenefit })}`}
        {result.netBenefitAsStated > 0 &&
          `; ${t('asStated', { count: result.netBenefitAsStated })}`}
      </Caption1>
    </section>
  );
}
