import type { APIRoute } from 'astro';
import { citedSources } from '../../utils/bibliography';
import { sourceRis } from '../../utils/bibliography-export';

/** The sources cited in the dossier, as RIS (Zotero, EndNote), keyed as in content/sources/. */
export const GET: APIRoute = async () => {
  const { sources } = await citedSources();
  const body = [...sources].sort((a, b) => (a.id < b.id ? -1 : 1)).map((s) => sourceRis({ key: s.id, data: s.data }));
  return new Response(body.join(''), { headers: { 'Content-Type': 'application/x-research-info-systems; charset=utf-8' } });
};
