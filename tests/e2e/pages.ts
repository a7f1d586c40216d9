/** Every page of the built site, from its sitemap, as paths relative to the base (for page.goto('./…')). */
import { readFileSync } from 'node:fs';

export function sitePages(): string[] {
  const xml = readFileSync('dist/sitemap-0.xml', 'utf8');
  const base = `/${(process.env['BASE_PATH'] ?? '/').replace(/^\/*|\/*$/g, '')}/`.replace('//', '/');
  const paths = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname.slice(base.length));
  return [...new Set(paths)].sort();
}
