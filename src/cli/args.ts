/**
 * The command line's arguments, parsed without side effects.
 */
import type { Language, OutputUnit, ResultSheetKind } from '../engine';
import { readUserTolerance, reportSheetNameFor, resultSheetNames, unitNamed } from '../engine';
import type { CliProblem } from '../pipeline/texts';

export interface CliArgs {
  readonly input: string;
  readonly out: string | null;
  readonly json: string | null;
  readonly language: Language;
  readonly tolerance: number | null;
  readonly unit: OutputUnit | null;
  readonly sheets: Readonly<Record<ResultSheetKind, string>> | null;
  /** The report sheet's name, a fourth name after `--sheets`' three. */
  readonly reportSheet: string | null;
}

export type ParsedArgs =
  | { readonly kind: 'run'; readonly args: CliArgs }
  | { readonly kind: 'help'; readonly language: Language }
  | { readonly kind: 'problem'; readonly problem: CliProblem; readonly language: Language };

/**
 * Parses `argv` (without node and the script); `defaultLanguage` comes from the environment.
 * @example parseArgs(['in.xlsx', '--lang', 'en'], 'sv') → { kind: 'run', args: { input: 'in.xlsx', language: 'en', … } }
 */
export function parseArgs(argv: readonly string[], defaultLanguage: Language): ParsedArgs {
  const langIndex = argv.indexOf('--lang');
  const langValue = langIndex >= 0 ? argv[langIndex + 1] : undefined;
  const language: Language = langValue === 'en' || langValue === 'sv' ? langValue : defaultLanguage;
  const problem = (p: CliProblem): ParsedArgs => ({ kind: 'problem', problem: p, language });
  if (langIndex >= 0 && langValue !== 'en' && langValue !== 'sv') {
    return problem(
      langValue === undefined
        ? { kind: 'missing-value', option: '--lang' }
        : { kind: 'bad-value', option: '--lang', value: langValue },
    );
  }

  let input: string | null = null;
  const values = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--help' || arg === '-h') return { kind: 'help', language };
    if (['--out', '--json', '--lang', '--tolerance', '--unit', '--sheets'].includes(arg)) {
      const value = argv[i + 1];
      if (value === undefined || (value.startsWith('--') && value !== '-'))
        return problem({ kind: 'missing-value', option: arg });
      values.set(arg, value);
      i += 1;
    } else if (arg.startsWith('-') && arg !== '-') {
      return problem({ kind: 'unknown-option', option: arg });
    } else if (input === null) {
      input = arg;
    } else {
      return problem({ kind: 'unknown-option', option: arg });
    }
  }
  if (input === null) return problem({ kind: 'missing-input' });

  const toleranceText = values.get('--tolerance');
  // Written as the user writes numbers in the output's language (`0,5` in Swedish).
  const tolerance = toleranceText === undefined ? null : readUserTolerance(toleranceText, language);
  if (toleranceText !== undefined && tolerance === null)
    return problem({ kind: 'bad-value', option: '--tolerance', value: toleranceText });
  const unitText = values.get('--unit');
  const unit = unitText === undefined ? null : unitNamed(unitText);
  if (unitText !== undefined && unit === null)
    return problem({ kind: 'bad-unit', value: unitText });
  const sheetsText = values.get('--sheets');
  const names = sheetsText?.split(',') ?? [];
  // Three data sheets, and optionally the report's name as a fourth.
  const sheets = sheetsText === undefined ? null : resultSheetNames(names.slice(0, 3));
  const reportName = names[3];
  const reportSheet =
    sheets === null || reportName === undefined ? null : reportSheetNameFor(sheets, reportName);
  if (
    sheetsText !== undefined &&
    (sheets === null || names.length > 4 || (reportName !== undefined && reportSheet === null))
  )
    return problem({ kind: 'bad-value', option: '--sheets', value: sheetsText });
  return {
    kind: 'run',
    args: {
      input,
      out: values.get('--out') ?? null,
      json: values.get('--json') ?? null,
      language,
      tolerance,
      unit,
      sheets,
      reportSheet,
    },
  };
}

/** The language the environment asks for: Swedish unless the locale says English. */
export function languageFromEnvironment(
  env: Readonly<Record<string, string | undefined>>,
): Language {
  const locale = env.LC_ALL ?? env.LC_MESSAGES ?? env.LANG ?? '';
  return /^en/i.test(locale) ? 'en' : 'sv';
}
