/**
 * @jest-environment jsdom
 */
/**
 * The pane's workspace with React Testing Library, queried by role as a keyboard or screen-reader
 * user meets it: results, validations that show their cell, found tables, settings saved in the
 * workbook, and the out-of-date notice. The session is a stand-in holding the engine's real result
 * for the source document's tables.
 */
import { webLightTheme } from '@fluentui/react-components';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { Grid, Language, OutputUnit } from '../../src/engine';
import { recalculate, toJson } from '../../src/engine';
import type { Inspection } from '../../src/pipeline/pipeline';
import type { Session, SessionState } from '../../src/pipeline/session';
import { App } from '../../src/taskpane/App';
import type { StoredSettings } from '../../src/workbook/settings';
import { DEFAULT_SETTINGS } from '../../src/workbook/settings';
import { annualAnalysisGrids } from '../engine/fixtures/annual-analysis-2025';
import { grouped } from '../support/figures';

// jsdom has no ResizeObserver; Fluent's tab list asks for one to measure its overflow.
class NoResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
Object.assign(window, { ResizeObserver: NoResizeObserver });

function fakeSession(
  options: {
    stamped?: string | null;
    language?: Language;
    grids?: Grid[];
    unit?: OutputUnit;
  } = {},
) {
  const result = recalculate(options.grids ?? annualAnalysisGrids(), {
    unit: options.unit ?? null,
  });
  const inspection: Inspection = {
    result,
    json: toJson(result, options.language ?? 'sv'),
    settings: DEFAULT_SETTINGS,
    fingerprint: 'aaaaaaaaaaaaaaaa',
    stamped: options.stamped === undefined ? 'aaaaaaaaaaaaaaaa' : options.stamped,
    sheetNames: ['Tjänster', 'Utveckling', 'Insatser', 'Scenarier', 'Scenarioinsatser', 'Drivare'],
    excelTables: [{ name: 'Tjanster2', sheet: 'Tjänster' }],
    userSheets: ['Tjänster', 'Utveckling', 'Insatser', 'Scenarier', 'Scenarioinsatser', 'Drivare'],
    resultSheetNames: ['Scenariosummering', 'Kostnadsdrivare', 'Valideringar', 'Sammanställning'],
  };
  const selected: [string, string | null][] = [];
  const aliasesWritten: [string, string, string][] = [];
  let recalculations = 0;
  const saved: StoredSettings[] = [];
  const state: SessionState = { running: false, stage: null, last: null };
  const session: Session = {
    port: {
      read: () => Promise.reject(new Error('not used')),
      write: () => Promise.reject(new Error('not used')),
      select: (sheet, cell) => {
        selected.push([sheet, cell]);
        return Promise.resolve();
      },
    },
    inspect: () => Promise.resolve({ kind: 'inspected', inspection }),
    // The pane saves through the session (which keeps runs and writes apart), never the port.
    saveSettings: (settings) => {
      saved.push(settings);
      return Promise.resolve({ kind: 'done', value: undefined });
    },
    writeAliases: (at, aliases) => {
      aliasesWritten.push([at.sheet, at.cell, aliases]);
      return Promise.resolve({ kind: 'done', value: '' });
    },
    // Adoption is the what-if view's; these tests never reach it.
    planAdoption: () => Promise.reject(new Error('not used')),
    adopt: () => Promise.reject(new Error('not used')),
    undoAdoption: () => Promise.reject(new Error('not used')),
    recalculate: () => {
      recalculations += 1;
      return Promise.resolve({ kind: 'busy' });
    },
    state: () => state,
    subscribe: () => () => undefined,
  };
  return { session, selected, saved, aliasesWritten, recalculations: () => recalculations };
}

function renderApp(session: Session, language: Language = 'sv') {
  return render(<App session={session} language={language} theme={webLightTheme} />);
}

describe('the workspace', () => {
  it('shows every scenario’s total per year, with what it adds over the base', async () => {
    renderApp(fakeSession().session);
    const table = await screen.findByRole('table', { name: 'Scenarier 2025 (tkr)' });
    const rows = within(table)
      .getAllByRole('row')
      .map((row) => row.textContent);
    expect(rows).toEqual([
      '2025 (tkr)SummeringÖver basMot scenario 1',
      grouped('11 116 626+27 650–'),
      grouped('21 121 026+32 050+4 400'),
      grouped('31 094 176+5 200−22 450'),
    ]);
  });

  it('shows every figure in MSEK, with three decimals, when MSEK is the unit', async () => {
    renderApp(fakeSession({ unit: 'MSEK' }).session);
    const table = await screen.findByRole('table', { name: 'Scenarier 2025 (MSEK)' });
    expect(
      within(table)
        .getAllByRole('row')
        .map((row) => row.textContent),
    ).toEqual([
      '2025 (MSEK)SummeringÖver basMot scenario 1',
      grouped('11 116,626+27,650–'),
      grouped('21 121,026+32,050+4,400'),
      grouped('31 094,176+5,200−22,450'),
    ]);
    const chart = await screen.findByRole('img', {
      name: 'Från budget 2024 till förslag 2025 (MSEK)',
    });
    // A driver's share has a fraction of a tkr: shown with the fourth decimal, as on the sheet.
    const figures = document.getElementById(chart.getAttribute('aria-describedby') ?? '');
    expect(figures?.textContent).toContain('Ny leverans+42,3245');
  });

  it('shows what a scenario adds over the base where the base, and so the total, is unknown', async () => {
    renderApp(fakeSession().session);
    const table = await screen.findByRole('table', { name: 'Scenarier 2026 (tkr)' });
    const rows = within(table)
      .getAllByRole('row')
      .map((row) => row.textContent);
    // Each row with an unknown figure is followed by why, the cell that makes it so.
    expect(rows).toEqual([
      '2026 (tkr)SummeringÖver basMot scenario 1',
      grouped('1okänd+11 630–'),
      'okänd – basen saknas (Scenarier!D4)',
      grouped('2okänd+24 400okänd'),
      'okänd – basen saknas (Scenarier!D7)',
      grouped('3okänd+9 500okänd'),
      'okänd – basen saknas (Scenarier!D10)',
    ]);
  });

  it('draws the driver breakdown with its figures written out', async () => {
    renderApp(fakeSession().session);
    const chart = await screen.findByRole('img', {
      name: 'Från budget 2024 till förslag 2025 (tkr)',
    });
    // Its figures in the table that describes it.
    const figures = document.getElementById(chart.getAttribute('aria-describedby') ?? '');
    expect(figures?.textContent).toContain(grouped('Ny leverans+42 325'));
  });

  it('lists the validations by severity, and shows a warning’s cell in the workbook when chosen', async () => {
    const { session, selected } = fakeSession();
    renderApp(session);
    fireEvent.click(await screen.findByRole('tab', { name: 'Valideringar' }));
    expect(await screen.findByRole('heading', { name: 'Varning (19)' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: /^Gå till Scenarioinsatser!C4: / }));
    expect(selected).toEqual([['Scenarioinsatser', 'C4']]);
  });

  it('adds an unmatched name as an alias of the suggested service once confirmed, then recalculates', async () => {
    const grids = annualAnalysisGrids().map((grid) =>
      grid.sheet === 'Tjänster'
        ? {
            ...grid,
            rows: grid.rows.map((row, i) =>
              i < 2 ? row : i === 2 ? [...row, 'Alias'] : [...row, null],
            ),
          }
        : grid,
    );
    const { session, aliasesWritten, recalculations } = fakeSession({ grids });
    renderApp(session);
    fireEvent.click(await screen.findByRole('tab', { name: 'Valideringar' }));
    fireEvent.click(
      await screen.findByRole('button', {
        name: 'Lägg till som alias för ”Stöd i digitalt bevarande”',
      }),
    );
    expect(aliasesWritten).toEqual([]);
    fireEvent.click(screen.getByRole('button', { name: 'Skriv' }));
    await waitFor(() => {
      expect(aliasesWritten).toEqual([['Tjänster', 'G23', 'Digitalt bevarande']]);
    });
    expect(recalculations()).toBe(1);
    expect(
      await screen.findByText(
        '”Digitalt bevarande” lades till som alias för ”Stöd i digitalt bevarande”.',
      ),
    ).toBeTruthy();
  });

  it('filters the validations by severity and by text', async () => {
    renderApp(fakeSession().session);
    fireEvent.click(await screen.findByRole('tab', { name: 'Valideringar' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Varning (19)' }));
    expect(screen.queryByRole('heading', { name: /^Varning/ })).toBeNull();
    expect(screen.getByRole('heading', { name: 'Info (2)' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Varning (19)' }));
    fireEvent.change(screen.getByRole('textbox', { name: 'Filtrera' }), {
      target: { value: 'Processautomation' },
    });
    expect(screen.getByRole('heading', { name: 'Varning (1)' })).toBeTruthy();
  });

  it('says where each table was found', async () => {
    renderApp(fakeSession().session);
    fireEvent.click(await screen.findByRole('tab', { name: 'Tabeller' }));
    const list = await screen.findByRole('list', { name: 'Tabeller' });
    const first = within(list).getAllByRole('listitem')[0] ?? list;
    expect(within(first).getByText('Tjänster')).toBeTruthy();
    expect(within(first).getByText('Tjänster!A3:F27 (24 rader)')).toBeTruthy();
  });

  it('starts a range with the one that was found, and checks it when the field is left', async () => {
    renderApp(fakeSession().session);
    fireEvent.click(await screen.findByRole('tab', { name: 'Tabeller' }));
    fireEvent.change(
      await screen.findByRole('combobox', { name: 'Var tabellen finns: Scenarier' }),
      { target: { value: '\u0000range' } },
    );
    const range = screen.getByRole<HTMLInputElement>('textbox', { name: 'Område (Blad!A1:H40)' });
    expect(range.value).toBe('Scenarier!A2:I11');
    expect(screen.queryByText(/^Ett blad i arbetsboken och ett område/)).toBeNull();
    // Typing a wrong range says nothing yet; leaving the field does.
    fireEvent.change(range, { target: { value: 'Scenarier!' } });
    expect(screen.queryByText(/^Ett blad i arbetsboken och ett område/)).toBeNull();
    fireEvent.blur(range);
    expect(screen.getByText(/^Ett blad i arbetsboken och ett område/)).toBeTruthy();
  });

  it('counts the validations by severity on their tab: badges shown, every count in its description', async () => {
    renderApp(fakeSession().session);
    const tab = await screen.findByRole('tab', { name: 'Valideringar' });
    await waitFor(() => {
      expect(tab.getAttribute('aria-describedby')).not.toBeNull();
    });
    const description = document.getElementById(tab.getAttribute('aria-describedby') ?? '');
    expect(description?.textContent).toMatch(/^inga fel, \d+ varningar, \d+ upplysningar$/);
    const warnings = /, (\d+) varningar/.exec(description?.textContent ?? '')?.[1];
    expect(within(tab).getAllByText(warnings ?? 'none').length).toBeGreaterThan(0);
  });

  it('saves what a header means, with the table’s place, and recalculates', async () => {
    const { session, saved, recalculations } = fakeSession();
    renderApp(session);
    fireEvent.click(await screen.findByRole('tab', { name: 'Tabeller' }));
    fireEvent.change(await screen.findByRole('combobox', { name: 'Kolumner i tabellen' }), {
      target: { value: 'services' },
    });
    const kommentar = screen.getByRole('combobox', { name: 'Kommentar — läses som' });
    expect((kommentar as HTMLSelectElement).value).toBe('tags|');
    fireEvent.change(kommentar, { target: { value: '' } });
    fireEvent.click(screen.getByRole('button', { name: 'Spara kolumnerna och räkna om' }));
    await waitFor(() => {
      expect(saved).toEqual([
        {
          ...DEFAULT_SETTINGS,
          mapping: {
            services: {
              sheet: 'Tjänster',
              range: 'A3:F27',
              columns: [{ header: 'Kommentar', field: null, year: null, driver: null }],
            },
          },
        },
      ]);
    });
    expect(recalculations()).toBe(1);
  });

  it('saves where a table really is, in the workbook, and recalculates', async () => {
    const { session, saved, recalculations } = fakeSession();
    renderApp(session);
    fireEvent.click(await screen.findByRole('tab', { name: 'Tabeller' }));
    fireEvent.change(
      await screen.findByRole('combobox', { name: 'Var tabellen finns: Scenarier' }),
      {
        target: { value: '\u0000range' },
      },
    );
    const range = screen.getByRole('textbox', { name: 'Område (Blad!A1:H40)' });
    fireEvent.change(range, { target: { value: 'Okänt blad!A1:B2' } });
    expect(
      screen.getByRole<HTMLButtonElement>('button', { name: 'Spara och räkna om' }).disabled,
    ).toBe(true);
    fireEvent.change(range, { target: { value: 'Scenarier!A2:I11' } });
    fireEvent.change(screen.getByRole('combobox', { name: 'Var tabellen finns: Tjänster' }), {
      target: { value: 'Tjanster2' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Spara och räkna om' }));
    await waitFor(() => {
      expect(saved).toEqual([
        {
          ...DEFAULT_SETTINGS,
          mapping: {
            services: { table: 'Tjanster2' },
            scenarios: { sheet: 'Scenarier', range: 'A2:I11' },
          },
        },
      ]);
    });
    expect(recalculations()).toBe(1);
  });

  it('saves the settings in the workbook', async () => {
    const { session, saved } = fakeSession();
    renderApp(session);
    fireEvent.click(await screen.findByRole('tab', { name: 'Inställningar' }));
    fireEvent.change(
      await screen.findByRole('textbox', { name: 'Tolerans (en mindre skillnad räknas inte)' }),
      {
        target: { value: '2,5' },
      },
    );
    // As the tables: the hint names the unit the tables turned out to be in.
    expect(screen.getByText('Ett belopp i tkr. Tomt: 0,5 tkr.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Spara i arbetsboken' }));
    await waitFor(() => {
      expect(screen.getByText('Sparat i arbetsboken.')).toBeTruthy();
    });
    expect(saved).toEqual([{ ...DEFAULT_SETTINGS, tolerance: { amount: 2.5, unit: 'tkr' } }]);
  });

  it('keeps the tolerance’s meaning when the unit is changed: 2,5 tkr is 0,0025 MSEK', async () => {
    const { session, saved } = fakeSession();
    renderApp(session);
    fireEvent.click(await screen.findByRole('tab', { name: 'Inställningar' }));
    const field = await screen.findByRole('textbox', {
      name: 'Tolerans (en mindre skillnad räknas inte)',
    });
    fireEvent.change(field, { target: { value: '2,5' } });
    fireEvent.click(screen.getByRole('radio', { name: 'MSEK' }));
    expect((field as HTMLInputElement).value).toBe('0,0025');
    expect(field.getAttribute('placeholder')).toBe('0,0005');
    expect(screen.getByText('Ett belopp i MSEK. Tomt: 0,5 tkr, som är 0,0005 MSEK.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Spara i arbetsboken' }));
    await waitFor(() => {
      expect(screen.getByText('Sparat i arbetsboken.')).toBeTruthy();
    });
    expect(saved).toEqual([
      { ...DEFAULT_SETTINGS, unit: 'MSEK', tolerance: { amount: 0.0025, unit: 'MSEK' } },
    ]);
  });

  it('offers the unit as a choice of three, or the tables’ own, and saves the one chosen', async () => {
    const { session, saved } = fakeSession();
    renderApp(session);
    fireEvent.click(await screen.findByRole('tab', { name: 'Inställningar' }));
    const choices = within(await screen.findByRole('radiogroup')).getAllByRole('radio');
    expect(choices.map((radio) => radio.getAttribute('value'))).toEqual([
      'tables',
      'tkr',
      'MSEK',
      'kr',
    ]);
    expect(screen.getByRole<HTMLInputElement>('radio', { name: 'Som tabellerna' }).checked).toBe(
      true,
    );
    fireEvent.click(screen.getByRole('radio', { name: 'MSEK' }));
    fireEvent.click(screen.getByRole('button', { name: 'Spara i arbetsboken' }));
    await waitFor(() => {
      expect(screen.getByText('Sparat i arbetsboken.')).toBeTruthy();
    });
    expect(saved).toEqual([{ ...DEFAULT_SETTINGS, unit: 'MSEK' }]);
  });

  it('shows the tolerance in Swedish and reads a decimal point as well as a comma', async () => {
    const { session, saved } = fakeSession();
    renderApp(session);
    fireEvent.click(await screen.findByRole('tab', { name: 'Inställningar' }));
    const field = await screen.findByRole<HTMLInputElement>('textbox', {
      name: 'Tolerans (en mindre skillnad räknas inte)',
    });
    fireEvent.change(field, { target: { value: '0.75' } });
    fireEvent.click(screen.getByRole('radio', { name: 'kr' }));
    // 0,75 tkr is 750 kr, and back: written with a decimal comma.
    expect(field.value).toBe('750');
    fireEvent.click(screen.getByRole('radio', { name: 'tkr' }));
    expect(field.value).toBe('0,75');
    fireEvent.click(screen.getByRole('button', { name: 'Spara i arbetsboken' }));
    await waitFor(() => {
      expect(saved).toEqual([
        { ...DEFAULT_SETTINGS, unit: 'tkr', tolerance: { amount: 0.75, unit: 'tkr' } },
      ]);
    });
  });

  it('says a tolerance is not a number only once the field is left, and saves nothing', async () => {
    const { session, saved } = fakeSession();
    renderApp(session);
    fireEvent.click(await screen.findByRole('tab', { name: 'Inställningar' }));
    const field = await screen.findByRole('textbox', {
      name: 'Tolerans (en mindre skillnad räknas inte)',
    });
    fireEvent.change(field, { target: { value: '1,2,3' } });
    expect(screen.queryByText('Ett tal, 0 eller större.')).toBeNull();
    fireEvent.blur(field);
    expect(screen.getByText('Ett tal, 0 eller större.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Spara i arbetsboken' }));
    expect(saved).toEqual([]);
  });

  it('refuses a result sheet name an input sheet has, whatever its case, at the field', async () => {
    const { session, saved } = fakeSession();
    renderApp(session);
    fireEvent.click(await screen.findByRole('tab', { name: 'Inställningar' }));
    const field = await screen.findByRole('textbox', { name: 'Blad för scenariosummering' });
    fireEvent.change(field, { target: { value: 'tjänster' } });
    expect(
      screen.getByText(
        'Bladet ”Tjänster” finns redan i arbetsboken och är inte ett resultatblad; välj ett annat namn.',
      ),
    ).toBeTruthy();
    const save = screen.getByRole<HTMLButtonElement>('button', { name: 'Spara i arbetsboken' });
    expect(save.disabled).toBe(true);
    fireEvent.submit(save.closest('form') ?? save);
    expect(saved).toEqual([]);
    // The report's name too.
    fireEvent.change(field, { target: { value: 'Scenariosummering' } });
    fireEvent.change(screen.getByRole('textbox', { name: 'Blad för sammanställningen' }), {
      target: { value: 'DRIVARE' },
    });
    expect(screen.getByText(/^Bladet ”Drivare” finns redan i arbetsboken/)).toBeTruthy();
  });

  it('refuses result sheet names Excel would not take', async () => {
    renderApp(fakeSession().session);
    fireEvent.click(await screen.findByRole('tab', { name: 'Inställningar' }));
    fireEvent.change(await screen.findByRole('textbox', { name: 'Blad för valideringar' }), {
      target: { value: 'Kostnadsdrivare' },
    });
    expect(
      screen.getByRole<HTMLButtonElement>('button', { name: 'Spara i arbetsboken' }).disabled,
    ).toBe(true);
  });

  it('says so when the tables changed after the result sheets were computed', async () => {
    renderApp(fakeSession({ stamped: 'bbbbbbbbbbbbbbbb' }).session);
    expect(
      await screen.findByText(/^Tabellerna har ändrats sedan resultatbladen räknades/),
    ).toBeTruthy();
  });

  it('speaks English when Office does', async () => {
    renderApp(fakeSession({ language: 'en' }).session, 'en');
    expect(await screen.findByRole('tab', { name: 'Validations' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Recalculate' })).toBeTruthy();
  });
});
