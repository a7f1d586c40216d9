/**
 * The Content Security Policy `<meta>` of a page, narrowed to that page.
 * Astro writes the same policy into every page, with the hash of every inline
 * script and style of the whole site (about twenty, 1 KB gzip a page). A page
 * needs only the hashes of its own inline scripts and styles: the others are
 * dropped. Nothing is added: a hash Astro did not list stays absent.
 */
import { createHash } from 'node:crypto';

const META = /<meta http-equiv="content-security-policy" content="([^"]*)">/i;
const INLINE = /<(script|style)(\s[^>]*)?>([\s\S]*?)<\/\1>/gi;
/** Script types a browser does not run: no hash needed (JSON-LD, JSON data). */
const DATA_TYPE = /\stype=["']?application\/(ld\+)?json/i;
const HASH_SOURCE = /^'(sha256|sha384|sha512)-([^']+)'$/;

function digest(algorithm: string, text: string): string {
  return createHash(algorithm).update(text, 'utf8').digest('base64');
}

/** The inline scripts and styles of a page, as a browser hashes them (the text between the tags). */
export function inlineBlocks(html: string): { tag: 'script' | 'style'; text: string }[] {
  const blocks: { tag: 'script' | 'style'; text: string }[] = [];
  for (const [, tag = '', attributes = '', text = ''] of html.matchAll(INLINE)) {
    if (/\ssrc=/i.test(attributes) || (tag.toLowerCase() === 'script' && DATA_TYPE.test(attributes))) continue;
    blocks.push({ tag: tag.toLowerCase() as 'script' | 'style', text });
  }
  return blocks;
}

/** The page with its policy keeping only the hashes of its own inline scripts and styles. */
export function narrowCsp(html: string): { html: string; kept: number; dropped: number } {
  const meta = META.exec(html);
  if (!meta) return { html, kept: 0, dropped: 0 };
  const blocks = inlineBlocks(html);
  let kept = 0;
  let dropped = 0;
  const policy = (meta[1] ?? '')
    .split(';')
    .map((directive) => {
      const [name = '', ...sources] = directive.trim().split(/\s+/);
      const tag = name.startsWith('script-src') ? 'script' : name.startsWith('style-src') ? 'style' : undefined;
      if (!tag) return directive.trim();
      const keep = sources.filter((source) => {
        const hash = HASH_SOURCE.exec(source);
        if (!hash) return true;
        const [, algorithm = '', value = ''] = hash;
        const used = blocks.some((b) => b.tag === tag && digest(algorithm, b.text) === value);
        if (used) kept += 1;
        else dropped += 1;
        return used;
      });
      return [name, ...keep].join(' ');
    })
    .filter((directive) => directive.length > 0)
    .join(';');
  return { html: html.replace(META, `<meta http-equiv="content-security-policy" content="${policy};">`), kept, dropped };
}
