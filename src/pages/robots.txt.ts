import type { APIRoute } from 'astro';
import { basePath } from '../utils/site';

/** robots.txt: everything may be indexed; the sitemap's address follows SITE_URL and BASE_PATH. */
export const GET: APIRoute = ({ site }) => {
  const sitemap = new URL(`${basePath()}sitemap-index.xml`, site).href;
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
