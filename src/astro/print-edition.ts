/**
 * The print edition gathers every chapter on one page: each chapter's HTML gets its own id prefix,
 * and the address of each source after its full-form citation (paper cannot follow a link).
 */

import { loadRenderers } from 'astro:container';
import { render } from 'astro:content';
import { getContainerRenderer } from '@astrojs/mdx/container-renderer';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { loadDossier } from '../content/dossier';
import { addCitationAddresses } from '../lib/citation-addresses';
import { chapterRecords } from '../lib/facts';
import { prefixIds } from '../lib/prefix-ids';
import type { Chapter } from './chapters';

let container: AstroContainer | undefined;

export async function chapterHtml(entry: Chapter): Promise<{ html: string; headings: { depth: number; slug: string; text: string }[] }> {
  container ??= await AstroContainer.create({ renderers: await loadRenderers([getContainerRenderer()]) });
  const { Content, headings, remarkPluginFrontmatter } = await render(entry);
  const prefix = `c${entry.data.order}`;
  const { sources } = loadDossier();
  const withAddresses = addCitationAddresses(await container.renderToString(Content), {
    citations: chapterRecords(remarkPluginFrontmatter).citations,
    url: (key) => sources.get(key)?.data.url,
    chapter: entry.id,
  });
  const html = prefixIds(withAddresses, prefix);
  return { html, headings: headings.map((h) => ({ ...h, slug: `${prefix}-${h.slug}` })) };
}
