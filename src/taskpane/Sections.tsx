/**
 * The workspace below the Recalculate button: results, validations, found tables and settings,
 * one tab each, and a notice when the result sheets no longer show the tables as they are.
 */
import {
  Caption1,
  CounterBadge,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Spinner,
  Tab,
  TabList,
  tokens,
} from '@fluentui/react-components';
import { lazy, Suspense, useState } from 'react';
import type { Language } from '../engine';
import { FreshnessNotice } from './FreshnessNotice';
import { DriverChart } from './results/DriverChart';
import { ScenarioTables } from './results/ScenarioTables';
import { ServiceList } from './results/ServiceList';

import { PANE_TEXTS } from './texts';
import type { Workspace } from './use-workspace';

// Settings, the tables' mapping and the validations are tabs away from the first view: their code
// (and the Fluent components only they use) loads when their tab is chosen, not with the pane.
const SettingsForm = lazy(() =>
  import('./settings/SettingsForm').then((m) => ({ default: m.SettingsForm })),
);
const FoundTables = lazy(() =>
  import('./tables/FoundTables').then((m) => ({ default: m.FoundTables })),
);
const WarningList = lazy(() =>
  import('./warnings/WarningList').then((m) => ({ default: m.WarningList })),
);

type SectionName = 'results' | 'warnings' | 'tables' | 'settings';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
    paddingInline: tokens.spacingHorizontalL,
  },
  panel: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
});

export interface SectionsProps {
  readonly workspace: Workspace;
  readonly language: Language;
}

export function Sections({ workspace, language }: SectionsProps) {
  const styles = useStyles();
  const [section, setSection] = useState<SectionName>('results');
  const t = (key: keyof typeof PANE_TEXTS): string => PANE_TEXTS[key][language];
  const { json } = workspace;
  const errors = json?.warnings.filter((w) => w.severity === 'error').length ?? 0;
  return (
    <div className={styles.root}>
      <FreshnessNotice
        freshness={workspace.freshness}
        running={workspace.running}
        onRecalculate={workspace.onRecalculate}
        language={language}
      />
      {workspace.freshness === 'never-computed' && (
        <MessageBar intent="info">
          <MessageBarBody>{t('neverComputed')}</MessageBarBody>
        </MessageBar>
      )}
      {workspace.elapsedMs !== null && !workspace.running && (
        <Caption1>{`${t('took')} ${(workspace.elapsedMs / 1000).toLocaleString(language === 'sv' ? 'sv-SE' : 'en-GB', { maximumFractionDigits: 1 })} s`}</Caption1>
      )}
      <TabList
        selectedValue={section}
        onTabSelect={(_ev, data) => {
          setSection(data.value as SectionName);
        }}
        aria-label={t('sections')}
        size="small"
      >
        <Tab value="results">{t('tabResults')}</Tab>
        <Tab value="warnings">
          {t('tabWarnings')}{' '}
          {errors > 0 ? (
            <CounterBadge count={errors} color="danger" size="small" aria-label={`${errors}`} />
          ) : null}
        </Tab>
        <Tab value="tables">{t('tabTables')}</Tab>
        <Tab value="settings">{t('tabSettings')}</Tab>
      </TabList>
      <div
        role="tabpanel"
        aria-label={t(
          section === 'results'
            ? 'tabResults'
            : section === 'warnings'
              ? 'tabWarnings'
              : section === 'tables'
                ? 'tabTables'
                : 'tabSettings',
        )}
        className={styles.panel}
      >
        <Suspense fallback={<Spinner size="tiny" />}>
          {section === 'settings' ? (
            <SettingsForm
              key={JSON.stringify(workspace.settings)}
              settings={workspace.settings}
              language={language}
              message={workspace.settingsMessage}
              resultUnit={json?.unit ?? null}
              onSave={workspace.onSaveSettings}
            />
          ) : json === null ? (
            <Caption1>{t('noResult')}</Caption1>
          ) : section === 'results' ? (
            <>
              <ScenarioTables json={json} language={language} />
              {json.drivers !== null && (
                <DriverChart drivers={json.drivers} unit={json.unit} language={language} />
              )}
              {json.drivers !== null && (
                <ServiceList drivers={json.drivers} unit={json.unit} language={language} />
              )}
            </>
          ) : section === 'warnings' ? (
            <WarningList
              warnings={json.warnings}
              language={language}
              onSelect={workspace.onSelect}
              engineResult={workspace.engineResult}
              onAddAlias={workspace.onAddAlias}
              aliasNote={workspace.aliasNote}
            />
          ) : (
            <FoundTables
              tables={json.tables}
              language={language}
              mapping={workspace.settings.mapping}
              sheetNames={workspace.sheetNames}
              excelTables={workspace.excelTables}
              onSaveMapping={workspace.onSaveMapping}
            />
          )}
        </Suspense>
      </div>
    </div>
  );
}
