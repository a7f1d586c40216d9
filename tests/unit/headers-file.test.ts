/** The reader of `_headers` that the end-to-end tests use to serve the site as a host would. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { headersFor, parseHeaders } from '../e2e/headers.ts';

describe('parseHeaders and headersFor', () => {
  it('reads public/_headers and gives each path the headers of every rule that matches it', () => {
    const rules = parseHeaders(readFileSync('public/_headers', 'utf8'), 'public/_headers');
    expect(rules.map((rule) => rule.path)).toEqual(['/*', '/_astro/*']);
    const page = headersFor(rules, '/recherche/');
    expect(page['content-security-policy']).toBe("frame-ancestors 'none'");
    expect(page['cache-control']).toBeUndefined();
    const asset = headersFor(rules, '/_astro/BaseLayout.css');
    expect(asset['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(asset['x-content-type-options']).toBe('nosniff');
  });

  it('joins the values of one header from several rules, and reads :placeholders', () => {
    const rules = parseHeaders('/*\n  Link: </a.css>\n/chapitres/:slug/\n  Link: </b.css>\n');
    expect(headersFor(rules, '/chapitres/3/')).toEqual({ link: '</a.css>, </b.css>' });
    expect(headersFor(rules, '/chapitres/3/notes/')).toEqual({ link: '</a.css>' });
  });

  it('stops on a line it cannot read, with the file, the line and the fix', () => {
    const read = (text: string) => () => parseHeaders(text, 'public/_headers');
    const orphan = 'public/_headers:2 — en-tête « Vary » avant tout chemin\n  → Correction';
    expect(read('# en-têtes\n  Vary: Accept\n')).toThrow(orphan);
    const noColon = 'public/_headers:2 — « X-Frame-Options DENY » n’est pas un en-tête';
    expect(read('/*\n  X-Frame-Options DENY\n')).toThrow(noColon);
    const notAPath = 'public/_headers:1 — « *.html » n’est pas un chemin';
    expect(read('*.html\n  X: y\n')).toThrow(notAPath);
  });
});
