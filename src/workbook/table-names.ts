/**
 * The names the result tables are written under. In a workbook, tables and defined names share one
 * namespace (a table cannot take the name of a defined name of any scope, nor of another table,
 * whatever the case), and Excel refuses a taken name only when the batch runs, part way through a
 * write. So the names are settled before anything is written, by this one rule: the name wanted
 * when it is free, else the first of `name_2`, `name_3`, … that is, so the same workbook gets the
 * same names on every run.
 */
import { sheetNameKey } from '../engine';

/**
 * A namer over the names already taken: each call gives a free name and takes it.
 * @example const name = tableNamer(['SR_Scenarios']); name('SR_Scenarios') === 'SR_Scenarios_2'
 */
export function tableNamer(taken: Iterable<string>): (wanted: string) => string {
  // Excel compares names without case, as it does sheet names.
  const used = new Set([...taken].map(sheetNameKey));
  return (wanted) => {
    let free = wanted;
    for (let i = 2; used.has(sheetNameKey(free)); i++) free = `${wanted}_${i}`;
    used.add(sheetNameKey(free));
    return free;
  };
}

/**
 * Each wanted name, free against the taken ones and each other.
 * @example freeTableNames(['SR_Scenarios', 'SR_Drivers'], ['sr_scenarios']) → ['SR_Scenarios_2', 'SR_Drivers']
 */
export function freeTableNames(wanted: readonly string[], taken: Iterable<string>): string[] {
  return wanted.map(tableNamer(taken));
}
