/**
 * What the search scripts write on the page as results come (states, counts, groups). Only the
 * browser's search code reads them: they travel in its chunk, loaded on the first use of the
 * field (src/scripts/search-panel.ts), not in the HTML of every page. `fr.search` includes them.
 * One exception: the header keeps `unavailable` in its HTML, for when that chunk cannot load.
 * Typography is written out (no Typograf in the browser): a test checks it is what fr.ts would set.
 */
export const searchMessages = {
  noResults: 'Aucun résultat pour «\u202f{q}\u202f».',
  resultCount: '{n} résultat{s} pour «\u202f{q}\u202f»',
  loading: 'Recherche en cours…',
  allResults: 'Voir les {n} résultats pour «\u202f{q}\u202f»',
  unavailable: 'La recherche n’est pas disponible\u00a0: l’index n’a pas été construit.',
  inChapters: 'Dans les chapitres',
  inReferences: 'Glossaire, chronologie et sources',
  /** When the query was typed in another spelling than the dossier's. */
  spellingCount: '«\u202f{from}\u202f»\u00a0: {n} résultat{s} pour «\u202f{to}\u202f»',
  spellingExact: 'Chercher «\u202f{from}\u202f» tel quel',
} as const;
