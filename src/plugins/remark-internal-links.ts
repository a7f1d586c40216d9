/**
 * remark-internal-links: checks, where they are written, the links from one
 * chapter to a page of the dossier (`/chapitres/<slug>/#<section>`): the
 * chapter must exist and the section too. The post-build check covers the
 * rest of the site; this one can name the file and the line.
 */
import type { Root, RootContent } from 'mdast';
import type { VFile } from 'vfile';
import type { ChapterIndex } from '../content/chapter-index.ts';
import { ContentError } from '../content/errors.ts';
import { CHAPTER_PAGE_IDS } from '../lib/page-ids.ts';
import { fileLabel } from './file-label.ts';
import { walk } from './tree-walk.ts';

export interface InternalLinksOptions {
  chapters: ChapterIndex;
  /** Other pages of the site (root-relative, with trailing slash). */
  pages: readonly string[];
}

export default function remarkInternalLinks({ chapters, pages }: InternalLinksOptions) {
  return (tree: Root, file: VFile): void => {
    const self = file.stem;
    walk<RootContent>(tree, (node) => {
      if (node.type !== 'link') return undefined;
      const { url } = node;
      const line = node.position?.start.line;
      const where = fileLabel(file);
      if (url.startsWith('#')) {
        const ids = self ? chapters.get(self) : undefined;
        const anchor = decodeURIComponent(url.slice(1));
        if (ids && anchor && !ids.has(anchor)) {
          throw new ContentError(where, line, `le lien « ${url} » vise une section absente de ce chapitre.`, `choisissez parmi : ${[...ids].slice(0, 12).join(', ')}…`);
        }
        return;
      }
      if (!url.startsWith('/') || url.startsWith('//')) return;
      const [path = '', anchor] = url.split('#');
      const match = /^\/chapitres\/([^/]+)\/?$/.exec(path);
      if (match) {
        const slug = match[1]!;
        const ids = chapters.get(slug);
        if (!ids) {
          throw new ContentError(where, line, `le lien « ${url} » mène à un chapitre qui n’existe pas.`, `chapitres existants : ${[...chapters.keys()].sort().join(', ')}.`);
        }
        if (!path.endsWith('/')) {
          throw new ContentError(where, line, `le lien « ${url} » n’a pas de barre oblique finale.`, `écrivez « /chapitres/${slug}/${anchor ? `#${anchor}` : ''} ».`);
        }
        if (anchor && !ids.has(decodeURIComponent(anchor))) {
          throw new ContentError(
            where,
            line,
            `le lien « ${url} » vise la section « ${anchor} », absente du chapitre ${slug}.`,
            `choisissez une section existante, par exemple : ${[...ids]
              .filter((i) => !CHAPTER_PAGE_IDS.includes(i))
              .slice(0, 8)
              .join(', ')}…`,
          );
        }
        return;
      }
      if (!pages.includes(path)) {
        throw new ContentError(where, line, `le lien « ${url} » mène à une page qui n’existe pas.`, `pages du dossier : ${pages.join(', ')} et /chapitres/<fichier>/.`);
      }
    });
  };
}
