/**
 * The one setting of the sourcing rules (src/lib/sourcing.ts): a note that
 * rests only on Wikipedia, only on relays, or only on sources of one party
 * with no attribution in its sentence or in the note. « erreur »: the first
 * one stops the build (file, line, fix); « avertissement »: the build reports
 * them and goes on. Errors since the six chapters were revised (issues 15–17).
 */
export const SOURCING_RULES: 'avertissement' | 'erreur' = 'erreur';
