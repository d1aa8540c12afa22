// Debian's chromium driven by playwright-core (never `playwright install`: it downloads).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { chromiumPath } from './config';

/** Launches headless chromium whose profile and crash reports stay inside `stateDir`. */
export async function launchBrowser(stateDir: string): Promise<Browser> {
  const home = path.join(stateDir, 'browser-home');
  fs.mkdirSync(home, { recursive: true });
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
    ],
    env: { ...process.env, HOME: home, XDG_CONFIG_HOME: path.join(home, '.config') },
    timeout: 60_000,
  });
}
