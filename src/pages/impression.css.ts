import { getCollection } from 'astro:content';
import type { APIRoute } from 'astro';
import { sortChapters } from '../astro/chapters';
import { fr } from '../i18n/fr';
import { chapterPart, printStylesheet } from '../lib/print';
import layerOrder from '../styles/layers.css?raw';
import printRules from '../styles/print.css?raw';

/**
 * The one print stylesheet, linked with media="print" from every page (BaseLayout.astro) and read
 * by the PDFs' engine: the authored rules and the running heads generated from the chapters
 * (src/lib/print.ts). Its address has no hash: hosts revalidate it (public/_headers gives a long
 * cache to /_astro/ only).
 */
export const GET: APIRoute = async () => {
  const chapters = sortChapters(await getCollection('chapitres'));
  const css = printStylesheet(layerOrder, printRules, [
    ...chapters.map((c) => ({ name: chapterPart(c.data.order), head: `${fr.chapter.label(c.data.order)} · ${c.data.title}` })),
    { name: 'chronologie', head: fr.chronology.title },
    { name: 'glossaire', head: fr.nav.glossary },
    { name: 'sources', head: fr.sources.title },
    { name: 'index', head: fr.print.index },
  ]);
  return new Response(css, { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
};
