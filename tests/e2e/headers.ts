/**
 * The `_headers` file that Netlify and Cloudflare Pages read, parsed as they read it, and
 * applied to every answer of the preview server: the tests then see what a reader on those
 * hosts receives. Rules: a line that starts at column 0 is a path (`*` matches anything,
 * `:name` one segment), the indented `Name: value` lines under it are its headers, `#` starts
 * a comment; when several rules match a path, their values for one header are joined by « , ».
 */
import { readFileSync } from 'node:fs';
import type { BrowserContext } from '@playwright/test';
import { ContentError } from '../../src/utils/errors.ts';

/** The file as published: public/_headers, copied into dist/ by the build. */
export const HEADERS_FILE = 'dist/_headers';

export interface HeaderRule {
  /** The path as written, for instance `/_astro/*`. */
  path: string;
  /** Line of the path in the file (1-based). */
  line: number;
  /** Header names in lower case, with their values, in file order. */
  headers: [name: string, value: string][];
}

const FIX = {
  path: 'un chemin commence par « / » en début de ligne ; ses en-têtes vont en retrait dessous',
  header: 'écrire « Nom: valeur » en retrait sous un chemin',
  orphan: 'placer un chemin (par exemple « /* ») en début de ligne au-dessus',
};

/** Parses a `_headers` file; a line it cannot read stops the test with the file, line and fix. */
export function parseHeaders(text: string, file = HEADERS_FILE): HeaderRule[] {
  const rules: HeaderRule[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = index + 1;
    const content = raw.trim();
    if (content === '' || content.startsWith('#')) return;
    const fail = (problem: string, fix: string) => new ContentError(file, line, problem, fix);
    if (!/^\s/.test(raw)) {
      if (!content.startsWith('/')) throw fail(`« ${content} » n’est pas un chemin`, FIX.path);
      rules.push({ path: content, line, headers: [] });
      return;
    }
    const header = /^([A-Za-z0-9-]+):\s*(\S.*)$/.exec(content);
    if (!header) throw fail(`« ${content} » n’est pas un en-tête`, FIX.header);
    const rule = rules.at(-1);
    if (!rule) throw fail(`en-tête « ${header[1]} » avant tout chemin`, FIX.orphan);
    rule.headers.push([header[1]!.toLowerCase(), header[2]!]);
  });
  return rules;
}

/** `*` matches anything, `:name` one path segment, the rest is literal. */
function pathPattern(path: string): RegExp {
  const source = path.split(/(\*|:[A-Za-z]\w*)/).map((part) => {
    if (part === '*') return '.*';
    if (part.startsWith(':')) return '[^/]+';
    return part.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
  });
  return new RegExp(`^${source.join('')}$`);
}

/** The headers a host adds to the answer for `pathname`. */
export function headersFor(rules: HeaderRule[], pathname: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const rule of rules) {
    if (!pathPattern(rule.path).test(pathname)) continue;
    for (const [name, value] of rule.headers) {
      headers[name] = headers[name] === undefined ? value : `${headers[name]}, ${value}`;
    }
  }
  return headers;
}

/** The published `_headers` rules. */
export function publishedRules(): HeaderRule[] {
  return parseHeaders(readFileSync(HEADERS_FILE, 'utf8'));
}

/**
 * Every request of `context` to the preview server goes through and comes back with the
 * `_headers` rules added, as Netlify or Cloudflare Pages would send it.
 */
export async function applyPublishedHeaders(context: BrowserContext, baseURL: string) {
  const rules = publishedRules();
  const origin = new URL(baseURL).origin;
  await context.route(`${origin}/**`, async (route) => {
    const response = await route.fetch();
    const added = headersFor(rules, new URL(route.request().url()).pathname);
    await route.fulfill({ response, headers: { ...response.headers(), ...added } });
  });
}
