/**
 * The one line a suite prints when a tool it needs is missing. Written to standard error directly:
 * jest shows no console output of a file whose tests were all skipped, and a code frame beside
 * what it does show, where a newcomer needs one plain line.
 */
export function saySkipped(name: string, missing: string, install: string): void {
  process.stderr.write(
    `Skipped "${name}": ${missing}. Install it (${install}) to run it; in CI it is required.\n`,
  );
}
