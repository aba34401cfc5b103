/**
 * A figure as the Results tab shows it: the product's number format (`amountText`, digit groups
 * joined by a no-break space), never wrapped, digits of equal width so a column lines up; and an
 * unknown figure with why it is unknown, each cause a link that shows its cell.
 */
import { makeStyles, tokens } from '@fluentui/react-components';
import type { JsonUnknownReason, Language, OutputUnit } from '../../engine';
import { amountText, paneText } from '../texts';

export const useFigureStyles = makeStyles({
  /** A number column's cell: figures right-aligned under a right-aligned header. */
  number: {
    textAlign: 'end',
    verticalAlign: 'top',
    // Room between two figures side by side: this start and the previous cell's end.
    paddingInlineStart: tokens.spacingHorizontalS,
  },
  /** A number column's header: Fluent's header cell lays its content out in a flex box. */
  numberHeader: { justifyContent: 'flex-end', textAlign: 'end' },
  figure: { whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' },
  // A reason is words: it may wrap, between words only (a cell address stays whole).
  reason: { whiteSpace: 'normal', textAlign: 'start' },
  cell: { whiteSpace: 'nowrap' },
  // A link's look on a button (it acts: it selects a cell), without Fluent's Link in the pane's
  // first bundle, which is at its size budget.
  link: {
    display: 'inline',
    padding: 0,
    border: 'none',
    background: 'none',
    font: 'inherit',
    textAlign: 'start',
    color: tokens.colorBrandForegroundLink,
    textDecorationLine: 'underline',
    cursor: 'pointer',
    ':focus-visible': {
      outlineStyle: 'solid',
      outlineWidth: tokens.strokeWidthThick,
      outlineColor: tokens.colorStrokeFocus2,
      borderRadius: tokens.borderRadiusSmall,
    },
  },
});

export interface FigureProps {
  readonly value: number | null;
  readonly unit: OutputUnit;
  readonly language: Language;
  /** Show a plus before a rise (a change, a difference). */
  readonly signed?: boolean;
}

/** The figure alone, marked `data-figure` (what the browser tests read). */
export function Figure({ value, unit, language, signed = false }: FigureProps) {
  const styles = useFigureStyles();
  const text = amountText(value, language, unit);
  return (
    <span data-figure="" className={styles.figure}>
      {signed && value !== null && value > 0 ? `+${text}` : text}
    </span>
  );
}

/** What the pane says a reason is: `basen saknas (Scenarier!D4)`. */
export function reasonText(reason: JsonUnknownReason, language: Language): string {
  return reason.reason === 'noRow'
    ? paneText('whyNoRow', language)
    : reason.reason === 'baseMissing'
      ? paneText('whyBaseMissing', language)
      : reason.reason === 'impactMissing'
        ? paneText('whyImpactMissing', language)
        : reason.reason === 'costMissing'
          ? paneText('whyCostMissing', language, { count: reason.count ?? 0 })
          : paneText('whyCostNotStated', language);
}

export interface UnknownFigureProps {
  readonly reasons: readonly JsonUnknownReason[];
  readonly language: Language;
  readonly onSelect: (sheet: string, cell: string) => void;
  /** Said when the figure is unknown for a reason with no cell of its own (a total unknown). */
  readonly fallback?: string;
}

/** `okänd – basen saknas (Scenarier!D4)`, the reason a link that selects Scenarier!D4. */
export function UnknownFigure({ reasons, language, onSelect, fallback }: UnknownFigureProps) {
  const styles = useFigureStyles();
  return (
    <span className={styles.reason}>
      <span data-figure="" className={styles.figure}>
        {paneText('unknown', language)}
      </span>
      {reasons.length === 0 && fallback !== undefined ? ` – ${fallback}` : null}
      {reasons.map((reason, i) => (
        <span key={`${reason.reason}:${reason.sheet ?? ''}!${reason.cell ?? ''}`}>
          {i === 0 ? ' – ' : '; '}
          {reason.sheet !== null && reason.cell !== null ? (
            <button
              type="button"
              className={styles.link}
              onClick={() => {
                onSelect(reason.sheet ?? '', reason.cell ?? '');
              }}
            >
              {reasonText(reason, language)}{' '}
              <span className={styles.cell}>{`(${reason.sheet}!${reason.cell})`}</span>
            </button>
          ) : (
            reasonText(reason, language)
          )}
        </span>
      ))}
    </span>
  );
}
