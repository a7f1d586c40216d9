import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readEdition } from '../../src/content/edition.ts';

function folder(text?: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'edition-'));
  if (text !== undefined) writeFileSync(join(dir, 'edition.yaml'), text);
  return dir;
}

describe('readEdition (content/edition.yaml)', () => {
  it('reads the reference date of the dossier', () => {
    expect(readEdition(folder('etatAu: "2026-02-28"\n')).etatAu.toISOString()).toBe('2026-02-28T00:00:00.000Z');
    expect(readEdition('content').etatAu).toBeInstanceOf(Date);
  });

  it('stops on a day that does not exist, an unknown field or a missing file, with the fix', () => {
    expect(() => readEdition(folder('etatAu: "2026-02-30"\n'))).toThrow(/edition\.yaml — etatAu : date inexistante[\s\S]*→ Correction : écrire etatAu: "AAAA-MM-JJ"/);
    expect(() => readEdition(folder('etatAu: "2026-02-28"\nauteur: moi\n'))).toThrow(/edition\.yaml — fichier : .*auteur/);
    expect(() => readEdition(folder())).toThrow(/edition\.yaml — fichier illisible/);
  });
});
