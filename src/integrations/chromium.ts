/** Where Debian's Chromium is (npx playwright install cannot download browsers here); CHROMIUM_PATH overrides. */
import { existsSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function chromiumPath(): string | undefined {
  const candidates = [process.env['CHROMIUM_PATH'], '/usr/bin/chromium', '/usr/lib/chromium/chromium', '/usr/bin/chromium-browser'];
  return candidates.find((p): p is string => Boolean(p) && existsSync(p!));
}

/** The system Chromium's path; a clear error when there is none. */
export function requireChromiumPath(): string {
  const path = chromiumPath();
  if (!path) throw new Error('Chromium introuvable : installez-le (apt-get install -y chromium) ou indiquez son chemin dans CHROMIUM_PATH.');
  return path;
}

/** The system Chromium with the project's flags. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: requireChromiumPath(), args: CHROMIUM_ARGS });
}
