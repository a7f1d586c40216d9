/**
 * The one static server of a built dist/ (src/integrations/static-server.ts): files under the
 * base path with sirv's types, the 404 page for anything else, cache headers like a host.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type StaticServer, serveStatic } from '../../src/integrations/static-server.ts';

let root = '';
let server: StaticServer;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'static-'));
  const write = (path: string, text: string) => {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  };
  write('index.html', '<p>accueil</p>');
  write('404.html', '<p>introuvable</p>');
  write('chapitres/1-essai/index.html', '<p>chapitre</p>');
  write('_astro/site.css', 'p{}');
  write('pagefind/fragment/fr_1.pf_fragment', 'x');
  write('pagefind/pagefind.js', 'export {}');
  server = await serveStatic(root, '/dossier/');
});

afterAll(async () => {
  await server.close();
  rmSync(root, { recursive: true, force: true });
});

const get = (path: string) => fetch(`${server.origin}${path}`);

describe('the static server', () => {
  it('serves a folder’s index.html under the base path, as HTML to revalidate', async () => {
    const response = await get('/dossier/chapitres/1-essai/');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html;charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('public, max-age=0, must-revalidate');
    expect(await response.text()).toBe('<p>chapitre</p>');
  });

  it('gives hashed assets a long cache and every file its type, unknown ones as bytes', async () => {
    const css = await get('/dossier/_astro/site.css');
    expect(css.headers.get('content-type')).toBe('text/css');
    expect(css.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect((await get('/dossier/pagefind/pagefind.js')).headers.get('content-type')).toBe('text/javascript');
    const fragment = await get('/dossier/pagefind/fragment/fr_1.pf_fragment');
    expect(fragment.headers.get('content-type')).toBe('application/octet-stream');
  });

  it('answers 404 with the site’s 404 page for a missing file or a path outside the base', async () => {
    for (const path of ['/dossier/chapitres/9-absent/', '/chapitres/1-essai/', '/dossier/../404.html']) {
      const response = await get(path);
      expect(response.status, path).toBe(404);
      expect(await response.text()).toBe('<p>introuvable</p>');
    }
  });
});
