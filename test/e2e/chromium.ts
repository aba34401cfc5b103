/**
 * Debian's Chromium, driven by playwright-core (which downloads no browser): where it is, how it
 * is launched, and what a suite does without it — fails in CI, where the browser tests are
 * required, and is skipped with its reason printed anywhere else.
 */
import { accessSync, constants } from 'node:fs';
import type { Browser } from 'playwright-core';
import { chromium } from 'playwright-core';
import { saySkipped } from '../support/skipped';

export const CHROMIUM_REQUIRED = 'Chromium is required in CI: apt-get install -y chromium';

/** Headless, and nothing that reaches out of this machine or waits on a GPU. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
] as const;

/** CHROMIUM_PATH, or Debian's /usr/bin/chromium. */
export function chromiumPath(): string {
  const configured = process.env.CHROMIUM_PATH;
  return configured === undefined || configured === '' ? '/usr/bin/chromium' : configured;
}

export function chromiumExists(): boolean {
  try {
    accessSync(chromiumPath(), constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** Whether this is a CI run (CI set to anything but empty, 0 or false). */
export function inCi(): boolean {
  const value = (process.env.CI ?? '').trim().toLowerCase();
  return value !== '' && value !== '0' && value !== 'false';
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: [...CHROMIUM_ARGS],
  });
}

/**
 * `describe` when Chromium is there. Without it: in CI an error with CHROMIUM_REQUIRED, which
 * fails the suite; elsewhere `describe.skip`, with the reason printed.
 */
export function describeInChromium(name: string, suite: () => void): void {
  if (chromiumExists()) {
    describe(name, suite);
    return;
  }
  if (inCi()) throw new Error(`${CHROMIUM_REQUIRED} (no executable at ${chromiumPath()}).`);
  saySkipped(
    name,
    `no Chromium at ${chromiumPath()} (or set CHROMIUM_PATH)`,
    'apt-get install -y chromium',
  );
  describe.skip(name, suite);
}
