/**
 * The documentation is part of the contract: the header-word and warning-code tables of
 * docs/reading.md must say what the code does, and the README stays short enough to read.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TABLE_SPECS, WARNING_CODES } from '../src/engine';

const reading = readFileSync(join(__dirname, '..', 'docs', 'reading.md'), 'utf8');
const readme = readFileSync(join(__dirname, '..', 'README.md'), 'utf8');

describe('the documentation', () => {
  const words = Object.values(TABLE_SPECS).flatMap((spec) =>
    spec.fields.flatMap((field) =>
      field.words.map((word) => word.text).filter((word) => word !== ''),
    ),
  );

  it.each(words.map((word) => [word]))('lists the header word %s', (word) => {
    expect(reading).toContain(`\`${word}\``);
  });

  it.each(WARNING_CODES.map((code) => [code]))('documents the warning code %s', (code) => {
    // A row of the table, however prettier pads it.
    expect(reading).toMatch(new RegExp(`\\| \`${code}\` +\\|`));
  });

  it('keeps the README to what a newcomer reads in a few minutes, the rest in docs/', () => {
    expect(readme.split('\n').length).toBeLessThanOrEqual(250);
    for (const link of readme.matchAll(/\]\(((?:docs\/|SECURITY)[^)#]*)\)/g))
      expect({ link: link[1], exists: existsSync(join(__dirname, '..', link[1] ?? '')) }).toEqual({
        link: link[1],
        exists: true,
      });
  });
});
