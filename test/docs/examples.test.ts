/**
 * The `@example` lines of src/ are documentation a reader copies: every function they call must
 * exist — declared in the file, imported into it or exported by another module of src/ — or be a
 * global (Node's `readFile` and `writeFile` count as globals for the examples of file doors).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const SRC = path.resolve(__dirname, '..', '..', 'src');

/** Globals and keywords an example may call without the file declaring them. */
const GLOBALS = new Set([
  'Number',
  'String',
  'Boolean',
  'Date',
  'JSON',
  'Math',
  'Object',
  'Array',
  'Promise',
  'Error',
  'Excel',
  'Office',
  'if',
  'for',
  'while',
  'switch',
  'catch',
  'return',
  'typeof',
  'await',
  'async',
  'new',
  'readFile',
  'writeFile',
]);

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

/** The names an example line calls as plain functions (`f(`, not `x.f(`). */
function calledNames(example: string): string[] {
  const code = example.replace(/'[^']*'|"[^"]*"|`[^`]*`/g, "''");
  return [...code.matchAll(/(?<![.\p{L}\p{N}_$])([A-Za-z_$][\w$]*)\s*\(/gu)].map((m) => m[1] ?? '');
}

function known(source: string, name: string, exported: ReadonlySet<string>): boolean {
  if (GLOBALS.has(name) || exported.has(name)) return true;
  const declared = new RegExp(
    `\\b(?:function\\*?|const|let|var|class)\\s+${name.replace(/\$/g, '\\$')}\\b`,
  );
  const imported = new RegExp(`import\\s[^;]*\\b${name.replace(/\$/g, '\\$')}\\b[^;]*from`, 's');
  return declared.test(source) || imported.test(source);
}

describe('the @example lines of src/', () => {
  const files = sourceFiles(SRC);
  const exported = new Set(
    files.flatMap((file) =>
      [
        ...readFileSync(file, 'utf8').matchAll(
          /export\s+(?:async\s+)?(?:function\*?|const|let|class)\s+([A-Za-z_$][\w$]*)/g,
        ),
      ].map((m) => m[1] ?? ''),
    ),
  );
  const examples = files.flatMap((file) => {
    const source = readFileSync(file, 'utf8');
    return source
      .split('\n')
      .flatMap((line, index) => {
        const match = /@example\s+(.*)$/.exec(line);
        return match === null ? [] : [{ line: index + 1, text: match[1] ?? '' }];
      })
      .map((example) => ({ ...example, file: path.relative(SRC, file), source }));
  });

  it('are there to check (the catalogue is not empty)', () => {
    expect(examples.length).toBeGreaterThan(50);
  });

  it('call only functions that exist where they stand', () => {
    const unknown = examples.flatMap(({ file, line, text, source }) =>
      calledNames(text)
        .filter((name) => !known(source, name, exported))
        .map((name) => `${file}:${line} calls ${name}()`),
    );
    expect(unknown).toEqual([]);
  });
});
