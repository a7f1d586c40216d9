/**
 * /recherche/graphies.json: every other spelling of the glossary's names,
 * folded, with the dossier's own, grouped under the dossier's spelling (packSpellings). The search script loads it with Pagefind and
 * rewrites a query before searching (« Kalbajar » → « Kelbajar »).
 */

import { getCollection } from 'astro:content';
import type { APIRoute } from 'astro';
import { spellings } from '../../lib/glossary';
import { packSpellings } from '../../lib/spelling';
import { spellingDictionary } from '../../lib/spelling-dictionary';

export const GET: APIRoute = async () => {
  const entries = await getCollection('glossaire');
  return new Response(JSON.stringify(packSpellings(spellingDictionary(entries.map((e) => spellings(e.data))))), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
};
