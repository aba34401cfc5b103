/**
 * The workspace below the Recalculate button: results, what-ifs, validations, found tables and
 * settings, one tab each, and a notice when the result sheets no longer show the tables as they are.
 */
import { Caption1, makeStyles, Spinner, tokens } from '@fluentui/react-components';
import { lazy, Suspense, useState } from 'react';
import type { Language } from '../engine';
import { FreshnessNotice } from './FreshnessNotice';
import { severityCounts } from './outcome';
import type { SectionName } from './SectionTabs';
import { SECTION_TABS, SectionTabs } from './SectionTabs';

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
// The bridge and the change per service stand below the scenario tables: they load just after.
// The scenario tables too: nothing of the Results tab can show before the workbook has been read,
// and their code loads while it is.
const ScenarioTables = lazy(() =>
  import('./results/ScenarioTables').then((m) => ({ default: m.ScenarioTables })),
);
const DriverChart = lazy(() =>
  import('./results/DriverChart').then((m) => ({ default: m.DriverChart })),
);
const ServiceList = lazy(() =>
  import('./results/ServiceList').then((m) => ({ default: m.ServiceList })),
);
const WhatIfView = lazy(() =>
  import('./whatif/WhatIfView').then((m) => ({ default: m.WhatIfView })),
);
const WarningList = lazy(() =>
  import('./warnings/WarningList').then((m) => ({ default: m.WarningList })),
);

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
    paddingInline: tokens.spacingHorizontalL,
    paddingBottom: tokens.spacingVerticalL,
    // Nothing in a tab may widen the pane: at 320 px a wide child would scroll it sideways.
    minWidth: 0,
  },
  panel: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
    minWidth: 0,
  },
});

export interface SectionsProps {
  readonly workspace: Workspace;
  readonly language: Language;
}

export function Sections({ workspace, language }: SectionsProps) {
  const styles = useStyles();
  const [section, setSection] = useState<SectionName>('results');
  const [whatIfsOpened, setWhatIfsOpened] = useState(false);
  if (section === 'whatIfs' && !whatIfsOpened) setWhatIfsOpened(true);
  const t = (key: keyof typeof PANE_TEXTS): string => PANE_TEXTS[key][language];
  const { json } = workspace;
  const counts = json === null ? null : severityCounts(json.warnings);
  return (
    <div className={styles.root}>
      <FreshnessNotice
        freshness={workspace.freshness}
        running={workspace.running}
        onRecalculate={workspace.onRecalculate}
        language={language}
      />
      <SectionTabs selected={section} onSelect={setSection} counts={counts} language={language} />
      <div role="tabpanel" aria-label={t(SECTION_TABS[section])} className={styles.panel}>
        <Suspense fallback={<Spinner size="tiny" />}>
          {section === 'settings' ? (
            <SettingsForm
              key={JSON.stringify(workspace.settings)}
              settings={workspace.settings}
              language={language}
              message={workspace.settingsMessage}
              resultUnit={json?.unit ?? null}
              inputSheets={workspace.userSheets}
              onSave={workspace.onSaveSettings}
            />
          ) : json === null ? (
            <Caption1>{t('noResult')}</Caption1>
          ) : section === 'results' ? (
            <>
              <ScenarioTables json={json} language={language} onSelect={workspace.onSelect} />
              {json.drivers !== null && (
                // Its own boundary: the tables above stay while the rest loads.
                <Suspense fallback={<Spinner size="tiny" />}>
                  <DriverChart drivers={json.drivers} unit={json.unit} language={language} />
                  <ServiceList drivers={json.drivers} unit={json.unit} language={language} />
                </Suspense>
              )}
            </>
          ) : section === 'whatIfs' ? (
            workspace.engineResult === null && <Caption1>{t('noResult')}</Caption1>
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
        {whatIfsOpened && workspace.engineResult !== null && (
          // Kept once opened, hidden on the other tabs: a draft, its plan and an adoption's undo
          // survive a look at the results and back, as a controller comparing them expects.
          <div
            hidden={section !== 'whatIfs'}
            className={section === 'whatIfs' ? styles.panel : undefined}
          >
            <Suspense fallback={<Spinner size="tiny" />}>
              <WhatIfView
                engine={workspace.engineResult}
                saved={workspace.settings.whatIfs ?? []}
                language={language}
                onSelect={workspace.onSelect}
                onSave={workspace.onSaveWhatIfs}
                adoption={workspace.adoption}
              />
            </Suspense>
          </div>
        )}
      </div>
    </div>
  );
}
