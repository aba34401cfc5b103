/**
 * The pane: Fluent's provider around the view, wired to the runtime's session.
 */
import type { Theme } from '@fluentui/react-components';
import { FluentProvider } from '@fluentui/react-components';
import type { Language } from '../engine';
import type { Session } from '../pipeline/session';
import { RecalculatePane } from './RecalculatePane';
import { useHostDescription } from './use-host-description';
import { useRecalculate } from './use-recalculate';

export interface AppProps {
  readonly session: Session;
  readonly language: Language;
  readonly theme: Theme;
}

export function App({ session, language, theme }: AppProps) {
  const recalculation = useRecalculate(session);
  const host = useHostDescription();
  return (
    <FluentProvider theme={theme}>
      <RecalculatePane language={language} host={host} {...recalculation} />
    </FluentProvider>
  );
}
