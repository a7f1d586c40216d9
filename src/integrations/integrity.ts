/**
 * Integrity check of a built site (dist/): every internal link and #anchor
 * resolves, every note call has its note and every note its call, no chapter
 * is empty. Runs after every build; its problems stop the build.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { NOTE_CALL_CLASS } from '../lib/note-markup.ts';

export interface Problem {
  page: string;
  problem: string;
  fix: string;
}

export interface Report {
  pages: number;
  links: number;
  notes: number;
  problems: Problem[];
}

interface Page {
  path: string;
  ids: Set<string>;
  links: { href: string; text: string }[];
  noteCalls: string[];
  noteItems: { id: string; hasBackref: boolean }[];
  isChapter: boolean;
  proseLength: number;
  /** Whatever follows `</html>` (a strict HTML parser rejects it), trimmed. */
  afterDocument: string;
}

function htmlFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      if (name !== 'pagefind' && name !== '_astro') out.push(...htmlFiles(path));
    } else if (name.endsWith('.html')) out.push(path);
  }
  return out;
}

/** A note call: the link inside `sup.appel-de-note` (src/lib/note-markup.ts), to its note. */
function isNoteCall(node: Element, parent: { type: string } | undefined): boolean {
  const sup = parent?.type === 'element' ? (parent as Element) : undefined;
  const classes = sup?.tagName === 'sup' ? sup.properties['className'] : undefined;
  return Array.isArray(classes) && classes.includes(NOTE_CALL_CLASS) && String(node.properties['href']).startsWith('#');
}

function text(node: Element): string {
  let out = '';
  visit(node, 'text', (t) => {
    out += t.value;
  });
  return out;
}

function readPage(root: string, file: string): Page {
  const html = readFileSync(file, 'utf8');
  const tree: Root = fromHtml(html);
  const end = html.lastIndexOf('</html>');
  const page: Page = {
    path: `/${relative(root, file).replace(/index\.html$/, '')}`,
    ids: new Set(),
    links: [],
    noteCalls: [],
    noteItems: [],
    isChapter: false,
    proseLength: 0,
    afterDocument: end === -1 ? '' : html.slice(end + '</html>'.length).trim(),
  };
  visit(tree, 'element', (node: Element, _i, parent) => {
    const id = node.properties['id'];
    if (typeof id === 'string') page.ids.add(id);
    const name = node.properties['name'];
    if (node.tagName === 'a' && typeof name === 'string') page.ids.add(name);
    if (node.tagName === 'a' && typeof node.properties['href'] === 'string') {
      page.links.push({ href: node.properties['href'], text: text(node).trim().slice(0, 60) });
      if (isNoteCall(node, parent)) page.noteCalls.push(node.properties['href'].slice(1));
    }
    if (node.tagName === 'li' && typeof id === 'string' && id.startsWith('fn-')) {
      let hasBackref = false;
      visit(node, 'element', (child: Element) => {
        if (child.tagName === 'a' && String(child.properties['href'] ?? '').startsWith('#fnref-')) hasBackref = true;
      });
      page.noteItems.push({ id, hasBackref });
    }
    if (node.tagName === 'article' && 'dataPagefindBody' in node.properties && page.path.startsWith('/chapitres/')) {
      page.isChapter = true;
      visit(node, 'element', (child: Element) => {
        const cls = child.properties['className'];
        if (Array.isArray(cls) && cls.includes('prose')) page.proseLength = text(child).trim().length;
      });
    }
  });
  return page;
}

/** "/base/chapitres/x/#a" → { path: "/chapitres/x/", anchor: "a" } relative to the site root, or undefined for external links. */
function resolveHref(href: string, from: string, base: string): { path: string; anchor: string } | undefined {
  if (/^[a-z]+:/i.test(href) || href.startsWith('//')) return undefined;
  const url = new URL(href, `http://site${base}${from.slice(1)}`);
  if (!url.pathname.startsWith(base)) return { path: url.pathname, anchor: decodeURIComponent(url.hash.slice(1)) };
  return { path: `/${url.pathname.slice(base.length)}`, anchor: decodeURIComponent(url.hash.slice(1)) };
}

function targetFile(root: string, path: string, planned: ReadonlySet<string>): string | undefined {
  const clean = decodeURIComponent(path);
  if (planned.has(clean)) return join(root, clean);
  const candidates = clean.endsWith('/') ? [join(root, clean, 'index.html')] : [join(root, clean), join(root, clean, 'index.html'), join(root, `${clean}.html`)];
  return candidates.find((c) => existsSync(c) && statSync(c).isFile());
}

/**
 * Checks every built page: internal links, anchors, notes. `planned`: files the build writes after
 * the check (the PDFs, as site paths like `/pdf/x.pdf`), which links may already point to.
 */
export function checkSite(root: string, base = '/', planned: ReadonlySet<string> = new Set()): Report {
  const files = htmlFiles(root);
  const pages = new Map<string, Page>();
  for (const file of files) pages.set(file, readPage(root, file));
  const byFile = new Map([...pages.values()].map((p) => [join(root, p.path.endsWith('/') ? `${p.path}index.html` : p.path), p]));
  const report: Report = { pages: pages.size, links: 0, notes: 0, problems: [] };

  for (const page of pages.values()) {
    if (page.path === '/404.html') continue;
    for (const link of page.links) {
      const target = resolveHref(link.href, page.path, base);
      if (!target) continue;
      report.links += 1;
      if (target.path === page.path || (target.path === `/${page.path.slice(1)}` && link.href.startsWith('#'))) {
        if (target.anchor && !page.ids.has(target.anchor)) {
          report.problems.push({
            page: page.path,
            problem: `le lien « ${link.href} » (${link.text || 'sans texte'}) vise l’ancre « ${target.anchor} », absente de la page.`,
            fix: 'corrigez l’ancre (les ancres sont les titres de section en minuscules ASCII, mots séparés par des tirets).',
          });
        }
        continue;
      }
      const file = targetFile(root, target.path, planned);
      if (!file) {
        report.problems.push({
          page: page.path,
          problem: `le lien « ${link.href} » (${link.text || 'sans texte'}) mène à une page qui n’existe pas.`,
          fix: 'corrigez l’adresse : les chapitres sont sous /chapitres/<fichier>/, avec une barre oblique finale.',
        });
        continue;
      }
      if (target.anchor && file.endsWith('.html')) {
        const other = byFile.get(file);
        if (other && !other.ids.has(target.anchor)) {
          report.problems.push({
            page: page.path,
            problem: `le lien « ${link.href} » vise l’ancre « ${target.anchor} », absente de ${other.path}.`,
            fix: `choisissez une ancre existante de ${other.path} (un titre de section).`,
          });
        }
      }
    }
    for (const call of page.noteCalls) {
      report.notes += 1;
      if (!page.ids.has(call)) report.problems.push({ page: page.path, problem: `l’appel de note « #${call} » n’a pas de note.`, fix: 'définissez la note en fin de chapitre.' });
    }
    for (const item of page.noteItems) {
      if (!item.hasBackref || !page.noteCalls.includes(item.id))
        report.problems.push({ page: page.path, problem: `la note « ${item.id} » n’est appelée nulle part.`, fix: 'appelez la note dans le texte ou supprimez-la.' });
    }
    if (page.afterDocument) {
      report.problems.push({
        page: page.path,
        problem: `« ${page.afterDocument.slice(0, 60)} » suit la fin du document (</html>).`,
        fix: 'placer ce <script> entre les balises du gabarit (<BaseLayout>…</BaseLayout>), pas après.',
      });
    }
    if (page.isChapter && page.proseLength < 200) {
      report.problems.push({ page: page.path, problem: 'le chapitre est vide (moins de 200 caractères de texte).', fix: 'écrivez le texte du chapitre ou retirez le fichier.' });
    }
  }
  return report;
}

export function formatProblems(problems: Problem[]): string {
  return problems.map((p) => `  • ${p.page} — ${p.problem}\n    → Correction : ${p.fix}`).join('\n');
}
