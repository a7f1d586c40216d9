/**
 * What a chapter page costs a reader: its HTML, the style sheets and the
 * scripts it loads by itself (module scripts with their static imports, not
 * what is imported on demand, such as Pagefind), raw and gzipped (each file
 * on its own, as a server sends it), against the gzip size of the chapter's
 * own text (the text of `.prose`).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toString as textOf } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';

export interface Size {
  raw: number;
  gzip: number;
}

export interface FileSize extends Size {
  file: string;
  /** `print` for a style sheet linked with media="print": fetched without blocking the screen, counted apart. */
  media?: 'print';
}

export interface PageWeight {
  page: string;
  html: Size;
  /** Style sheets the screen needs (every `<link rel=stylesheet>` but those with media="print"). */
  css: Size;
  /** Style sheets with media="print": a browser fetches them without waiting for them; not in the total. */
  printCss: Size;
  /** Scripts the page runs before search opens: external files (with their static imports) and inline scripts. */
  js: Size;
  /** Inline scripts alone (already counted in the HTML). */
  inlineJs: Size;
  /** Each file the page loads (path under dist/), with its sizes. */
  files: { css: FileSize[]; js: FileSize[] };
  /** The chapter's own text (`.prose`). */
  text: Size;
  /** gzip(HTML) + gzip(screen CSS) + gzip(external JS): inline scripts are inside the HTML. */
  totalGzip: number;
  /** totalGzip − gzip(text). */
  overheadGzip: number;
  /** totalGzip ÷ gzip(text). */
  ratio: number;
}

export function size(data: Uint8Array | string): Size {
  const buffer = typeof data === 'string' ? Buffer.from(data) : data;
  return { raw: buffer.byteLength, gzip: gzipSync(buffer, { level: 9 }).byteLength };
}

function add(a: Size, b: Size): Size {
  return { raw: a.raw + b.raw, gzip: a.gzip + b.gzip };
}

const ZERO: Size = { raw: 0, gzip: 0 };

function classes(node: Element): string[] {
  const value = node.properties['className'];
  return Array.isArray(value) ? value.map(String) : [];
}

function rel(node: Element): string[] {
  const value = node.properties['rel'];
  return Array.isArray(value) ? value.map(String) : String(value ?? '').split(/\s+/);
}

/** A URL of the page → a file under dist/, or undefined for another host. */
function fileFor(dist: string, base: string, pageUrl: string, href: string): string | undefined {
  const url = new URL(href, `http://site${pageUrl}`);
  if (url.host !== 'site' || !url.pathname.startsWith(base)) return undefined;
  const path = decodeURIComponent(url.pathname.slice(base.length));
  const file = join(dist, path.endsWith('/') || path === '' ? join(path, 'index.html') : path);
  return existsSync(file) && statSync(file).isFile() ? file : undefined;
}

/** Static imports of an ES module (`import … from "x"`, `import "x"`), not `import("x")`. */
const STATIC_IMPORT = /(?:^|[;}\s])import\s*(?:[\w$*{}\s,]+?\s*from\s*)?["']([^"']+)["']/g;
const EXPORT_FROM = /(?:^|[;}\s])export\s*[\w$*{}\s,]*?from\s*["']([^"']+)["']/g;

function moduleGraph(dist: string, base: string, entry: string, seen: Set<string>): void {
  if (seen.has(entry)) return;
  seen.add(entry);
  const code = readFileSync(entry, 'utf8');
  const pageUrl = `${base}${posix.normalize(
    entry
      .slice(dist.length + 1)
      .split('\\')
      .join('/'),
  )}`;
  for (const pattern of [STATIC_IMPORT, EXPORT_FROM]) {
    for (const match of code.matchAll(pattern)) {
      const spec = match[1];
      if (!spec || !/^(\.{0,2}\/)/.test(spec)) continue;
      const file = fileFor(dist, base, pageUrl, spec);
      if (file) moduleGraph(dist, base, file, seen);
    }
  }
}

/** Weighs one built page; `pageUrl` is its address under the site, e.g. `/chapitres/1-x/`. */
export function weighPage(dist: string, base: string, pageUrl: string): PageWeight {
  const htmlFile = fileFor(dist, base, pageUrl, pageUrl);
  if (!htmlFile) throw new Error(`${pageUrl} : page introuvable dans ${dist}`);
  const html = readFileSync(htmlFile);
  const tree: Root = fromHtml(html.toString('utf8'));
  const css = new Set<string>();
  const printCss = new Set<string>();
  const js = new Set<string>();
  let inline = '';
  let prose: Element | undefined;
  visit(tree, 'element', (node: Element) => {
    if (node.tagName === 'link' && rel(node).includes('stylesheet') && typeof node.properties['href'] === 'string') {
      const file = fileFor(dist, base, pageUrl, node.properties['href']);
      if (file) (String(node.properties['media'] ?? '').trim() === 'print' ? printCss : css).add(file);
    }
    if (node.tagName === 'script') {
      const type = String(node.properties['type'] ?? '');
      if (type && !/^(module|text\/javascript|application\/javascript)$/.test(type)) return; // JSON-LD and other data
      const src = node.properties['src'];
      if (typeof src === 'string') {
        const file = fileFor(dist, base, pageUrl, src);
        if (file) {
          if (type === 'module') moduleGraph(dist, base, file, js);
          else js.add(file);
        }
      } else {
        inline += textOf(node);
      }
    }
    if (!prose && classes(node).includes('prose')) prose = node;
  });
  const weigh = (files: Set<string>): FileSize[] => [...files].map((f) => ({ file: f.slice(dist.length + 1), ...size(readFileSync(f)) }));
  const sum = (files: FileSize[]): Size => files.reduce<Size>((total, f) => add(total, f), ZERO);
  const cssFiles = weigh(css);
  const printFiles = weigh(printCss).map((f) => ({ ...f, media: 'print' as const }));
  const jsFiles = weigh(js);
  const htmlSize = size(html);
  const cssSize = sum(cssFiles);
  const externalJs = sum(jsFiles);
  const inlineJs = inline ? size(inline) : ZERO;
  const text = size(prose ? textOf(prose).replace(/\s+/g, ' ').trim() : '');
  const totalGzip = htmlSize.gzip + cssSize.gzip + externalJs.gzip;
  return {
    page: pageUrl,
    html: htmlSize,
    css: cssSize,
    printCss: sum(printFiles),
    js: add(externalJs, inlineJs),
    inlineJs,
    files: { css: [...cssFiles, ...printFiles], js: jsFiles },
    text,
    totalGzip,
    overheadGzip: totalGzip - text.gzip,
    ratio: text.gzip > 0 ? totalGzip / text.gzip : Number.POSITIVE_INFINITY,
  };
}

/** The chapter pages of a built site, as addresses under the base. */
export function chapterPages(dist: string, base: string): string[] {
  const dir = join(dist, 'chapitres');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((slug) => existsSync(join(dir, slug, 'index.html')))
    .sort((a, b) => a.localeCompare(b, 'fr', { numeric: true }))
    .map((slug) => `${base}chapitres/${slug}/`);
}

/** Bytes and files of a folder, recursively (what `du -b` counts for the files). */
export function folderSize(dir: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  if (!existsSync(dir)) return { bytes, files };
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    bytes += statSync(join(entry.parentPath, entry.name)).size;
    files++;
  }
  return { bytes, files };
}
