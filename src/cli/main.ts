/**
 * The command line: a thin door into the pipeline for .xlsx files. Every failure is one sentence
 * and an exit status (0 done, 1 the input lacks what a result needs, 2 usage or file error),
 * never a stack trace.
 */
import { readFile, realpath, writeFile } from 'node:fs/promises';
import { basename, dirname, extname, join, resolve } from 'node:path';
import type { Language } from '../engine';
import { createPipeline } from '../pipeline/pipeline';
import type { CliProblem } from '../pipeline/texts';
import {
  CLI_TEXTS,
  cliProblem,
  PRODUCT_NAME,
  problemMessage,
  writtenLine,
} from '../pipeline/texts';
import { VERSION } from '../version';
import { WorkbookError } from '../workbook/errors';
import { xlsxPort } from '../workbook/xlsx/file-port';
import type { CliArgs } from './args';
import { languageFromEnvironment, parseArgs } from './args';
import { reportLines } from './report';

export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly now: () => Date;
}

/**
 * Runs the command line and returns its exit status.
 * @example process.exitCode = await runCli(process.argv.slice(2), nodeIo)
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseArgs(argv, languageFromEnvironment(io.env));
  if (parsed.kind === 'help') {
    io.stdout(`${CLI_TEXTS.usage[parsed.language]}\n`);
    return 0;
  }
  if (parsed.kind === 'problem') {
    io.stderr(
      `${cliProblem(parsed.problem, parsed.language)} ${CLI_TEXTS.tryHelp[parsed.language]}\n`,
    );
    return 2;
  }
  const { args } = parsed;
  const fail = (problem: CliProblem, status: number): number => {
    io.stderr(`${cliProblem(problem, args.language)}\n`);
    return status;
  };
  try {
    return await recalculateFile(args, io, fail);
  } catch (error) {
    if (error instanceof WorkbookError) {
      switch (error.problem.kind) {
        case 'not-a-workbook':
          return fail({ kind: 'not-a-workbook', path: args.input }, 2);
        case 'unreadable':
          return fail({ kind: 'unreadable', path: args.input }, 2);
        case 'write-failed':
          return fail(
            { kind: 'cannot-write', path: outputPath(args), reason: error.problem.detail },
            2,
          );
        case 'foreign-sheet':
          // Found by the writer on the package itself (a chart sheet, say): nothing was written.
          return fail({ kind: 'foreign-sheet', sheet: error.problem.sheet }, 1);
        default:
          io.stderr(`${problemMessage(error.problem, error.message, args.language)}\n`);
          return 2;
      }
    }
    return fail(
      { kind: 'unexpected', reason: error instanceof Error ? error.message : String(error) },
      2,
    );
  }
}

async function recalculateFile(
  args: CliArgs,
  io: CliIo,
  fail: (problem: CliProblem, status: number) => number,
): Promise<number> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(args.input);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === 'ENOENT'
      ? fail({ kind: 'no-such-file', path: args.input }, 2)
      : fail({ kind: 'cannot-read', path: args.input, reason: code ?? String(error) }, 2);
  }
  const out = outputPath(args);
  if ((await canonical(out)) === (await canonical(args.input)))
    return fail({ kind: 'same-as-input', path: out }, 2);
  if (args.json !== null && args.json !== '-') {
    const json = await canonical(args.json);
    if (json === (await canonical(args.input)))
      return fail({ kind: 'same-as-input', path: args.json }, 2);
    if (json === (await canonical(out)))
      return fail({ kind: 'json-is-output', path: args.json }, 2);
  }

  // With the JSON on standard output, the report goes to standard error.
  const say = args.json === '-' ? io.stderr : io.stdout;
  const language: Language = args.language;
  say(`${PRODUCT_NAME[language]} ${VERSION} · ${args.input}\n`);
  const pipeline = createPipeline({ version: VERSION, now: io.now });
  const port = xlsxPort(bytes, async (output) => {
    try {
      await writeFile(out, output);
    } catch (error) {
      throw new WorkbookError({
        kind: 'write-failed',
        detail: (error as NodeJS.ErrnoException).code ?? String(error),
      });
    }
  });
  const outcome = await pipeline.run(port, {
    language,
    settings: {
      // --tolerance is in the result's unit: --unit's, else the tables' (saved resolved).
      ...(args.tolerance === null
        ? {}
        : { tolerance: { amount: args.tolerance, unit: args.unit } }),
      ...(args.unit === null ? {} : { unit: args.unit }),
      ...(args.sheets === null ? {} : { resultSheets: args.sheets }),
      ...(args.reportSheet === null ? {} : { reportSheet: args.reportSheet }),
    },
  });
  if (outcome.kind === 'foreign-sheet')
    return fail({ kind: 'foreign-sheet', sheet: outcome.sheet }, 1);

  say(`${reportLines(outcome.json, language).join('\n')}\n`);
  if (args.json !== null) {
    const text = `${JSON.stringify(outcome.json, null, 2)}\n`;
    if (args.json === '-') io.stdout(text);
    else {
      try {
        await writeFile(args.json, text);
      } catch (error) {
        return fail(
          {
            kind: 'cannot-write',
            path: args.json,
            reason: (error as NodeJS.ErrnoException).code ?? String(error),
          },
          2,
        );
      }
    }
  }
  if (outcome.kind === 'blocked') {
    return fail({ kind: 'blocked', missing: outcome.missing }, 1);
  }
  say(
    `${writtenLine(
      language,
      out,
      outcome.sheets.map((s) => s.name),
    )}\n`,
  );
  return 0;
}

/** The output path: `--out`, or `<name>.recalculated.xlsx` beside the input. */
export function outputPath(args: Pick<CliArgs, 'input' | 'out'>): string {
  if (args.out !== null) return args.out;
  const extension = extname(args.input);
  return join(
    dirname(args.input),
    `${basename(args.input, extension)}.recalculated${extension === '' ? '.xlsx' : extension}`,
  );
}

async function canonical(path: string): Promise<string> {
  try {
    return await realpath(path);
  } catch {
    return resolve(path);
  }
}

if (require.main === module) {
  void runCli(process.argv.slice(2), {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    env: process.env,
    now: () => new Date(),
  }).then((status) => {
    process.exitCode = status;
  });
}
