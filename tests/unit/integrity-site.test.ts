/**
 * The integrity check of a built site: links, anchors, notes, empty chapters, base path and the
 * report's wording, on a tiny dist/ written for each test (the script after </html> and the
 * planned PDFs have their own files: integrity.test.ts, integrity-planned.test.ts).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkSite, formatProblems } from '../../src/integrations/integrity.ts';

let root = '';
afterEach(() => rmSync(root, { recursive: true, force: true }));

/** Writes each page as `<path>/index.html`, or as the file itself when the path has an extension. */
function site(pages: Record<string, string>): string {
  root = mkdtempSync(join(tmpdir(), 'integrite-site-'));
  for (const [path, html] of Object.entries(pages)) {
    const file = /\.[a-z]+$/.test(path) ? join(root, path) : join(root, path, 'index.html');
    mkdirSync(join(file, '..'), { recursive: true });
    writeFileSync(file, html);
  }
  return root;
}

const page = (body: string) => `<!doctype html><html lang="fr"><head><title>x</title></head><body>${body}</body></html>`;
const prose = 'Un paragraphe assez long pour ne pas passer pour un chapitre vide. '.repeat(4);
/** A chapter page as the layout writes it: its text in an indexed article, its notes at the end. */
const chapter = (text: string, notes = '') =>
  page(`<article data-pagefind-body><h1>Titre</h1><div class="prose"><h2 id="contexte">Contexte</h2><p>${text}</p>${notes}</div></article>`);
const call = (n: number) => `<sup class="appel-de-note"><a href="#fn-${n}" id="fnref-${n}">${n}</a></sup>`;
const note = (n: number, backref = true) => `<li id="fn-${n}"><p>Source.${backref ? ` <a href="#fnref-${n}">↩</a>` : ''}</p></li>`;
const notes = (...items: string[]) => `<section data-footnotes><ol>${items.join('')}</ol></section>`;

describe('checkSite: links and anchors', () => {
  it('accepts links to pages, sections and files that exist, and counts them', () => {
    const report = checkSite(
      site({
        '': page('<a href="/chapitres/1-essai/#contexte">chapitre 1</a> <a href="/sources/">sources</a> <a href="/favicon.svg">icône</a>'),
        'chapitres/1-essai': chapter(`${prose}<a href="#contexte">plus haut</a>`),
        sources: page('<p>Sources</p>'),
        'favicon.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
      }),
    );
    expect(report.problems).toEqual([]);
    expect(report).toMatchObject({ pages: 3, links: 4 });
  });

  it('leaves external and mailto links alone', () => {
    const report = checkSite(site({ '': page('<a href="https://www.osce.org/">OSCE</a> <a href="mailto:a@b.fr">écrire</a> <a href="//cdn.example/x">x</a>') }));
    expect(report).toMatchObject({ links: 0, problems: [] });
  });

  it('names a link to a page that does not exist, with its text', () => {
    const problems = checkSite(site({ '': page('<a href="/chapitres/9-inconnu/">le chapitre 9</a>') })).problems;
    expect(problems).toEqual([
      {
        page: '/',
        problem: 'le lien « /chapitres/9-inconnu/ » (le chapitre 9) mène à une page qui n’existe pas.',
        fix: 'corrigez l’adresse : les chapitres sont sous /chapitres/<fichier>/, avec une barre oblique finale.',
      },
    ]);
  });

  it('names an anchor missing from the same page and one missing from another page', () => {
    const problems = checkSite(
      site({
        '': page('<a href="/chapitres/1-essai/#khodjaly">Khodjaly</a>'),
        'chapitres/1-essai': chapter(`${prose}<a href="#contexte-1">plus haut</a>`),
      }),
    ).problems;
    // Pages come in the order of the folder listing: sorted here by page.
    expect(problems.sort((a, b) => a.page.localeCompare(b.page))).toEqual([
      {
        page: '/',
        problem: 'le lien « /chapitres/1-essai/#khodjaly » vise l’ancre « khodjaly », absente de /chapitres/1-essai/.',
        fix: 'choisissez une ancre existante de /chapitres/1-essai/ (un titre de section).',
      },
      {
        page: '/chapitres/1-essai/',
        problem: 'le lien « #contexte-1 » (plus haut) vise l’ancre « contexte-1 », absente de la page.',
        fix: 'corrigez l’ancre (les ancres sont les titres de section en minuscules ASCII, mots séparés par des tirets).',
      },
    ]);
  });

  it('resolves links under the base path: the page they name, then its anchor', () => {
    const pages = { '': page('<a href="/dossier/sources/#cle">source</a> <a href="/dossier/sources/#autre">autre</a>'), sources: page('<p id="cle">Une source</p>') };
    expect(checkSite(site(pages), '/dossier/').problems.map((p) => p.problem)).toEqual(['le lien « /dossier/sources/#autre » vise l’ancre « autre », absente de /sources/.']);
  });

  it('names a link of the site that leaves the base path, even when dist/ has its page', () => {
    const pages = {
      '': page('<a href="/dossier/sources/">sources</a> <a href="/sources/">oubli</a> <a href="https://exemple.org/">ailleurs</a>'),
      sources: page('<p>Sources</p>'),
    };
    const problems = checkSite(site(pages), '/dossier/').problems;
    expect(problems.map((p) => p.problem)).toEqual(['le lien « /sources/ » (oubli) sort du chemin de base /dossier/ : publié sous ce chemin, le site ne le servirait pas.']);
    expect(problems[0]?.fix).toContain('url() (src/astro/urls.ts)');
    // At the root, the same link is the site's own.
    expect(checkSite(site({ '': page('<a href="/sources/">sources</a>'), sources: page('<p>Sources</p>') })).problems).toEqual([]);
  });

  it('checks no link of the 404 page (its links are relative to any address)', () => {
    expect(checkSite(site({ '404.html': page('<a href="/nulle-part/">accueil</a>') })).problems).toEqual([]);
  });
});

describe('checkSite: notes and empty chapters', () => {
  it('accepts notes that are called and defined, and counts the calls', () => {
    const report = checkSite(site({ 'chapitres/1-essai': chapter(`${prose}${call(1)} et ${call(2)}`, notes(note(1), note(2))) }));
    expect(report).toMatchObject({ notes: 2, problems: [] });
  });

  it('names a call without its note, and a note that nothing calls or that has no way back', () => {
    const problems = checkSite(site({ 'chapitres/1-essai': chapter(`${prose}${call(1)} ${call(3)}`, notes(note(1, false), note(2))) })).problems;
    const anchor = 'corrigez l’ancre (les ancres sont les titres de section en minuscules ASCII, mots séparés par des tirets).';
    expect(problems).toEqual([
      // The links themselves lead nowhere: the call to a missing note, the way back to a missing call.
      { page: '/chapitres/1-essai/', problem: 'le lien « #fn-3 » (3) vise l’ancre « fn-3 », absente de la page.', fix: anchor },
      { page: '/chapitres/1-essai/', problem: 'le lien « #fnref-2 » (↩) vise l’ancre « fnref-2 », absente de la page.', fix: anchor },
      { page: '/chapitres/1-essai/', problem: 'l’appel de note « #fn-3 » n’a pas de note.', fix: 'définissez la note en fin de chapitre.' },
      { page: '/chapitres/1-essai/', problem: 'la note « fn-1 » n’est appelée nulle part.', fix: 'appelez la note dans le texte ou supprimez-la.' },
      { page: '/chapitres/1-essai/', problem: 'la note « fn-2 » n’est appelée nulle part.', fix: 'appelez la note dans le texte ou supprimez-la.' },
    ]);
  });

  it('names a chapter whose text is (almost) empty, and only a chapter', () => {
    const problems = checkSite(site({ 'chapitres/1-essai': chapter('Trop court.'), glossaire: page('<article data-pagefind-body><div class="prose"></div></article>') })).problems;
    expect(problems).toEqual([
      { page: '/chapitres/1-essai/', problem: 'le chapitre est vide (moins de 200 caractères de texte).', fix: 'écrivez le texte du chapitre ou retirez le fichier.' },
    ]);
  });
});

describe('formatProblems', () => {
  it('writes one problem a line, with the page and the correction under it', () => {
    const text = formatProblems([
      { page: '/', problem: 'premier problème.', fix: 'première correction.' },
      { page: '/sources/', problem: 'second problème.', fix: 'seconde correction.' },
    ]);
    expect(text).toBe('  • / — premier problème.\n    → Correction : première correction.\n  • /sources/ — second problème.\n    → Correction : seconde correction.');
  });
});
