import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

/** Debian's Chromium (npx playwright install cannot download browsers here); CHROMIUM_PATH overrides. */
const executablePath = process.env['CHROMIUM_PATH'] ?? ['/usr/bin/chromium', '/usr/lib/chromium/chromium'].find((p) => existsSync(p));
const port = Number(process.env['E2E_PORT'] ?? 4321);
const basePath = (process.env['BASE_PATH'] ?? '/').replace(/^\/*|\/*$/g, '');

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${port}/${basePath ? `${basePath}/` : ''}`,
    locale: 'fr-FR',
    launchOptions: {
      ...(executablePath ? { executablePath } : {}),
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
  webServer: {
    command: `npx astro preview --host 127.0.0.1 --port ${port}`,
    url: `http://127.0.0.1:${port}/${basePath ? `${basePath}/` : ''}`,
    reuseExistingServer: !process.env['CI'],
    timeout: 60_000,
  },
});
