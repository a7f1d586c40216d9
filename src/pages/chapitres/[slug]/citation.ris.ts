import { type CollectionEntry, getCollection } from 'astro:content';
import type { APIRoute, GetStaticPaths } from 'astro';
import { chapterReference } from '../../../astro/chapter-reference';
import { ris } from '../../../lib/chapter-citation';

export const getStaticPaths = (async () => (await getCollection('chapitres')).map((entry) => ({ params: { slug: entry.id }, props: { entry } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ entry: CollectionEntry<'chapitres'> }> = ({ props, site }) =>
  new Response(ris(chapterReference(props.entry, site)), { headers: { 'Content-Type': 'application/x-research-info-systems; charset=utf-8' } });
