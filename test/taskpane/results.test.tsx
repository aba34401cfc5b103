/**
 * @jest-environment jsdom
 */
/**
 * The Results tab's parts with React Testing Library, on the engine's real result for the source
 * document's tables: figures in the product's format in right-aligned number columns, the change
 * per service as a table, the driver bridge with its text alternative, and every unknown figure
 * with why, its cell a click away.
 */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { fireEvent, render, screen, within } from '@testing-library/react';
import type { ReactElement } from 'react';
import type { JsonResult, Language } from '../../src/engine';
import { formatNumber, recalculate, toJson } from '../../src/engine';
import { DriverChart } from '../../src/taskpane/results/DriverChart';
import { ScenarioTables } from '../../src/taskpane/results/ScenarioTables';
import { ServiceList } from '../../src/taskpane/results/ServiceList';
import { amountText } from '../../src/taskpane/texts';
import { annualAnalysisGrids } from '../engine/fixtures/annual-analysis-2025';

const jsonIn = (language: Language): JsonResult =>
  toJson(recalculate(annualAnalysisGrids(), { unit: null }), language);

function show(element: ReactElement) {
  return render(<FluentProvider theme={webLightTheme}>{element}</FluentProvider>);
}

/** Every figure's text (what `data-figure` marks) inside the element. */
const figuresIn = (element: HTMLElement): string[] =>
  [...element.querySelectorAll('[data-figure]')].map((figure) => figure.textContent);

describe('the scenario tables', () => {
  it('shows the totals in the product’s number format, a no-break space in each group', () => {
    const json = jsonIn('sv');
    show(<ScenarioTables json={json} language="sv" onSelect={() => undefined} />);
    const table = screen.getByRole('table', { name: 'Scenarier 2025 (tkr)' });
    const row = within(table).getAllByRole('row')[1];
    expect(row === undefined ? [] : figuresIn(row)).toEqual([
      formatNumber(1_116_626, 'sv'),
      `+${formatNumber(27_650, 'sv')}`,
    ]);
    expect(formatNumber(1_116_626, 'sv')).toBe('1\u00A0116\u00A0626');
    for (const figure of figuresIn(document.body)) expect(figure).not.toMatch(/ /);
  });

  it('right-aligns the number columns’ headers over their figures', () => {
    show(<ScenarioTables json={jsonIn('en')} language="en" onSelect={() => undefined} />);
    const table = screen.getByRole('table', { name: 'Scenarios 2025 (tkr)' });
    const headers = within(table).getAllByRole('columnheader');
    expect(headers.map((h) => h.textContent)).toEqual([
      '2025 (tkr)',
      'Total',
      'Over base',
      'Versus scenario 1',
    ]);
    for (const header of headers.slice(1)) {
      expect(getComputedStyle(header).textAlign).toBe('end');
      const content = header.firstElementChild;
      expect(content && getComputedStyle(content).justifyContent).toBe('flex-end');
    }
    const cells = within(table).getAllByRole('cell');
    expect(getComputedStyle(cells[1] as Element).textAlign).toBe('end');
  });

  it('says why 2026’s total is unknown and shows the base’s cell when the reason is clicked', () => {
    const selected: [string, string][] = [];
    show(
      <ScenarioTables
        json={jsonIn('sv')}
        language="sv"
        onSelect={(sheet, cell) => selected.push([sheet, cell])}
      />,
    );
    const table = screen.getByRole('table', { name: 'Scenarier 2026 (tkr)' });
    const [, first, why, second, secondWhy] = within(table).getAllByRole('row');
    const cells = (row: HTMLElement | undefined) =>
      row === undefined ? [] : within(row).getAllByRole('cell');
    // Over base is known where the base is not.
    expect(cells(first).map((cell) => cell.textContent)).toEqual([
      '1',
      'okänd',
      `+${formatNumber(11_630, 'sv')}`,
      '–',
    ]);
    // The row below says why, and the unknown figure is described by it.
    expect(cells(why)[1]?.textContent).toBe('okänd – basen saknas (Scenarier!D4)');
    expect(cells(first)[1]?.getAttribute('aria-describedby')).toBe(cells(why)[1]?.id);
    fireEvent.click(within(table).getByRole('button', { name: 'basen saknas (Scenarier!D4)' }));
    // Each scenario's own row: scenario 2's base is at D7, and its comparison is unknown too.
    expect(cells(second).map((cell) => cell.textContent)).toEqual([
      '2',
      'okänd',
      `+${formatNumber(24_400, 'sv')}`,
      'okänd',
    ]);
    expect(cells(secondWhy)[1]?.textContent).toBe('okänd – basen saknas (Scenarier!D7)');
    fireEvent.click(within(table).getByRole('button', { name: 'basen saknas (Scenarier!D7)' }));
    expect(selected).toEqual([
      ['Scenarier', 'D4'],
      ['Scenarier', 'D7'],
    ]);
  });

  it('says why a comparison is unknown when only the first scenario’s total is', () => {
    const json = jsonIn('sv');
    const [one, ...rest] = json.scenarios;
    if (one === undefined) throw new Error('no scenarios');
    // Scenario 2 and 3 with a 2026 total, scenario 1 without.
    const known = rest.map((s) => ({
      ...s,
      years: s.years.map((y) => ({
        ...y,
        base: 1000,
        total: 1000 + (y.overBase ?? 0),
        unknown: {},
      })),
    }));
    show(
      <ScenarioTables
        json={{ ...json, scenarios: [one, ...known] }}
        language="sv"
        onSelect={() => undefined}
      />,
    );
    const table = screen.getByRole('table', { name: 'Scenarier 2026 (tkr)' });
    const rows = within(table).getAllByRole('row');
    expect(rows.map((row) => row.textContent)).toContain('okänd – en summering är okänd');
  });

  it('says it in English too', () => {
    show(<ScenarioTables json={jsonIn('en')} language="en" onSelect={() => undefined} />);
    const table = screen.getByRole('table', { name: 'Scenarios 2027 (tkr)' });
    expect(within(table).getAllByRole('row')[2]?.textContent).toBe(
      'unknown – the base is missing (Scenarier!D5)',
    );
  });
});

describe('the change per service', () => {
  it('is a table of the service, its change and the drivers behind it', () => {
    const json = jsonIn('sv');
    const drivers = json.drivers;
    if (drivers === null) throw new Error('no drivers');
    show(<ServiceList drivers={drivers} unit={json.unit} language="sv" />);
    const table = screen.getByRole('table', { name: 'Förändring per tjänst 2024–2025 (tkr)' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Tjänst (tkr)', 'Förändring 2024–2025', 'Drivare']);
    const rows = within(table).getAllByRole('row').slice(1);
    const cellsOf = (row: HTMLElement | undefined): (string | null)[] =>
      row === undefined
        ? []
        : within(row)
            .getAllByRole('cell')
            .map((cell) => cell.textContent);
    // Two drivers: the change, then a row per driver with its share (the name spans them).
    const at = rows.findIndex((row) => row.textContent.startsWith('Politisk ärendehantering'));
    expect(cellsOf(rows[at]).slice(1)).toEqual([`+${formatNumber(24_372, 'sv')}`, '']);
    expect([cellsOf(rows[at + 1]), cellsOf(rows[at + 2])]).toEqual([
      [`+${formatNumber(20_000, 'sv')}`, 'Utveckling tjänst'],
      [`+${formatNumber(4_372, 'sv')}`, 'Ny leverans'],
    ]);
    // One driver behind the whole change: one row, the driver beside the change.
    const alone = drivers.services.find((s) => Object.keys(s.allocation).length === 1);
    const aloneRow = rows.find((row) => row.textContent.startsWith(alone?.service ?? '?'));
    expect(cellsOf(aloneRow)).toEqual([
      alone?.service,
      `+${amountText(alone?.delta ?? 0, 'sv', 'tkr')}`,
      Object.keys(alone?.allocation ?? {})[0],
    ]);
    const cells = within(rows[at] as HTMLElement).getAllByRole('cell');
    expect(getComputedStyle(cells[1] as Element).textAlign).toBe('end');
    for (const figure of figuresIn(table)) expect(figure).not.toMatch(/ /);
  });
});

describe('the driver bridge', () => {
  const drivers = (json: JsonResult) => {
    if (json.drivers === null) throw new Error('no drivers');
    return json.drivers;
  };

  it('is an image named by its caption and described by a table of its figures', () => {
    const json = jsonIn('sv');
    show(<DriverChart drivers={drivers(json)} unit={json.unit} language="sv" />);
    const chart = screen.getByRole('img', { name: 'Från budget 2024 till förslag 2025 (tkr)' });
    expect(chart.getAttribute('width')).toBe('100%');
    expect(chart.getAttribute('viewBox')).toMatch(/^0 0 \d+ \d+$/);
    const described = document.getElementById(chart.getAttribute('aria-describedby') ?? '');
    expect(described?.tagName).toBe('TABLE');
    const rows = within(described as HTMLElement)
      .getAllByRole('row')
      .slice(1);
    const previous = drivers(json).services.reduce((s, x) => s + x.previous, 0);
    const proposed = drivers(json).services.reduce((s, x) => s + x.proposed, 0);
    // Whole tkr, as the result sheets show them: 42 324,5 is 42 325.
    expect(amountText(42_324.5, 'sv', 'tkr')).toBe(formatNumber(42_325, 'sv'));
    expect(rows.map((row) => row.textContent)).toEqual([
      `Budget 2024${formatNumber(previous, 'sv')}`,
      `Ny leverans+${amountText(42_324.5, 'sv', 'tkr')}`,
      `Utveckling tjänst+${formatNumber(49_470, 'sv')}`,
      `Volymer+${amountText(12_500.5, 'sv', 'tkr')}`,
      `Projekt avslutas${formatNumber(-2_050, 'sv')}`,
      `Ej fördelat${formatNumber(0, 'sv')}`,
      `Förslag 2025${formatNumber(proposed, 'sv')}`,
    ]);
    // A bar per row of the table, the budget's starting where the axis does (it says where).
    expect(chart.querySelectorAll('rect')).toHaveLength(7);
    expect(screen.getByText(/^Axeln börjar vid /)).toBeTruthy();
  });

  it('draws a bridge that crosses zero from each bar’s lower level to its higher one', () => {
    const json = jsonIn('en');
    const crossing = {
      ...drivers(json),
      totals: {
        'Ny leverans': 0,
        'Utveckling tjänst': 0,
        Volymer: 0,
        'Projekt avslutas': -150,
        Unallocated: 80,
      },
      services: [
        { service: 'A', previous: 100, proposed: 30, delta: -70, allocation: {}, estimated: [] },
      ],
    };
    show(<DriverChart drivers={crossing} unit="tkr" language="en" />);
    const chart = screen.getByRole('img');
    const rects = [...chart.querySelectorAll('rect')].map((r) => ({
      x: Number(r.getAttribute('x')),
      width: Number(r.getAttribute('width')),
    }));
    const zero = Number(chart.querySelector(':scope > line')?.getAttribute('x1'));
    const [budget, , , , fall, rise, proposal] = rects;
    const perUnit = (budget?.width ?? 0) / 100;
    // Budget 0 → 100; Projekt avslutas 100 → −50: across zero, 150 wide; Unallocated −50 → 30.
    expect(budget?.x).toBeCloseTo(zero);
    expect(fall?.x).toBeCloseTo(zero - 50 * perUnit);
    expect(fall?.width).toBeCloseTo(150 * perUnit);
    expect(rise?.x).toBeCloseTo(zero - 50 * perUnit);
    expect(rise?.width).toBeCloseTo(80 * perUnit);
    expect(proposal?.width).toBeCloseTo(30 * perUnit);
    expect(screen.queryByText(/The axis starts at/)).toBeNull();
  });
});
