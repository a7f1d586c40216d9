/** Which file of content/sources/ an entry belongs in (one kind of entry per file). */
import { SOURCE_FILES, type Source, type SourceKind } from '../content/schemas.ts';

/** The file (without `.yaml`) where an entry belongs. */
export function sourceKind(s: Pick<Source, 'type' | 'voix'>): SourceKind {
  if (s.voix === 'wikipédia') return 'wikipedia';
  const found = Object.entries(SOURCE_FILES).find(([, types]) => (types as readonly string[]).includes(s.type));
  return (found?.[0] ?? 'web') as SourceKind;
}
