/**
 * The title lines above a table on its sheet, and the scenario a heading names: the document's
 * layout says with headings what a template says with columns (`4.1 Scenario 1` over a member
 * list, `Förslag på nya förändringsinsatser` over section 3's table).
 */
import { isBlank, readText } from '../cells/parse';
import type { Located } from '../cells/raw';
import { cellAddress } from '../cells/raw';
import type { Grid } from './grid';

/**
 * How far above a table (or a summary block's year row) its title lines are looked for: the
 * document puts a section number, a heading and a line of prose there (`4.1 Scenario 1`, its name,
 * `Förändringsinsatser som bygger scenario 1`), with blank rows between.
 */
export const TITLE_REACH = 6;

/**
 * The one-cell rows just above a grid row, nearest first: at most `reach` rows up and never above
 * `floor` (where the table before it ended); a row of several cells ends the search.
 * @example titlesAbove(grid, 5, 0)[0]?.value === 'Förändringsinsatser som bygger scenario 1'
 */
export function titlesAbove(
  grid: Grid,
  index: number,
  floor: number,
  reach: number = TITLE_REACH,
): Located<string>[] {
  const titles: Located<string>[] = [];
  for (let i = index - 1; i >= Math.max(floor, index - reach); i--) {
    const filled = (grid.rows[i] ?? []).flatMap((cell, column) =>
      isBlank(cell) ? [] : [{ cell, column }],
    );
    if (filled.length === 0) continue;
    const only = filled[0];
    if (filled.length > 1 || only === undefined) break;
    const text = readText(only.cell);
    if (text.kind !== 'text') break;
    titles.push({
      value: text.value,
      at: { sheet: grid.sheet, cell: cellAddress(grid.top + i, grid.left + only.column) },
    });
  }
  return titles;
}

/** `Scenario 1`, `4.1 Scenario 1`, `Förändringsinsatser som bygger scenario 1`: the id it names. */
const SCENARIO_HEADING = /(?:^|[^\p{L}])scenario\s+([\p{L}\p{N}]+)/iu;

/**
 * The scenario the nearest title naming one names, at that title's cell.
 * @example scenarioOfTitles([{ value: '4.1 Scenario 1', at }])?.value === '1'
 */
export function scenarioOfTitles(titles: readonly Located<string>[]): Located<string> | null {
  for (const title of titles) {
    const match = SCENARIO_HEADING.exec(title.value);
    if (match?.[1] !== undefined) return { value: match[1], at: title.at };
  }
  return null;
}
