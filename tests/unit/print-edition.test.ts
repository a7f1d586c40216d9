/** The single-page print edition is composed up to a documented size of the dossier. */
import { describe, expect, it } from 'vitest';
import { PRINT_EDITION_MAX_CHAPTERS, printEditionSkipped } from '../../src/lib/print.ts';

describe('printEditionSkipped', () => {
  it('composes the edition up to the threshold, and names the threshold and its home above it', () => {
    expect(printEditionSkipped(6)).toBeUndefined();
    expect(printEditionSkipped(PRINT_EDITION_MAX_CHAPTERS)).toBeUndefined();
    expect(printEditionSkipped(PRINT_EDITION_MAX_CHAPTERS + 1)).toBe(
      `${PRINT_EDITION_MAX_CHAPTERS + 1} chapitres, au-delà du seuil de ${PRINT_EDITION_MAX_CHAPTERS} (PRINT_EDITION_MAX_CHAPTERS, src/lib/print.ts)`,
    );
    expect(printEditionSkipped(4, 3)).toBe('4 chapitres, au-delà du seuil de 3 (PRINT_EDITION_MAX_CHAPTERS, src/lib/print.ts)');
  });

  it('keeps the six chapters of the dossier and its ×10 bench copy (60 chapters) composed', () => {
    expect(PRINT_EDITION_MAX_CHAPTERS).toBeGreaterThanOrEqual(60);
  });
});
