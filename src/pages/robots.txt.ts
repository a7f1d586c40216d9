import type { APIRoute } from 'astro';
import { publicUrl, url } from '../utils/urls';

/** robots.txt: everything may be indexed; the sitemap's address (SITE_URL and BASE_PATH), if any. */
export const GET: APIRoute = ({ site }) => {
  const sitemap = publicUrl(url('sitemap-index.xml'), site);
  const body = `User-agent: *\nAllow: /\n${sitemap ? `\nSitemap: ${sitemap}\n` : ''}`;
  return new Response(body, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
