import { type CollectionEntry, getCollection } from 'astro:content';
import type { APIRoute, GetStaticPaths } from 'astro';
import { bibtex } from '../../../utils/chapter-citation';
import { chapterReference } from '../../../utils/chapter-reference';

export const getStaticPaths = (async () => (await getCollection('chapitres')).map((entry) => ({ params: { slug: entry.id }, props: { entry } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ entry: CollectionEntry<'chapitres'> }> = ({ props, site }) =>
  new Response(bibtex(chapterReference(props.entry, site)), { headers: { 'Content-Type': 'application/x-bibtex; charset=utf-8' } });
