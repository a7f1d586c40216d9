/**
 * The glossary and the map's places: reading and cross-checking (unique ids,
 * known sources, map ids in the glossary). Spellings: src/lib/glossary.ts.
 * Which chapters link an entry is recorded by remark-glossary-links
 * (src/lib/facts.ts), never typed nor searched again.
 */
import { join } from 'node:path';
import { ContentError } from './errors.ts';
import { type GlossaryEntry, glossaryEntry, mapPlace } from './schemas.ts';
import { type Located, readYamlList } from './yaml-list.ts';

export function loadGlossary(dir: string, sourceKeys: ReadonlySet<string>): Located<GlossaryEntry>[] {
  const entries = readYamlList(join(dir, 'glossaire.yaml'), glossaryEntry, 'entrée du glossaire');
  const seen = new Map<string, number>();
  for (const e of entries) {
    const previous = seen.get(e.data.id);
    if (previous) throw new ContentError(e.file, e.line, `identifiant « ${e.data.id} » déjà pris (ligne ${previous}).`, 'donnez à chaque entrée un id unique.');
    seen.set(e.data.id, e.line);
    for (const key of e.data.sources) {
      if (!sourceKeys.has(key))
        throw new ContentError(e.file, e.line, `entrée « ${e.data.id} » : source inconnue « ${key} ».`, 'utilisez une clé de content/sources/ ou ajoutez la source.');
    }
  }
  return entries;
}

export function loadMapPlaces(dir: string, glossaryIds: ReadonlySet<string>, sourceKeys: ReadonlySet<string>) {
  const places = readYamlList(join(dir, 'carte.yaml'), mapPlace, 'lieu de la carte');
  for (const p of places) {
    if (!glossaryIds.has(p.data.id)) throw new ContentError(p.file, p.line, `lieu « ${p.data.id} » absent du glossaire.`, 'ajoutez l’entrée au glossaire ou corrigez l’id.');
    if (!sourceKeys.has(p.data.source))
      throw new ContentError(p.file, p.line, `lieu « ${p.data.id} » : source inconnue « ${p.data.source} ».`, 'utilisez une clé de content/sources/.');
  }
  return places;
}
