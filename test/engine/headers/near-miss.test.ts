import { nearMissHeader } from '../../../src/engine/headers/near-miss';

describe('a header that almost names a column', () => {
  it.each([
    ['services', 'Budegt 2024', 'Budget 2024'],
    ['services', 'Utfal 2023 (tkr)', 'Utfall 2023'],
    ['services', 'Föreslagen budgt 2025', 'Föreslagen budget 2025'],
    ['initiatives', 'Förändringsinstas', 'Förändringsinsats'],
    ['scenarios', 'Scenarion', 'Scenario'],
    ['services', 'Ny leverens 2025', 'Ny leverans 2025'],
    ['services', 'Projekt avslutat 2025', 'Projekt avslutas 2025'],
  ] as const)('in %s, ”%s” was probably meant to be ”%s”', (kind, header, meant) => {
    expect(nearMissHeader(kind, header)).toBe(meant);
  });

  it.each([
    ['services', 'Kommentar'],
    ['services', 'Budget 2024'],
    ['scenarios', 'Bus'],
    ['services', 'Ansvarig enhet'],
    ['initiatives', '2025'],
    ['services', 'Volym 2025'],
    ['services', 'Volume 2025'],
  ] as const)('in %s, ”%s” is near no word, or is one', (kind, header) => {
    expect(nearMissHeader(kind, header)).toBeNull();
  });
});
