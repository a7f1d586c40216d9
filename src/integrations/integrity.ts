/**
 * Integrity check of a built site (dist/): every internal link and #anchor
 * resolves, every note call has its note and every note its call, no chapter
 * is empty. Runs after every build; its problems stop the build. Each page is
 * read in one streaming pass and each link target looked up once, so the
 * check grows with the size of the site, however long a page (the print
 * edition holds every chapter).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { Parser } from 'htmlparser2';
import { NOTE_CALL_CLASS } from '../lib/note-markup.ts';
import { htmlFiles } from './html-files.ts';

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

export interface Page {
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

/** What the reader of one page keeps open while the parser walks it. */
interface Open {
  /** Index in `page.links` of an open `<a href>`, whose text is being gathered. */
  link?: number;
  /** Index in `page.noteItems` of an open `li#fn-…`. */
  noteItem?: number;
  /** Rank, in document order, of an open `.prose` element inside a chapter's article. */
  prose?: number;
  /** An open `article[data-pagefind-body]` of a chapter page. */
  chapter?: boolean;
  /** An open `sup.appel-de-note` (src/lib/note-markup.ts): the link inside is a note call. */
  noteCall?: boolean;
}

/**
 * Reads one built page in a single streaming pass (htmlparser2: no tree is built, so a page of
 * any size costs its length): ids and `a[name]`, links with their text, note calls and notes,
 * the text length of a chapter's `.prose`, whatever follows `</html>`.
 */
export function readPage(root: string, file: string, html = readFileSync(file, 'utf8')): Page {
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
  const linkTexts: string[] = [];
  const stack: Open[] = [];
  /** Open links, note items and prose elements: text goes to each, a backlink marks each note. */
  const openLinks: number[] = [];
  const openNotes: number[] = [];
  const openProse: { rank: number; text: string }[] = [];
  let chapterDepth = 0;
  let proseRank = 0;
  /** The `.prose` element last opened in document order gives the length, as a tree walk would. */
  let proseShown = -1;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        const open: Open = {};
        const id = attributes['id'];
        if (id !== undefined) page.ids.add(id);
        if (name === 'a' && attributes['name'] !== undefined) page.ids.add(attributes['name']);
        const href = attributes['href'];
        if (name === 'a' && href !== undefined) {
          open.link = page.links.push({ href, text: '' }) - 1;
          linkTexts.push('');
          openLinks.push(open.link);
          if (stack.at(-1)?.noteCall && href.startsWith('#')) page.noteCalls.push(href.slice(1));
        }
        if (name === 'sup' && (attributes['class'] ?? '').split(/\s+/).includes(NOTE_CALL_CLASS)) open.noteCall = true;
        if (name === 'li' && id?.startsWith('fn-')) {
          open.noteItem = page.noteItems.push({ id, hasBackref: false }) - 1;
          openNotes.push(open.noteItem);
        }
        if (name === 'a' && href?.startsWith('#fnref-')) for (const n of openNotes) page.noteItems[n]!.hasBackref = true;
        if (chapterDepth > 0 && (attributes['class'] ?? '').split(/\s+/).includes('prose')) {
          open.prose = proseRank++;
          openProse.push({ rank: open.prose, text: '' });
        }
        if (name === 'article' && 'data-pagefind-body' in attributes && page.path.startsWith('/chapitres/')) {
          page.isChapter = true;
          open.chapter = true;
          chapterDepth++;
        }
        stack.push(open);
      },
      ontext(data) {
        for (const i of openLinks) linkTexts[i] += data;
        for (const p of openProse) p.text += data;
      },
      onclosetag() {
        const open = stack.pop();
        if (!open) return;
        if (open.link !== undefined) {
          openLinks.pop();
          page.links[open.link]!.text = linkTexts[open.link]!.trim().slice(0, 60);
        }
        if (open.noteItem !== undefined) openNotes.pop();
        if (open.prose !== undefined) {
          const prose = openProse.pop()!;
          if (prose.rank > proseShown) {
            proseShown = prose.rank;
            page.proseLength = prose.text.trim().length;
          }
        }
        if (open.chapter) chapterDepth--;
      },
    },
    { decodeEntities: true },
  );
  parser.end(html);
  return page;
}

/**
 * "/base/chapitres/x/#a" → { path: "/chapitres/x/", anchor: "a" } relative to the site root, or
 * undefined for external links. A link of this host outside the base (« /sources/ » on a site
 * published under /dossier/) is `outside`: the host would answer it with another site or nothing.
 */
function resolveHref(href: string, from: string, base: string): { path: string; anchor: string; outside?: true } | undefined {
  if (/^[a-z]+:/i.test(href) || href.startsWith('//')) return undefined;
  const url = new URL(href, `http://site${base}${from.slice(1)}`);
  const anchor = decodeURIComponent(url.hash.slice(1));
  if (!url.pathname.startsWith(base)) return { path: url.pathname, anchor, outside: true };
  return { path: `/${url.pathname.slice(base.length)}`, anchor };
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
  return checkPages(
    root,
    htmlFiles(root).map((file) => readPage(root, file)),
    base,
    planned,
  );
}

/** The same check on pages already read (`readPage`): the build reads each page once (post-build.ts). */
export function checkPages(root: string, pages: readonly Page[], base = '/', planned: ReadonlySet<string> = new Set()): Report {
  const byFile = new Map(pages.map((p) => [join(root, p.path.endsWith('/') ? `${p.path}index.html` : p.path), p]));
  const report: Report = { pages: pages.length, links: 0, notes: 0, problems: [] };
  // Every chapter links to the same pages: each target is looked up on disk once.
  const targets = new Map<string, string | undefined>();
  const fileOf = (path: string): string | undefined => {
    if (!targets.has(path)) targets.set(path, targetFile(root, path, planned));
    return targets.get(path);
  };

  for (const page of pages) {
    if (page.path === '/404.html') continue;
    for (const link of page.links) {
      const target = resolveHref(link.href, page.path, base);
      if (!target) continue;
      report.links += 1;
      if (target.outside) {
        report.problems.push({
          page: page.path,
          problem: `le lien « ${link.href} » (${link.text || 'sans texte'}) sort du chemin de base ${base} : publié sous ce chemin, le site ne le servirait pas.`,
          fix: `écrivez l’adresse sous ${base} : dans un gabarit, par url() (src/astro/urls.ts) ; dans un chapitre, « /chapitres/… » sans le chemin de base, que la construction ajoute.`,
        });
        continue;
      }
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
      const file = fileOf(target.path);
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
    const called = new Set(page.noteCalls);
    for (const item of page.noteItems) {
      if (!item.hasBackref || !called.has(item.id))
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
