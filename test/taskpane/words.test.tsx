/**
 * @jest-environment jsdom
 */
/**
 * The pane's words: a validation reads title, sentence, then its code in a detail line; the column
 * mapping names fields in the pane's language from the vocabulary and takes a header's year as the
 * engine reads it.
 */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { fireEvent, render, screen, within } from '@testing-library/react';
import type { Grid, JsonResult, Language } from '../../src/engine';
import { recalculate, titleFor, toJson } from '../../src/engine';
import { ColumnMapping } from '../../src/taskpane/tables/ColumnMapping';
import { WarningList } from '../../src/taskpane/warnings/WarningList';
import type { TableMapping } from '../../src/workbook/settings';
import { annualAnalysisGrids } from '../engine/fixtures/annual-analysis-2025';

const sheet = (name: string, rows: Grid['rows']): Grid => ({
  sheet: name,
  top: 1,
  left: 1,
  rows,
  source: { kind: 'sheet' },
});

function renderWarnings(language: Language): JsonResult['warnings'] {
  const { warnings } = toJson(recalculate(annualAnalysisGrids()), language);
  render(
    <FluentProvider theme={webLightTheme}>
      <WarningList
        warnings={warnings}
        language={language}
        onSelect={() => undefined}
        engineResult={null}
        onAddAlias={() => undefined}
        aliasNote={null}
      />
    </FluentProvider>,
  );
  return warnings;
}

describe('a validation in the pane', () => {
  it.each(['sv', 'en'] as const)(
    'shows its title, then its sentence, then its code, and never starts with the code (%s)',
    (language) => {
      const warnings = renderWarnings(language);
      const items = screen.getAllByRole('listitem');
      expect(items).toHaveLength(warnings.length);
      items.forEach((item, i) => {
        const w = warnings[i];
        if (w === undefined) throw new Error('fewer warnings than items');
        const parts = [...item.querySelectorAll('div > span')].map((el) => el.textContent);
        expect(parts).toEqual([titleFor(w.code, language), w.message, w.code]);
        expect(within(item).queryByText(new RegExp(`^${w.code}:`))).toBeNull();
      });
    },
  );
});

function initiatives(headers: readonly string[]): JsonResult['tables'][number] {
  const json = toJson(
    recalculate([
      sheet('Insatser', [
        ['Förändringsinsats', 'Status', ...headers],
        ['X', 'Ny', ...headers.map(() => 100)],
      ]),
    ]),
    'en',
  );
  const table = json.tables.find((t) => t.table === 'initiatives');
  if (table === undefined) throw new Error('no initiatives table');
  return table;
}

function renderMapping(table: JsonResult['tables'][number], language: Language) {
  const saved: TableMapping[] = [];
  render(
    <FluentProvider theme={webLightTheme}>
      <ColumnMapping
        table={table}
        mapping={undefined}
        language={language}
        onSave={(mapping) => saved.push(mapping)}
      />
    </FluentProvider>,
  );
  return saved;
}

const options = (name: string): (string | null)[] =>
  within(screen.getByRole('combobox', { name }))
    .getAllByRole('option')
    .map((option) => option.textContent);

describe('the column mapping', () => {
  it.each([
    [
      'en',
      'Kommentar — read as',
      ['Service', 'Category', 'Drivers', 'New delivery', 'Volumes'],
      ['Tjänst', 'Bastjänst', 'Förslag', 'Drivare', 'Ny leverans'],
    ],
    [
      'sv',
      'Kommentar — läses som',
      ['Tjänst', 'Kategori', 'Drivare', 'Ny leverans', 'Volymer'],
      ['Service', 'Proposed', 'Drivers', 'New delivery'],
    ],
  ] as const)('names the fields in the pane’s language (%s)', (language, select, shown, hidden) => {
    const services = toJson(recalculate(annualAnalysisGrids()), language).tables.find(
      (t) => t.table === 'services',
    );
    if (services === undefined) throw new Error('no services table');
    renderMapping(services, language);
    const labels = options(select);
    expect(labels).toEqual(expect.arrayContaining([...shown]));
    for (const word of hidden) expect(labels).not.toContain(word);
  });

  it('offers a per-year field only for a header with one year, as the engine reads it', () => {
    const saved = renderMapping(initiatives(['Belopp 2025', 'Belopp 2025–2027']), 'sv');
    expect(options('Belopp 2025 — läses som')).toContain('Kostnad');
    // `2025–2027` is a span, not one year's column: the engine gives it no year.
    expect(options('Belopp 2025–2027 — läses som')).not.toContain('Kostnad');
    fireEvent.change(screen.getByRole('combobox', { name: 'Belopp 2025 — läses som' }), {
      target: { value: 'cost|' },
    });
    fireEvent.click(screen.getByRole('button', { name: /Spara kolumnerna/ }));
    expect(saved[0]?.columns).toEqual([
      { header: 'Belopp 2025', field: 'cost', year: 2025, driver: null },
    ]);
  });
});
