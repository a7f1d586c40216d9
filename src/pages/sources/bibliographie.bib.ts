import type { APIRoute } from 'astro';
import { citedSources } from '../../utils/bibliography';
import { sourceBibtex } from '../../utils/bibliography-export';

/** The sources cited in the dossier, as BibTeX (biblatex), keyed as in content/sources/. */
export const GET: APIRoute = async () => {
  const { sources } = await citedSources();
  const body = [...sources].sort((a, b) => (a.id < b.id ? -1 : 1)).map((s) => sourceBibtex({ key: s.id, data: s.data }));
  return new Response(body.join('\n'), { headers: { 'Content-Type': 'application/x-bibtex; charset=utf-8' } });
};
