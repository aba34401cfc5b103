/**
 * The message catalogue: every code speaks both languages, with the facts filled in.
 */
import { moneyFromDecimal } from '../../../src/engine/money';
import { fieldName, TABLE_KINDS, TABLE_SPECS } from '../../../src/engine/headers/words';
import type { Language } from '../../../src/engine/validation/language';
import { quote } from '../../../src/engine/validation/language';
import { formatAmount, messageFor } from '../../../src/engine/validation/messages';
import { titleFor } from '../../../src/engine/validation/titles';
import type { WarningCode, WarningDetail } from '../../../src/engine/validation/warning';
import { severityOf, WARNING_CODES } from '../../../src/engine/validation/warning';
import { grouped } from '../../support/figures';

const m = moneyFromDecimal;
const at = { sheet: 'Tjänster', cell: 'B7' };

/** One finding of every code; the type makes a new code without a sample a compile error. */
const SAMPLES: { readonly [C in WarningCode]: Extract<WarningDetail, { code: C }> } = {
  STATED_MISMATCH: {
    code: 'STATED_MISMATCH',
    scenario: '1',
    year: 2026,
    figure: 'proposed',
    stated: m('6200'),
    computed: m('7200'),
  },
  LISTED_COST_MISMATCH: {
    code: 'LISTED_COST_MISMATCH',
    scenario: '1',
    initiative: 'X',
    year: 2025,
    listed: m('2850'),
    cost: null,
  },
  UNKNOWN_SERVICE: {
    code: 'UNKNOWN_SERVICE',
    name: 'Digitalt bevarande',
    candidates: ['Stöd i digitalt bevarande'],
    reasons: ['words'],
  },
  UNKNOWN_INITIATIVE: { code: 'UNKNOWN_INITIATIVE', name: 'Y', scenario: '2', candidates: [] },
  AMBIGUOUS_INITIATIVE: {
    code: 'AMBIGUOUS_INITIATIVE',
    name: 'Drift',
    scenario: '1',
    candidates: ['I6', 'I7'],
    cells: [
      { sheet: 'Insatser', cell: 'A7' },
      { sheet: 'Insatser', cell: 'A8' },
    ],
  },
  UNKNOWN_SCENARIO: { code: 'UNKNOWN_SCENARIO', id: '9', candidates: ['1', '2'] },
  DUPLICATE_NAME: { code: 'DUPLICATE_NAME', table: 'services', name: 'A', first: at },
  DUPLICATE_MEMBER: { code: 'DUPLICATE_MEMBER', scenario: '1', initiative: 'X' },
  DUPLICATE_COLUMN: { code: 'DUPLICATE_COLUMN', table: 'services', header: 'Budget 2024' },
  DUPLICATE_TABLE: { code: 'DUPLICATE_TABLE', table: 'scenarios', used: at },
  SHEET_NOT_READ: { code: 'SHEET_NOT_READ', sheet: 'Export', cells: 27_262_976, limit: 5_000_000 },
  HEADER_NEAR_MISS: {
    code: 'HEADER_NEAR_MISS',
    table: 'services',
    header: 'Budegt 2024',
    meant: 'Budget 2024',
  },
  HEADER_READ_AS: {
    code: 'HEADER_READ_AS',
    table: 'initiatives',
    header: 'Beräknad/ potentiell nettonytta',
    meant: 'Nettonytta',
  },
  HEADER_AMBIGUOUS: {
    code: 'HEADER_AMBIGUOUS',
    table: 'initiatives',
    header: 'Beräknad kostnad och nettonytta 2025',
    words: ['Kostnad', 'Nettonytta'],
  },
  COLUMN_WITHOUT_YEAR: {
    code: 'COLUMN_WITHOUT_YEAR',
    table: 'initiatives',
    header: 'Kostnad',
    word: 'Kostnad',
    rowAbove: true,
  },
  UNREAD_AMOUNTS: { code: 'UNREAD_AMOUNTS', table: 'services', header: 'Övrigt' },
  NO_COST_COLUMN: { code: 'NO_COST_COLUMN', rowAbove: true },
  UNIT_MISMATCH: {
    code: 'UNIT_MISMATCH',
    table: 'initiatives',
    header: 'Kostnad 2025 (kr)',
    unit: 'kr',
    expected: 'tkr',
    converted: 'MSEK',
  },
  UNITS_DIFFER: {
    code: 'UNITS_DIFFER',
    tables: [
      { table: 'services', unit: 'MSEK' },
      { table: 'initiatives', unit: 'tkr' },
    ],
    assumed: ['scenarios'],
    assumedUnit: 'MSEK',
    unit: 'MSEK',
  },
  UNIT_ASSUMED: {
    code: 'UNIT_ASSUMED',
    tables: ['initiatives', 'scenarios'],
    summaries: 1,
    unit: 'MSEK',
    stated: { table: 'services', at: { sheet: 'Tjänster', cell: 'B1' } },
  },
  UNKNOWN_UNIT_CHOICE: { code: 'UNKNOWN_UNIT_CHOICE', written: 'EUR', unit: 'tkr' },
  CELL_UNIT_CONVERTED: {
    code: 'CELL_UNIT_CONVERTED',
    written: '37,9 MSEK',
    unit: 'MSEK',
    value: m('37900'),
    into: 'tkr',
  },
  NAME_READ_AS: {
    code: 'NAME_READ_AS',
    scenario: '1',
    name: 'Utveckling bevarandeplattform',
    meant: 'Utveckla bevarandeplattform',
  },
  NAME_AMBIGUOUS: {
    code: 'NAME_AMBIGUOUS',
    scenario: '1',
    name: 'Utveckling bevarandeplattform',
    candidates: ['Utveckla bevarandeplattform', 'Förvalta bevarandeplattform'],
  },
  SCENARIO_SUMMARISED_TWICE: {
    code: 'SCENARIO_SUMMARISED_TWICE',
    scenario: '1',
    cells: [
      { sheet: 'Analys', cell: 'A13' },
      { sheet: 'Analys', cell: 'A21' },
    ],
  },
  UNKNOWN_BLOCK_ROW: { code: 'UNKNOWN_BLOCK_ROW', label: 'Totalsumma' },
  MISSING_BLOCK_ROW: { code: 'MISSING_BLOCK_ROW', scenario: '1', measure: 'impact' },
  TABLE_READ_ON: { code: 'TABLE_READ_ON', table: 'initiatives', title: 'Övrigt' },
  MEMBER_ONLY_INITIATIVE: {
    code: 'MEMBER_ONLY_INITIATIVE',
    scenario: '1',
    initiative: 'Upphandling IT-stöd för ekonomiprocesser',
    year: 2025,
    cost: m('4000'),
  },
  STATUS_FROM_TITLE: {
    code: 'STATUS_FROM_TITLE',
    title: 'Förslag på nya förändringsinsatser med start 2025',
  },
  NOT_A_NUMBER: { code: 'NOT_A_NUMBER', text: '1,088', column: 'Budget 2024', reason: 'ambiguous' },
  EXCEL_ERROR_VALUE: { code: 'EXCEL_ERROR_VALUE', value: '#REF!', column: 'Bas' },
  FORMULA_WITHOUT_VALUE: { code: 'FORMULA_WITHOUT_VALUE', formula: 'SUM(B2:B9)', column: 'Bas' },
  MISSING_TABLE: { code: 'MISSING_TABLE', table: 'initiatives', required: true },
  MISSING_COLUMN: { code: 'MISSING_COLUMN', table: 'services', fields: ['budget'], year: 2024 },
  MISSING_VALUE: { code: 'MISSING_VALUE', table: 'scenarios', column: 'Påverkan', field: 'impact' },
  DRIVER_TAG_MISSING: {
    code: 'DRIVER_TAG_MISSING',
    service: 'Processautomation',
    amount: m('1000'),
  },
  UNKNOWN_DRIVER: { code: 'UNKNOWN_DRIVER', service: null, tag: 'Inflation' },
  UNALLOCATED_DELTA: { code: 'UNALLOCATED_DELTA', service: 'A', amount: m('-12.5') },
  UNKNOWN_STATUS: { code: 'UNKNOWN_STATUS', initiative: 'X', status: 'Kanske' },
  TOTAL_CHANGE_MISMATCH: {
    code: 'TOTAL_CHANGE_MISMATCH',
    driver: 'total',
    year: 2025,
    stated: m('99500'),
    computed: m('102245'),
  },
  TOTAL_ROW_SKIPPED: { code: 'TOTAL_ROW_SKIPPED', table: 'services', name: 'Summa' },
  EMPTY_SCENARIO: { code: 'EMPTY_SCENARIO', scenario: '4' },
  MISSING_NET_BENEFIT: { code: 'MISSING_NET_BENEFIT', scenario: '1', count: 4 },
  WHATIF_UNREADABLE: { code: 'WHATIF_UNREADABLE', whatIf: 'AI i scenario 3' },
  WHATIF_UNKNOWN_INITIATIVE: {
    code: 'WHATIF_UNKNOWN_INITIATIVE',
    whatIf: 'AI i scenario 3',
    initiative: 'Borttagen insats',
  },
  WHATIF_AMBIGUOUS_INITIATIVE: {
    code: 'WHATIF_AMBIGUOUS_INITIATIVE',
    whatIf: 'AI i scenario 3',
    initiative: 'Förstudie',
    ids: ['7', '9'],
  },
  WHATIF_NAMED_TWICE: {
    code: 'WHATIF_NAMED_TWICE',
    whatIf: 'AI i scenario 3',
    initiative: 'Etablera förutsättningar för AI',
  },
  WHATIF_NOT_WHOLE_YEARS: {
    code: 'WHATIF_NOT_WHOLE_YEARS',
    whatIf: 'AI i scenario 3',
    initiative: 'Etablera förutsättningar för AI',
    shift: 0.5,
  },
  WHATIF_MOVED_OUT: {
    code: 'WHATIF_MOVED_OUT',
    whatIf: 'AI i scenario 3',
    initiative: 'Utveckla bevarandeplattform',
    year: 2028,
    amount: m('2000'),
  },
  WHATIF_UNKNOWN_SCENARIO: { code: 'WHATIF_UNKNOWN_SCENARIO', whatIf: 'Prov', scenario: '7' },
  UNKNOWN_MEMBER_COST: {
    code: 'UNKNOWN_MEMBER_COST',
    scenario: '1',
    year: 2026,
    count: 2,
    statuses: ['ongoing', 'proposed'],
  },
};

describe('the message catalogue', () => {
  it.each(WARNING_CODES.map((code) => [code]))(
    'says %s in Swedish and in English, with its facts',
    (code) => {
      const detail = SAMPLES[code];
      const sv = messageFor(detail, 'sv');
      const en = messageFor(detail, 'en');
      expect(sv).not.toBe(en);
      for (const text of [sv, en]) {
        expect(text).toMatch(/[.?]$/);
        expect(text).not.toMatch(/undefined|null|NaN|\[object/);
      }
    },
  );

  it('writes amounts as a Swedish or an English reader expects', () => {
    expect(formatAmount(m('1088976'), 'sv')).toBe(grouped('1 088 976'));
    expect(formatAmount(m('1088976'), 'en')).toBe('1,088,976');
    expect(formatAmount(m('37.9'), 'sv')).toBe('37,9');
    expect(formatAmount(m('-2050'), 'sv')).toBe(grouped('−2 050'));
    expect(formatAmount(m('1').div(3), 'en')).toBe('0.33');
  });

  it('writes amounts in MSEK with the three decimals that keep every tkr', () => {
    expect(formatAmount(m('1116.626'), 'sv', 'MSEK')).toBe(grouped('1 116,626'));
    expect(formatAmount(m('20.55'), 'en', 'MSEK')).toBe('20.55');
    expect(formatAmount(m('0.0005'), 'sv', 'MSEK')).toBe('0,001');
    expect(messageFor(SAMPLES.STATED_MISMATCH, 'sv', 'MSEK')).toContain(grouped('6 200'));
    expect(
      messageFor(
        { ...SAMPLES.STATED_MISMATCH, stated: m('6.2'), computed: m('7.2005') },
        'en',
        'MSEK',
      ),
    ).toBe(
      'Scenario 1 2026: stated proposed initiatives is 6.2 but computes to 7.201 (difference 1.001).',
    );
  });

  it('fills in the figures of a mismatch', () => {
    expect(messageFor(SAMPLES.TOTAL_CHANGE_MISMATCH, 'sv')).toBe(
      grouped(
        'Angiven total förändring 2025 är 99 500 men tjänsterna summerar till 102 245 (skillnad 2 745).',
      ),
    );
  });

  it('names the headers a missing required table is looked for by', () => {
    expect(messageFor({ code: 'MISSING_TABLE', table: 'scenarios', required: true }, 'en')).toBe(
      'The Scenarios table was not found: it needs a header row with “Scenario” and “Year”.',
    );
    expect(messageFor({ code: 'MISSING_TABLE', table: 'initiatives', required: true }, 'sv')).toBe(
      'Tabellen Förändringsinsatser hittades inte: den behöver en rubrikrad med ”Förändringsinsats” / ”Benämning ny förändringsinsats” / ”Benämning förändringsinsats” och ”Status” / ”Kostnad ÅÅÅÅ” / ”ÅÅÅÅ”.',
    );
  });

  it('gives an optional missing table only an info', () => {
    expect(severityOf({ code: 'MISSING_TABLE', table: 'members', required: false })).toBe('info');
    expect(severityOf(SAMPLES.MISSING_TABLE)).toBe('error');
  });

  it('says a summary row without a label is one, rather than quoting nothing', () => {
    const unnamed = { code: 'UNKNOWN_BLOCK_ROW', label: '' } as const;
    expect(messageFor(unnamed, 'en')).toMatch(
      /^A row without a label in the summary holds amounts/,
    );
    expect(messageFor(unnamed, 'sv')).toMatch(/^En rad utan namn i summeringen har belopp/);
  });

  it.each(WARNING_CODES.map((code) => [code]))(
    'gives %s a title in each language that is no code and no sentence',
    (code) => {
      const sv = titleFor(code, 'sv');
      const en = titleFor(code, 'en');
      expect(sv).not.toBe(en);
      for (const title of [sv, en]) {
        expect(title).not.toMatch(/^[A-Z_]{4,}/);
        expect(title).not.toMatch(/[.:;]$/);
        expect(title.length).toBeLessThanOrEqual(40);
      }
    },
  );

  it.each(WARNING_CODES.map((code) => [code]))(
    'quotes names in %s as each language does: English “…”, Swedish ”…”',
    (code) => {
      const en = messageFor(SAMPLES[code], 'en');
      const sv = messageFor(SAMPLES[code], 'sv');
      expect(en.match(/“/g)?.length ?? 0).toBe(en.match(/”/g)?.length ?? 0);
      expect(en).not.toMatch(/”\S+”/);
      expect(sv).not.toContain('“');
    },
  );

  it('quotes through one helper per language', () => {
    expect(quote('Bastjänst', 'sv')).toBe('”Bastjänst”');
    expect(quote(' New   delivery ', 'en')).toBe('“New delivery”');
  });

  it('names a missing column as the vocabulary does in the reader’s language, never by its field key', () => {
    expect(
      messageFor(
        { code: 'MISSING_COLUMN', table: 'driverTotals', fields: ['driver'], year: null },
        'sv',
      ),
    ).toBe('Tabellen Angivna totaler per drivare saknar kolumnen ”Drivare”.');
    expect(
      messageFor(
        { code: 'MISSING_COLUMN', table: 'driverTotals', fields: ['driver'], year: null },
        'en',
      ),
    ).toBe('The Stated driver totals table has no “Driver” column.');
    expect(
      messageFor(
        {
          code: 'MISSING_COLUMN',
          table: 'services',
          fields: ['actual', 'budget', 'proposed'],
          year: null,
        },
        'en',
      ),
    ).toBe('The Services table has no column “Actual YYYY”, “Budget YYYY” or “Proposed YYYY”.');
    for (const language of ['sv', 'en'] as const satisfies readonly Language[])
      for (const table of TABLE_KINDS)
        // An explicit driver amount is never missing: each driver's own column is optional.
        for (const field of TABLE_SPECS[table].fields.filter((f) => f.driver === undefined)) {
          const text = messageFor(
            { code: 'MISSING_COLUMN', table, fields: [field.field], year: null },
            language,
          );
          expect(text).toContain(fieldName(field, language));
          expect(text).not.toContain(quote(field.field, language));
        }
  });

  it('names a missing value’s column by its header, or by the vocabulary when it has none', () => {
    expect(
      messageFor(
        { code: 'MISSING_VALUE', table: 'scenarios', column: null, field: 'impact' },
        'en',
      ),
    ).toBe('No value in column “Impact” (Scenarios); the row or total cannot be computed.');
    expect(
      messageFor({ code: 'MISSING_VALUE', table: 'scenarios', column: null, field: 'base' }, 'sv'),
    ).toBe('Värde saknas i kolumnen ”Bas” (Scenarier); raden eller summan kan inte beräknas.');
  });

  it('names drivers in the reader’s language', () => {
    const mismatch = { ...SAMPLES.TOTAL_CHANGE_MISMATCH, driver: 'Ny leverans' } as const;
    expect(messageFor(mismatch, 'en')).toMatch(/^Stated New delivery 2025 is /);
    expect(messageFor(mismatch, 'sv')).toMatch(/^Angiven Ny leverans 2025 är /);
    expect(messageFor(SAMPLES.DRIVER_TAG_MISSING, 'en')).toMatch(/lack “Service development”\.$/);
  });
});
