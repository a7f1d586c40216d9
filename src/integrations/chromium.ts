/** Where Debian's Chromium is (npx playwright install cannot download browsers here); CHROMIUM_PATH overrides. */
import { type Browser, chromium } from 'playwright-core';
import { chromiumPath } from '../settings.ts';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export { chromiumPath } from '../settings.ts';

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
