/** Every page of the built site, from its sitemap, as paths relative to the base (for page.goto('./…')). */
import { existsSync, readFileSync } from 'node:fs';
import { basePath } from '../../src/settings.ts';

export function sitePages(): string[] {
  if (!existsSync('dist/sitemap-0.xml')) {
    throw new Error(
      'dist/sitemap-0.xml absent : le site a été construit sans SITE_URL, donc sans plan du site.\n' +
        '  → Correction : SITE_URL=https://exemple.org npm run build (comme le fait npm test), puis relancer les tests.',
    );
  }
  const xml = readFileSync('dist/sitemap-0.xml', 'utf8');
  const base = basePath();
  const paths = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname.slice(base.length));
  return [...new Set(paths)].sort();
}
