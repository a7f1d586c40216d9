/**
 * The one static server of a built dist/, for the build's Chromium (PDFs) and the bench: sirv
 * answers with its MIME types (mrmime), under the site's base path, on 127.0.0.1 and a free port,
 * with the 404 page and cache headers a static host would send.
 */

import { createReadStream, existsSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { extname, join } from 'node:path';
import { lookup } from 'mrmime';
import sirv from 'sirv';

export type Handler = (req: IncomingMessage, res: ServerResponse) => void;

export interface StaticServer {
  origin: string;
  close(): Promise<void>;
}

/** Answers requests for `root` published under `base` ("/" or "/dossier/"). */
export function staticHandler(root: string, base: string): Handler {
  const files = sirv(root, {
    dev: true, // looks each file up when asked: the build writes PDFs into dist/ while it serves
    setHeaders(res, pathname) {
      const long = pathname.startsWith('/_astro/');
      res.setHeader('Cache-Control', long ? 'public, max-age=31536000, immutable' : 'public, max-age=0, must-revalidate');
      // Pagefind's pf_* files and the like: mrmime, sirv's map, has no type for them (a path
      // without an extension is a folder or a page, served as HTML).
      if (extname(pathname) && !lookup(pathname)) res.setHeader('Content-Type', 'application/octet-stream');
    },
  });
  const page404 = join(root, '404.html');
  const sendNotFound = (_req: IncomingMessage, res: ServerResponse) => {
    if (!existsSync(page404)) return void res.writeHead(404).end();
    res.writeHead(404, { 'Content-Type': `${lookup('html')}; charset=utf-8` });
    createReadStream(page404).pipe(res);
  };
  return (req, res) => {
    const url = req.url ?? '/';
    if (!url.startsWith(base)) return sendNotFound(req, res);
    req.url = `/${url.slice(base.length)}`;
    files(req, res, () => sendNotFound(req, res));
  };
}

/** Serves `handler` on 127.0.0.1 and a free port; the server never keeps the process alive. */
export async function listen(handler: Handler): Promise<StaticServer> {
  const server = createServer(handler);
  await new Promise<void>((ready, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', ready);
  });
  server.unref();
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('serveur statique : adresse inconnue');
  return {
    origin: `http://127.0.0.1:${address.port}`,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

/** Serves the built site `root` under `base`. */
export function serveStatic(root: string, base: string): Promise<StaticServer> {
  return listen(staticHandler(root, base));
}
