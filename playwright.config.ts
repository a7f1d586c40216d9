import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from './src/integrations/chromium.ts';
import { basePath } from './src/settings.ts';

/** The same Chromium and flags as the build's PDFs (src/integrations/chromium.ts). */
const executablePath = chromiumPath();
const port = Number(process.env['E2E_PORT'] ?? 4321);
const siteRoot = `http://127.0.0.1:${port}${basePath()}`;

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  timeout: 30_000,
  use: {
    baseURL: siteRoot,
    locale: 'fr-FR',
    launchOptions: {
      ...(executablePath ? { executablePath } : {}),
      args: CHROMIUM_ARGS,
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
  webServer: {
    command: `npx astro preview --host 127.0.0.1 --port ${port}`,
    url: siteRoot,
    reuseExistingServer: !process.env['CI'],
    timeout: 60_000,
  },
});
