/**
 * The task pane's entry: once Office is ready, render the pane in the user's language and theme.
 * The ribbon's bundle (src/commands) shares this page and the session.
 */
import { createRoot } from 'react-dom/client';
import { getSession, officeLanguage } from '../office-runtime';
import { App } from './App';
import type { OfficeThemeHint } from './theme';
import { themeFor } from './theme';

void Office.onReady(() => {
  const container = document.getElementById('root');
  if (container === null) throw new Error('taskpane.html has no element with id "root".');
  const language = officeLanguage();
  // Not every host gives a theme (the typings say it always does).
  const officeTheme: OfficeThemeHint | undefined = Office.context.officeTheme;
  document.documentElement.lang = language;
  createRoot(container).render(
    <App session={getSession()} language={language} theme={themeFor(officeTheme)} />,
  );
});
