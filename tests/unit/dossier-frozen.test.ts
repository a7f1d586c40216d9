/** During a build the dossier model is kept without stamping the content folder at each call. */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { freezeDossier, loadDossier } from '../../src/content/dossier.ts';

let copy = '';
afterEach(() => {
  freezeDossier(false);
  rmSync(copy, { recursive: true, force: true });
});

describe('freezeDossier', () => {
  it('keeps the model read before the build while frozen, and reads changes again once thawed', () => {
    copy = mkdtempSync(join(tmpdir(), 'dossier-gele-'));
    cpSync(resolve('tests/fixtures/build-ok/content'), copy, { recursive: true });
    const first = loadDossier(copy);
    freezeDossier(true);
    const file = join(copy, 'chronologie', 'essai.yaml');
    writeFileSync(file, `${readFileSync(file, 'utf8')}\n`);
    expect(loadDossier(copy)).toBe(first);
    freezeDossier(false);
    expect(loadDossier(copy)).not.toBe(first);
  });
});
