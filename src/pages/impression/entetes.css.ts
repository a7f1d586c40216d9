import { getCollection } from 'astro:content';
import type { APIRoute } from 'astro';
import { sortChapters } from '../../astro/chapters';
import { fr } from '../../i18n/fr';
import { chapterPart, runningHeadsCss } from '../../lib/print';

/** The print stylesheet's running heads, generated from the chapters (see src/lib/print.ts). */
export const GET: APIRoute = async () => {
  const chapters = sortChapters(await getCollection('chapitres'));
  const css = runningHeadsCss([
    ...chapters.map((c) => ({ name: chapterPart(c.data.order), head: `${fr.chapter.label(c.data.order)} · ${c.data.title}` })),
    { name: 'chronologie', head: fr.chronology.title },
    { name: 'glossaire', head: fr.nav.glossary },
    { name: 'sources', head: fr.sources.title },
    { name: 'index', head: fr.print.index },
  ]);
  return new Response(css, { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
};
