/**
 * Settings read from the workbook: what a damaged or hand-edited settings text falls back to.
 */
import { DEFAULT_SETTINGS, parseSettings, serialiseSettings } from '../../src/workbook/settings';

describe('settings read from a workbook', () => {
  it('reads what a run saved', () => {
    const saved = {
      version: 2,
      resultSheets: { summary: 'S', drivers: 'D', validations: 'V' },
      reportSheet: 'R',
      tolerance: { amount: 0.5, unit: 'tkr' },
      unit: 'MSEK',
      mapping: { scenarios: { table: 'T' } },
    };
    expect(parseSettings(JSON.stringify(saved))).toEqual(saved);
  });

  it.each([
    ['mnkr', 'MSEK'],
    ['Mkr', 'MSEK'],
    ['MSEK', 'MSEK'],
    ['kSEK', 'tkr'],
    ['kronor', 'kr'],
  ])('reads the free-text unit %s an earlier version saved as the choice %s', (written, unit) => {
    expect(parseSettings(JSON.stringify({ version: 1, unit: written })).unit).toBe(unit);
  });

  it('reads the tkr every earlier version saved as its default as no choice: the tables’ unit', () => {
    expect(parseSettings('{"version": 1, "unit": "tkr", "tolerance": 0.5}')).toEqual(
      DEFAULT_SETTINGS,
    );
    expect(parseSettings('{"version": 2, "unit": "tkr"}').unit).toBe('tkr');
  });

  it('keeps an unknown saved unit aside, to be reported, and shows the tables’ unit', () => {
    expect(parseSettings('{"version": 1, "unit": "EUR"}')).toEqual({
      ...DEFAULT_SETTINGS,
      unknownUnit: 'EUR',
    });
  });

  it('reads the 0.5 every earlier version saved as the default, 0.5 tkr; another tolerance as written', () => {
    expect(parseSettings('{"version": 1, "tolerance": 0.5, "unit": "mnkr"}')).toMatchObject({
      tolerance: null,
      unit: 'MSEK',
    });
    expect(parseSettings('{"version": 1, "tolerance": 2}').tolerance).toEqual({
      amount: 2,
      unit: 'tkr',
    });
    expect(parseSettings('{"version": 2, "tolerance": 0.5}').tolerance).toEqual({
      amount: 0.5,
      unit: 'tkr',
    });
  });

  it('reads a bare saved tolerance in the unit it was saved with (the saved unit, else tkr), so it keeps its meaning when the unit changes', () => {
    expect(parseSettings('{"version": 2, "tolerance": 1}').tolerance).toEqual({
      amount: 1,
      unit: 'tkr',
    });
    expect(parseSettings('{"version": 2, "tolerance": 1, "unit": "MSEK"}').tolerance).toEqual({
      amount: 1,
      unit: 'MSEK',
    });
    expect(parseSettings('{"version": 1, "tolerance": 2, "unit": "mnkr"}').tolerance).toEqual({
      amount: 2,
      unit: 'MSEK',
    });
    expect(
      parseSettings('{"version": 2, "tolerance": {"amount": 1, "unit": "tkr"}, "unit": "MSEK"}')
        .tolerance,
    ).toEqual({ amount: 1, unit: 'tkr' });
    expect(parseSettings('{"tolerance": {"amount": 1, "unit": "EUR"}}').tolerance).toBeNull();
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

  it('reads a saved report sheet name, and falls back to the default for one a data sheet has', () => {
    const saved = (reportSheet: unknown): string =>
      JSON.stringify({
        version: 2,
        resultSheets: { summary: 'S', drivers: 'D', validations: 'V' },
        reportSheet,
      });
    expect(parseSettings(saved('Rapport')).reportSheet).toBe('Rapport');
    expect(parseSettings(saved('v')).reportSheet).toBeNull();
    expect(parseSettings(saved('Rapport [2]')).reportSheet).toBeNull();
    expect(parseSettings(saved(42)).reportSheet).toBeNull();
    expect(DEFAULT_SETTINGS.reportSheet).toBeNull();
  });

  it('keeps a what-if with a field it does not know unread, so a save does not drop the field', () => {
    const newer = { name: 'Nyare', basedOn: '3', members: [], impact: [], colour: 'blå' };
    const member = {
      name: 'Vikt',
      basedOn: null,
      members: [{ initiative: 'A', shift: 0, scale: '1', weight: 2 }],
      impact: [],
    };
    const impact = {
      name: 'Påverkan',
      basedOn: null,
      members: [],
      impact: [{ year: 2025, amount: '1', unit: 'tkr', note: 'x' }],
    };
    const settings = parseSettings(
      JSON.stringify({ version: 2, whatIfs: [newer, member, impact] }),
    );
    expect(settings.whatIfs).toBeUndefined();
    expect(settings.unreadWhatIfs?.map((entry) => entry.label)).toEqual([
      'Nyare',
      'Vikt',
      'Påverkan',
    ]);
    const saved = JSON.parse(serialiseSettings(settings)) as { whatIfs: unknown };
    expect(saved.whatIfs).toEqual([newer, member, impact]);
  });

  it('keeps what-ifs saved as no list as one unread entry, written back in its place; none for null', () => {
    const whatIfs = { A: { members: 'alla' } };
    const settings = parseSettings(JSON.stringify({ version: 2, whatIfs }));
    expect(settings.unreadWhatIfs).toEqual([{ label: '#1', raw: whatIfs, whole: true }]);
    expect((JSON.parse(serialiseSettings(settings)) as { whatIfs: unknown }).whatIfs).toEqual(
      whatIfs,
    );
    expect(parseSettings('{"version": 2, "whatIfs": null}').unreadWhatIfs).toBeUndefined();
  });
});
