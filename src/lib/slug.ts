/**
 * Heading and entry ids: ASCII, lowercase, hyphen-separated, so that a chapter
 * anchor is easy to type in the chronology data (`l-operation-anneau-1991`).
 */
import slugify from '@sindresorhus/slugify';

export function slug(text: string): string {
  return slugify(text, { decamelize: false, customReplacements: [['&', ' et ']] });
}

/** Gives unique ids within one page: a second "Bilan" becomes "bilan-2". */
export function createSlugger(): (text: string) => string {
  const seen = new Map<string, number>();
  return (text) => {
    const base = slug(text) || 'section';
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    return count === 0 ? base : `${base}-${count + 1}`;
  };
}
