/**
 * Lets a Chromium context read a built dist/ at a fixed origin that never leaves the machine:
 * its requests go to the one static server (static-server.ts, on 127.0.0.1), every other origin
 * is refused, and the server stops with the context.
 */
import type { BrowserContext } from 'playwright-core';
import { serveStatic } from './static-server.ts';

export const ORIGIN = 'http://dossier.local';

export async function serveDist(context: BrowserContext, root: string, base: string): Promise<void> {
  const server = await serveStatic(root, base);
  context.once('close', () => void server.close());
  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.origin !== ORIGIN) return route.abort();
    try {
      const response = await route.fetch({ url: `${server.origin}${url.pathname}${url.search}` });
      await route.fulfill({ response });
    } catch (error) {
      // A request still in flight when the page, the context or the browser closes (a PDF just
      // printed, say) has no one left to answer: not an error of the build. Anything else is.
      if (!/closed/i.test(String((error as Error)?.message ?? error))) throw error;
    }
  });
}
