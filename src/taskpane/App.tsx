/**
 * The pane: Fluent's provider around the Recalculate header and the workspace, wired to the
 * runtime's session.
 */
import type { Theme } from '@fluentui/react-components';
import { FluentProvider } from '@fluentui/react-components';
import type { Language } from '../engine';
import type { Session } from '../pipeline/session';
import { RecalculatePane } from './RecalculatePane';
import { Sections } from './Sections';
import { useHostDescription } from './use-host-description';
import { useWorkspace } from './use-workspace';

export interface AppProps {
  readonly session: Session;
  readonly language: Language;
  readonly theme: Theme;
}

export function App({ session, language, theme }: AppProps) {
  const workspace = useWorkspace(session, language);
  const host = useHostDescription();
  return (
    <FluentProvider theme={theme}>
      <RecalculatePane
        language={language}
        host={host}
        running={workspace.running}
        stage={workspace.stage}
        result={workspace.result}
        firstRun={
          workspace.freshness === 'never-computed'
            ? {
                resultSheets: workspace.settings.resultSheets,
                reportSheet: workspace.settings.reportSheet,
              }
            : null
        }
        onRecalculate={workspace.onRecalculate}
        onShowSheet={(sheet) => {
          workspace.onSelect(sheet, null);
        }}
      />
      <Sections workspace={workspace} language={language} />
    </FluentProvider>
  );
}
