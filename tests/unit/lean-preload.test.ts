import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { afterEach, describe, expect, it } from 'vitest';
import { leanPreloadHelper } from '../../src/integrations/lean-preload';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** Builds a small client app (index.html → main.js → import('./lazy.js')) with the plugin; returns its JS. */
async function buildApp(files: Record<string, string>): Promise<string> {
  const root = mkdtempSync(join(tmpdir(), 'lean-preload-'));
  dirs.push(root);
  writeFileSync(join(root, 'index.html'), '<!doctype html><script type="module" src="./main.js"></script>');
  writeFileSync(join(root, 'main.js'), "document.body.onclick = () => import('./lazy.js').then((m) => m.run());");
  for (const [name, text] of Object.entries(files)) writeFileSync(join(root, name), text);
  const output = await build({
    root,
    logLevel: 'silent',
    configFile: false,
    plugins: [leanPreloadHelper()],
    // Astro builds without Vite's modulepreload polyfill, as here.
    build: { write: false, minify: false, modulePreload: { polyfill: false } },
  });
  const bundles = Array.isArray(output) ? output : [output];
  return bundles
    .flatMap((b) => ('output' in b ? b.output : []))
    .map((f) => (f.type === 'chunk' ? f.code : ''))
    .join('\n');
}

describe('leanPreloadHelper', () => {
  it('replaces Vite’s preload helper by a call of the import, and the import still happens', async () => {
    const js = await buildApp({ 'lazy.js': 'export const run = () => 1;' });
    expect(js).toMatch(/__vitePreload = \(load\) => load\(\)/);
    expect(js).not.toContain('modulepreload');
    expect(js).not.toContain('vite:preloadError');
    expect(js).toMatch(/import\(["'`]\.\/lazy-[\w-]+\.js["'`]\)/);
  });

  it('stops the build when a chunk loaded on demand has CSS that the full helper would have loaded', async () => {
    await expect(buildApp({ 'lazy.js': "import './lazy.css'; export const run = () => 1;", 'lazy.css': 'p { color: red }' })).rejects.toThrow(
      /Import à la demande qui attend un préchargement : .*lazy.*\.css.*lean-preload\.ts/s,
    );
  });
});
