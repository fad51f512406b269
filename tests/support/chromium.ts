import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * e2e needs Debian's Chromium. Locally, without it, e2e is skipped with a loud
 * message; in CI a missing browser is a failure, never a skip.
 */
export function chromiumAvailable(): boolean {
  if (existsSync(CHROMIUM_PATH)) return true;
  if (process.env.CI) throw new Error(`CI needs Chromium at ${CHROMIUM_PATH} (apt-get install chromium)`);
  console.warn(`\n!!! e2e SKIPPED: no Chromium at ${CHROMIUM_PATH}. Install it with: apt-get install chromium !!!\n`);
  return false;
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}
