/**
 * The ribbon door: registers the Recalculate scenarios function once Office is ready.
 */
import { getSession } from '../office-runtime';
import { RECALCULATE_FUNCTION } from './names';
import { recalculateFromRibbon } from './recalculate';

void Office.onReady(() => {
  Office.actions.associate(RECALCULATE_FUNCTION, (event: Office.AddinCommands.Event) => {
    void recalculateFromRibbon(getSession(), event, {
      showPane: () => Office.addin.showAsTaskpane(),
    });
  });
});
