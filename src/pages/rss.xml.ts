import { getCollection } from 'astro:content';
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { fr } from '../i18n/fr';
import { sortChapters } from '../utils/chapters';
import { chapterUrl, publicUrl } from '../utils/urls';

/**
 * A French feed of the chapters, newest update first. Feed readers need absolute links: without
 * SITE_URL there is no feed (a response without a body writes no file).
 */
export const GET: APIRoute = async ({ site }) => {
  if (!site) return new Response(null, { status: 404 });
  const chapters = sortChapters(await getCollection('chapitres')).sort((a, b) => b.data.updated.getTime() - a.data.updated.getTime());
  return rss({
    title: fr.siteTitle,
    description: fr.home.lead,
    site,
    customData: '<language>fr-FR</language>',
    items: chapters.map((c) => ({
      title: `${fr.chapter.label(c.data.order)} · ${c.data.title}`,
      description: c.data.summary,
      pubDate: c.data.updated,
      link: publicUrl(chapterUrl(c.id), site)!,
    })),
  });
};
