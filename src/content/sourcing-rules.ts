/**
 * The one setting of the sourcing rules (src/utils/sourcing.ts): a note that
 * rests only on relays, or only on sources of one party with no attribution
 * in its sentence or in the note. « avertissement »: the build reports them
 * and goes on; « erreur »: the first one stops the build (file, line, fix).
 * The chapter revisions switch it to « erreur » once their chapters are clean.
 */
export const SOURCING_RULES: 'avertissement' | 'erreur' = 'avertissement';
