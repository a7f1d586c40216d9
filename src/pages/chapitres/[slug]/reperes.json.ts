import { type CollectionEntry, getCollection } from 'astro:content';
import type { APIRoute, GetStaticPaths } from 'astro';
import { reperes } from '../../../lib/reperes';
import { eventsByChapter } from '../../../lib/timeline';

/**
 * Each chapter's « Repères », which its page fetches when the box opens (src/scripts/reperes.ts); a
 * chapter without events has no box, and no file.
 */
export const getStaticPaths = (async () => {
  const byChapter = eventsByChapter(await getCollection('chronologie'));
  return (await getCollection('chapitres')).flatMap((entry) => {
    const events = byChapter.get(entry.id);
    return events ? [{ params: { slug: entry.id }, props: { events } }] : [];
  });
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ events: CollectionEntry<'chronologie'>[] }> = ({ props }) =>
  new Response(JSON.stringify(reperes(props.events)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
