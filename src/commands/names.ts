/** The ribbon's ExecuteFunction name: manifest.xml names it, commands.ts registers it. */
export const RECALCULATE_FUNCTION = 'recalculateScenarios';
