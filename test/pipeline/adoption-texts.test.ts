/**
 * Every refusal of an adoption has a sentence in Swedish and English that names what it is about:
 * the cell, the table, the sheet or the members.
 */
import type { Language } from '../../src/engine';
import type { AdoptionRefusal } from '../../src/pipeline/adoption';
import { adoptionPlanText, adoptionRefusalText } from '../../src/pipeline/adoption-texts';

const CASES: readonly [AdoptionRefusal, Readonly<Record<Language, string>>][] = [
  [
    { kind: 'moved-or-scaled', initiatives: ['Införa API-katalog'] },
    { sv: '”Införa API-katalog”', en: '“Införa API-katalog”' },
  ],
  [
    { kind: 'problems', count: 2 },
    { sv: '2 problem', en: '2 problems' },
  ],
  [{ kind: 'empty' }, { sv: 'ingen insats', en: 'no initiative' }],
  [
    { kind: 'no-table', table: 'members' },
    { sv: 'Scenarioinsatser', en: 'Scenario members' },
  ],
  [
    { kind: 'layout', table: 'scenarios', sheet: 'Analys', why: 'summary-blocks' },
    { sv: 'summeringsblock på bladet ”Analys”', en: 'summary blocks on the sheet “Analys”' },
  ],
  [
    { kind: 'layout', table: 'members', sheet: 'Analys', why: 'under-heading' },
    { sv: 'under rubriker på bladet ”Analys”', en: 'under headings on the sheet “Analys”' },
  ],
  [
    { kind: 'layout', table: 'initiatives', sheet: 'Insatser', why: 'own-column' },
    {
      sv: 'egen scenariokolumn på bladet ”Insatser”',
      en: 'own scenario column on the sheet “Insatser”',
    },
  ],
  [
    { kind: 'layout', table: 'scenarios', sheet: 'S', why: 'fixed-range' },
    { sv: 'Tabellen Scenarier på bladet ”S”', en: 'The table Scenarios on the sheet “S”' },
  ],
  [
    { kind: 'missing-column', table: 'scenarios', field: 'base' },
    { sv: 'ingen kolumn ”Bas”', en: 'no column “Base”' },
  ],
  [
    { kind: 'cells-taken', sheet: 'Scenarier', cell: 'A13' },
    { sv: 'Cellen Scenarier!A13', en: 'The cell Scenarier!A13' },
  ],
  [
    { kind: 'figures-differ', scenario: '4', year: 2027 },
    {
      sv: 'scenario 4 andra siffror än de ska för 2027',
      en: 'scenario 4 other figures than they should for 2027',
    },
  ],
];

describe.each(['sv', 'en'] as const)('an adoption refused (%s)', (language) => {
  it.each(CASES)('%j is said naming what it is about', (reason, names) => {
    const text = adoptionRefusalText('AI i 3', reason, language);
    expect(text).toContain(names[language]);
    expect(text).not.toMatch(/undefined|null|\[object/);
    expect(adoptionPlanText({ kind: 'refused', whatIf: 'AI i 3', reason }, language)).toBe(text);
  });
});
