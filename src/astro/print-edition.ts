/** The print edition gathers every chapter on one page: each chapter's HTML gets its own id prefix. */

import { loadRenderers } from 'astro:container';
import { render } from 'astro:content';
import { getContainerRenderer } from '@astrojs/mdx/container-renderer';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { prefixIds } from '../lib/prefix-ids';
import type { Chapter } from './chapters';

let container: AstroContainer | undefined;

export async function chapterHtml(entry: Chapter): Promise<{ html: string; headings: { depth: number; slug: string; text: string }[] }> {
  container ??= await AstroContainer.create({ renderers: await loadRenderers([getContainerRenderer()]) });
  const { Content, headings } = await render(entry);
  const prefix = `c${entry.data.order}`;
  const html = prefixIds(await container.renderToString(Content), prefix);
  return { html, headings: headings.map((h) => ({ ...h, slug: `${prefix}-${h.slug}` })) };
}
