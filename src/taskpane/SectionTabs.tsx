/**
 * The workspace's tab strip. At the pane's narrowest (320 px) the four tabs do not fit side by
 * side in Swedish, so the ones that do not fit go into a "More" menu at the end of the strip
 * (Fluent's Overflow around the TabList); the chosen tab always stays in the strip, so choosing
 * one from the menu swaps it in rather than widening the strip and scrolling the pane sideways.
 */
import {
  Badge,
  Button,
  makeStyles,
  Overflow,
  OverflowItem,
  Tab,
  TabList,
  tokens,
  useIsOverflowItemVisible,
  useOverflowMenu,
} from '@fluentui/react-components';
import { lazy, Suspense, useId, useState } from 'react';
import type { Language, Severity } from '../engine';
import { FRAME_TEXTS, moreTabsLabel, PANE_TEXTS, severityCountsLabel } from './texts';

// Fluent's Menu loads with the first click on "More", not with the pane (see TabMenu.tsx).
const TabMenu = lazy(() => import('./TabMenu').then((m) => ({ default: m.TabMenu })));

export type SectionName = 'results' | 'warnings' | 'whatIfs' | 'tables' | 'settings';

export const SECTION_TABS: Readonly<
  Record<SectionName, 'tabResults' | 'tabWhatIfs' | 'tabWarnings' | 'tabTables' | 'tabSettings'>
> = {
  results: 'tabResults',
  // After the validations: at 320 px their badges stay in the strip, the what-ifs go to "More".
  warnings: 'tabWarnings',
  whatIfs: 'tabWhatIfs',
  tables: 'tabTables',
  settings: 'tabSettings',
};

const SECTIONS = Object.keys(SECTION_TABS) as readonly SectionName[];

/** The severities the badges count, most severe first (info is no cause to look). */
const BADGE_SEVERITIES = ['error', 'warning'] as const;
const BADGE_COLOURS = { error: 'danger', warning: 'warning' } as const;

const useStyles = makeStyles({
  // The strip takes the pane's width and no more: Overflow measures it to decide what fits.
  strip: { minWidth: 0, width: '100%', overflow: 'hidden' },
  badges: {
    display: 'inline-flex',
    columnGap: tokens.spacingHorizontalXXS,
    marginInlineStart: tokens.spacingHorizontalXS,
    verticalAlign: 'middle',
  },
  more: { flexShrink: 0, alignSelf: 'center', display: 'inline-flex' },
});

export interface SectionTabsProps {
  readonly selected: SectionName;
  readonly onSelect: (section: SectionName) => void;
  /** The validations by severity, for the badges on their tab; null before any result. */
  readonly counts: Readonly<Record<Severity, number>> | null;
  readonly language: Language;
}

export function SectionTabs({ selected, onSelect, counts, language }: SectionTabsProps) {
  const styles = useStyles();
  const label = (section: SectionName): string => PANE_TEXTS[SECTION_TABS[section]][language];
  // The badges only show the counts; the tab's description says them all, its name stays its word.
  const countsId = useId();
  const countsText = counts === null ? null : severityCountsLabel(counts, language);
  const menuLabel = (section: SectionName): string =>
    section === 'warnings' && countsText !== null
      ? `${label(section)} (${countsText})`
      : label(section);
  return (
    <>
      {/* Outside the tab: Fluent renders a tab's content twice (to reserve its bold width). */}
      {countsText !== null && (
        <span id={countsId} hidden>
          {countsText}
        </span>
      )}
      <Overflow minimumVisible={1}>
        <TabList
          className={styles.strip}
          selectedValue={selected}
          onTabSelect={(_ev, data) => {
            onSelect(data.value as SectionName);
          }}
          aria-label={PANE_TEXTS.sections[language]}
          size="small"
        >
          {SECTIONS.map((section) => (
            // The chosen tab overflows last: it is always in the strip.
            <OverflowItem key={section} id={section} priority={section === selected ? 2 : 1}>
              <Tab
                value={section}
                aria-describedby={section === 'warnings' && counts !== null ? countsId : undefined}
              >
                {label(section)}
                {section === 'warnings' && counts !== null && (
                  <SeverityBadges counts={counts} className={styles.badges} />
                )}
              </Tab>
            </OverflowItem>
          ))}
          <MoreTabs
            label={menuLabel}
            onSelect={onSelect}
            language={language}
            className={styles.more}
          />
        </TabList>
      </Overflow>
    </>
  );
}

function SeverityBadges({
  counts,
  className,
}: {
  readonly counts: Readonly<Record<Severity, number>>;
  readonly className: string;
}) {
  const shown = BADGE_SEVERITIES.filter((severity) => counts[severity] > 0);
  if (shown.length === 0) return null;
  return (
    <span className={className} aria-hidden="true">
      {shown.map((severity) => (
        <Badge key={severity} size="small" appearance="filled" color={BADGE_COLOURS[severity]}>
          {counts[severity]}
        </Badge>
      ))}
    </span>
  );
}

/**
 * The "More" button and, once clicked, the menu of the tabs that did not fit; nothing while every
 * tab fits. Which tabs are hidden is the Overflow's to say (`useOverflow…`), so each is asked here.
 */
function MoreTabs(props: {
  readonly label: (section: SectionName) => string;
  readonly onSelect: (section: SectionName) => void;
  readonly language: Language;
  readonly className: string;
}) {
  // The wrapper is what Overflow measures for the menu's room (Button's ref type is a union).
  const { ref, isOverflowing, overflowCount } = useOverflowMenu<HTMLSpanElement>();
  const [open, setOpen] = useState(false);
  const [opened, setOpened] = useState(false);
  // One hook per tab, always in the same order (the tabs never change).
  const visible: Readonly<Record<SectionName, boolean>> = {
    results: useIsOverflowItemVisible('results'),
    warnings: useIsOverflowItemVisible('warnings'),
    whatIfs: useIsOverflowItemVisible('whatIfs'),
    tables: useIsOverflowItemVisible('tables'),
    settings: useIsOverflowItemVisible('settings'),
  };
  const hidden = SECTIONS.filter((section) => !visible[section]);
  if (!isOverflowing) return null;
  const button = (): HTMLButtonElement | null => ref.current?.querySelector('button') ?? null;
  return (
    <span ref={ref} className={props.className}>
      {/* A tab list holds tabs only: the menu's button is one (as in Fluent's own example). */}
      <Button
        role="tab"
        appearance="transparent"
        size="small"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-label={moreTabsLabel(overflowCount, props.language)}
        onClick={() => {
          setOpened(true);
          setOpen(!open);
        }}
      >
        {FRAME_TEXTS.moreTabs[props.language]}
      </Button>
      {opened && (
        <Suspense fallback={null}>
          <TabMenu
            target={ref.current}
            open={open}
            onOpenChange={(next) => {
              setOpen(next);
              // Closed by Escape or a choice: the keyboard goes back to where it was.
              if (!next) button()?.focus();
            }}
            items={hidden.map((section) => ({
              key: section,
              label: props.label(section),
              onClick: () => {
                props.onSelect(section);
              },
            }))}
          />
        </Suspense>
      )}
    </span>
  );
}
