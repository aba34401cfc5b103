/**
 * What the product's sources take from a package, read from their syntax trees: static imports
 * and re-exports, `await import(…)` and `require(…)` with the names destructured from them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

export const ROOT = join(__dirname, '..', '..');

/** One name a source file takes from a package; `*` for the whole module (namespace, default, …). */
export interface ImportedName {
  readonly file: string;
  readonly name: string;
  readonly typeOnly: boolean;
}

/** Every .ts and .tsx file under a folder of the repository, as paths from its root. */
export function sourceFiles(folder: string): string[] {
  return readdirSync(join(ROOT, folder), { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.tsx?$/.test(file))
    .map((file) => relative(ROOT, join(ROOT, folder, file)))
    .sort();
}

/** A source file's syntax tree. */
export function parse(file: string): ts.SourceFile {
  return ts.createSourceFile(
    file,
    readFileSync(join(ROOT, file), 'utf8'),
    ts.ScriptTarget.Latest,
    true,
    file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
  );
}

/** The names each file under `folder` takes from `module` (or any of its subpaths). */
export function importsOf(module: string, folder = 'src'): ImportedName[] {
  const names: ImportedName[] = [];
  const matches = (specifier: ts.Node | undefined): boolean =>
    specifier !== undefined &&
    ts.isStringLiteralLike(specifier) &&
    (specifier.text === module || specifier.text.startsWith(`${module}/`));
  for (const file of sourceFiles(folder)) {
    const add = (name: string, typeOnly = false): void => {
      names.push({ file, name, typeOnly });
    };
    const visit = (node: ts.Node): void => {
      if (ts.isImportDeclaration(node) && matches(node.moduleSpecifier)) {
        const clause = node.importClause;
        if (clause === undefined) add('(side effects)');
        else {
          const typeOnly = clause.phaseModifier === ts.SyntaxKind.TypeKeyword;
          if (clause.name !== undefined) add('default', typeOnly);
          const bindings = clause.namedBindings;
          if (bindings !== undefined && ts.isNamespaceImport(bindings)) add('*', typeOnly);
          if (bindings !== undefined && ts.isNamedImports(bindings))
            for (const element of bindings.elements)
              add((element.propertyName ?? element.name).text, typeOnly || element.isTypeOnly);
        }
      } else if (ts.isExportDeclaration(node) && matches(node.moduleSpecifier)) {
        const clause = node.exportClause;
        if (clause === undefined || !ts.isNamedExports(clause)) add('*', node.isTypeOnly);
        else
          for (const element of clause.elements)
            add((element.propertyName ?? element.name).text, node.isTypeOnly || element.isTypeOnly);
      } else if (ts.isImportEqualsDeclaration(node)) {
        const reference = node.moduleReference;
        if (ts.isExternalModuleReference(reference) && matches(reference.expression)) add('*');
      } else if (
        ts.isCallExpression(node) &&
        (node.expression.kind === ts.SyntaxKind.ImportKeyword ||
          (ts.isIdentifier(node.expression) && node.expression.text === 'require')) &&
        matches(node.arguments[0])
      ) {
        for (const name of destructured(node)) add(name);
      }
      ts.forEachChild(node, visit);
    };
    visit(parse(file));
  }
  return names;
}

/** The names `const { a, b } = [await] import(…)` takes; `*` when the module is kept whole. */
function destructured(call: ts.CallExpression): string[] {
  const parent = ts.isAwaitExpression(call.parent) ? call.parent.parent : call.parent;
  if (!ts.isVariableDeclaration(parent) || !ts.isObjectBindingPattern(parent.name)) return ['*'];
  return parent.name.elements.map((element) => {
    const key = element.propertyName ?? element.name;
    return element.dotDotDotToken === undefined && ts.isIdentifier(key) ? key.text : '*';
  });
}
