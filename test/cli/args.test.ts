import { parseArgs } from '../../src/cli/args';

describe('parseArgs --tolerance', () => {
  it.each([
    [['a.xlsx', '--tolerance', '0,5'], 'sv', 0.5],
    [['a.xlsx', '--tolerance', '0.5'], 'sv', 0.5],
    [['a.xlsx', '--tolerance', '1 000'], 'sv', 1000],
    [['a.xlsx', '--tolerance', '1,000', '--lang', 'en'], 'sv', 1000],
    [['a.xlsx', '--tolerance', '2.5'], 'en', 2.5],
  ] as const)(
    'reads %j (default language %s) as the pane reads it: %d',
    (argv, language, amount) => {
      const parsed = parseArgs(argv, language);
      expect(parsed.kind === 'run' ? parsed.args.tolerance : parsed).toBe(amount);
    },
  );

  it('refuses a tolerance that is no number in the language', () => {
    expect(parseArgs(['a.xlsx', '--tolerance', '1.000,5'], 'sv')).toMatchObject({
      kind: 'problem',
      problem: { kind: 'bad-value', option: '--tolerance', value: '1.000,5' },
    });
  });
});
