/**
 * The version stamped on result sheets is the package's.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { VERSION } from '../src/version';

describe('the version', () => {
  it('is the version in package.json', () => {
    const pkg = JSON.parse(readFileSync(join(__dirname, '..', 'package.json'), 'utf8')) as {
      version: string;
    };
    expect(VERSION).toBe(pkg.version);
  });
});
