/** The reference data of a chapter, for « Citer ce chapitre » and its downloads. */
import { fr } from '../i18n/fr';
import type { ChapterReference } from './chapter-citation';
import type { Chapter } from './chapters';
import { chapterUrl, publicUrl } from './urls';

export function chapterReference(entry: Chapter, site: URL | undefined): ChapterReference {
  return {
    slug: entry.id,
    order: entry.data.order,
    title: entry.data.title,
    updated: entry.data.updated,
    url: publicUrl(chapterUrl(entry.id), site),
    dossier: fr.siteTitle,
    author: fr.siteAuthor,
  };
}
