/**
 * The names the result tables are written under. In a workbook, tables and defined names share one
 * namespace (a table cannot take the name of a defined name of any scope, nor of another table,
 * whatever the case), and Excel refuses a taken name only when the batch runs, part way through a
 * write. So the names are settled before anything is written.
 */

/**
 * Each wanted name as the pipeline chose it when it is free, else the first of `name_2`,
 * `name_3`, … that is: the same workbook gets the same names on every run.
 * @example freeTableNames(['SR_Scenarios', 'SR_Drivers'], ['sr_scenarios']) → ['SR_Scenarios_2', 'SR_Drivers']
 */
export function freeTableNames(wanted: readonly string[], taken: Iterable<string>): string[] {
  const used = new Set([...taken].map((name) => name.toLowerCase()));
  return wanted.map((name) => {
    let free = name;
    for (let i = 2; used.has(free.toLowerCase()); i++) free = `${name}_${i}`;
    used.add(free.toLowerCase());
    return free;
  });
}
