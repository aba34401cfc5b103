/**
 * Settings read from the workbook: what a damaged or hand-edited settings text falls back to.
 */
import { DEFAULT_SETTINGS, parseSettings } from '../../src/workbook/settings';

describe('settings read from a workbook', () => {
  it('reads what a run saved', () => {
    const saved = {
      version: 1,
      resultSheets: { summary: 'S', drivers: 'D', validations: 'V' },
      tolerance: 2,
      unit: 'kSEK',
      mapping: { scenarios: { table: 'T' } },
    };
    expect(parseSettings(JSON.stringify(saved))).toEqual(saved);
  });

  it.each([
    ['not JSON', '{'],
    ['a list', '[]'],
    ['a negative tolerance', '{"tolerance": -1}'],
    ['an invalid sheet name', '{"resultSheets": {"summary": "a/b"}}'],
  ])('falls back to the defaults for %s', (_label, text) => {
    expect(parseSettings(text)).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps the column meanings of a mapping, and leaves out the malformed ones', () => {
    const settings = parseSettings(
      JSON.stringify({
        mapping: {
          services: {
            sheet: 'Data',
            range: 'A1:E40',
            columns: [
              { header: 'Bud 24', field: 'budget', year: 2024, driver: null },
              { header: 'Ny lev.', field: 'driverAmount', year: null, driver: 'Ny leverans' },
              { field: 'name' },
              'nonsense',
            ],
          },
        },
      }),
    );
    expect(settings.mapping).toEqual({
      services: {
        sheet: 'Data',
        range: 'A1:E40',
        columns: [
          { header: 'Bud 24', field: 'budget', year: 2024, driver: null },
          { header: 'Ny lev.', field: 'driverAmount', year: null, driver: 'Ny leverans' },
        ],
      },
    });
  });

  it('falls back to the default sheet names when two differ only in case', () => {
    const settings = parseSettings(
      '{"resultSheets": {"summary": "Resultat", "drivers": "resultat", "validations": "V"}}',
    );
    expect(settings.resultSheets).toEqual(DEFAULT_SETTINGS.resultSheets);
  });
});
