/**
 * The README is part of the contract: its header-word and warning-code tables must say what the
 * code does.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TABLE_SPECS, WARNING_CODES } from '../src/engine';

const readme = readFileSync(join(__dirname, '..', 'README.md'), 'utf8');

describe('the README', () => {
  const words = Object.values(TABLE_SPECS).flatMap((spec) =>
    spec.fields.flatMap((field) => field.words.filter((word) => word !== '')),
  );

  it.each(words.map((word) => [word]))('lists the header word %s', (word) => {
    expect(readme).toContain(`\`${word}\``);
  });

  it.each(WARNING_CODES.map((code) => [code]))('documents the warning code %s', (code) => {
    expect(readme).toContain(`| \`${code}\` |`);
  });
});
