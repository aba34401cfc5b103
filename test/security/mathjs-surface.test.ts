/**
 * mathjs's surface: the product evaluates no expression anyone typed. The engine uses mathjs for
 * exact fractions only — one instance, made from the fraction dependencies alone, whose single
 * function in use is `fraction`, fed digits the cell parser has already checked. No `evaluate`,
 * `parse`, `compile` or `createUnit` exists in that instance, so no text in a workbook can reach an
 * expression parser. Like every mathjs instance it has `import`, `create` and `config` (to extend
 * or reconfigure it); the instance is not exported and the module calls nothing on it but
 * `fraction`, which the second test checks on the module's syntax tree.
 */
import { create, fractionDependencies } from 'mathjs';
import ts from 'typescript';
import { readNumber } from '../../src/engine/cells/parse';
import { importsOf, parse } from './imports';

const MONEY = 'src/engine/money.ts';
/** What an expression surface would be made of: none may exist in the product's instance. */
const EXPRESSION_FUNCTIONS = [
  'evaluate',
  'parse',
  'compile',
  'createUnit',
  'simplify',
  'derivative',
  'chain',
  'parser',
  'Parser',
] as const;

describe('mathjs in the sources', () => {
  it('is imported once, by the money module, for create, fractionDependencies and a type', () => {
    const names = importsOf('mathjs');
    expect(names.filter((n) => !n.typeOnly)).toEqual([
      { file: MONEY, name: 'create', typeOnly: false },
      { file: MONEY, name: 'fractionDependencies', typeOnly: false },
    ]);
    expect(names.filter((n) => n.typeOnly)).toEqual([
      { file: MONEY, name: 'Fraction', typeOnly: true },
    ]);
  });

  it('makes one instance from the fraction dependencies alone, and calls only fraction on it', () => {
    const source = parse(MONEY);
    const creations: ts.CallExpression[] = [];
    const find = (node: ts.Node): void => {
      if (ts.isCallExpression(node) && ts.isIdentifier(node.expression))
        if (node.expression.text === 'create') creations.push(node);
      ts.forEachChild(node, find);
    };
    find(source);
    expect(creations).toHaveLength(1);
    const [creation] = creations;
    if (creation === undefined) throw new Error('no create()');
    // create({ fractionDependencies }): one argument, no config, one shorthand property.
    expect(creation.arguments.map((a) => a.getText(source))).toEqual(['{ fractionDependencies }']);
    const declaration = creation.parent;
    if (!ts.isVariableDeclaration(declaration) || !ts.isIdentifier(declaration.name))
      throw new Error('create() is not assigned to a name');
    const instance = declaration.name.text;
    // Every use of the instance is a property access, and the only property is `fraction`.
    const uses: string[] = [];
    const visit = (node: ts.Node): void => {
      if (ts.isIdentifier(node) && node.text === instance && node !== declaration.name) {
        const parent = node.parent;
        uses.push(
          ts.isPropertyAccessExpression(parent) && parent.expression === node
            ? parent.name.text
            : `bare use: ${parent.getText(source)}`,
        );
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
    expect(new Set(uses)).toEqual(new Set(['fraction']));
    // Not exported: nothing else can reach the instance.
    expect(source.text).not.toMatch(new RegExp(`export\\s+(const|let|var)\\s+${instance}\\b`));
    expect(source.text).not.toMatch(new RegExp(`export\\s*\\{[^}]*\\b${instance}\\b`));
  });
});

describe('an instance made as the money module makes it', () => {
  if (fractionDependencies === undefined) throw new Error('mathjs: fractionDependencies missing');
  const math = create({ fractionDependencies });

  it('has fraction, and nothing that parses or evaluates an expression', () => {
    expect(typeof math.fraction).toBe('function');
    const present = EXPRESSION_FUNCTIONS.filter(
      (name) => (math as unknown as Record<string, unknown>)[name] !== undefined,
    );
    expect(present).toEqual([]);
  });

  it('has the core every mathjs instance has, which the money module never calls', () => {
    // Present, so the static test above (only `fraction` used, the instance not exported) is what
    // keeps import, create and config out of reach.
    expect([typeof math.import, typeof math.create, typeof math.config]).toEqual([
      'function',
      'function',
      'function',
    ]);
  });

  it('takes an expression given to fraction for no expression', () => {
    for (const text of ['1+1', 'evaluate("1")', 'import({})', '__proto__', 'constructor'])
      expect(() => math.fraction(text)).toThrow();
  });
});

describe('the cell parser, the only way workbook text reaches mathjs', () => {
  it.each([
    '=1+1',
    '1+1',
    'evaluate("2+2")',
    'import({ evaluate: 1 })',
    'createUnit("foo")',
    '__proto__',
    'constructor.constructor("return 1")()',
    '2^10',
    '1e5',
    '0x10',
  ])('reads %j as no number, without evaluating it', (text) => {
    expect(readNumber(text)).toEqual({ kind: 'invalid', text, reason: 'not-a-number' });
  });
});
