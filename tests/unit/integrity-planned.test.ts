/** The integrity check runs before the PDFs: links to the PDFs the build will write count as present. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkSite } from '../../src/integrations/integrity.ts';

function site(): string {
  const root = mkdtempSync(join(tmpdir(), 'integrite-'));
  mkdirSync(join(root, 'chapitres', 'un'), { recursive: true });
  writeFileSync(
    join(root, 'chapitres', 'un', 'index.html'),
    '<!doctype html><html lang="fr"><head><title>Un</title></head><body><main><p>Texte du chapitre.</p><a href="/pdf/un.pdf">PDF</a></main></body></html>',
  );
  return root;
}

describe('checkSite with planned files', () => {
  it('reports a link to a PDF that nothing will write, accepts it when the PDF step plans it', () => {
    const root = site();
    expect(checkSite(root, '/').problems.map((p) => p.problem)).toEqual(['le lien « /pdf/un.pdf » (PDF) mène à une page qui n’existe pas.']);
    expect(checkSite(root, '/', new Set(['/pdf/un.pdf'])).problems).toEqual([]);
  });
});

describe('pdfSkipped (decided before the pages are rendered)', () => {
  it('skips the PDFs with DOSSIER_PDF=0, and never in CI, where a missing Chromium must fail the PDF step', async () => {
    const { pdfSkipped } = await import('../../src/settings.ts');
    const saved = { ...process.env };
    try {
      process.env['DOSSIER_PDF'] = '0';
      expect(pdfSkipped()).toBe('DOSSIER_PDF=0');
      delete process.env['DOSSIER_PDF'];
      process.env['CI'] = 'true';
      process.env['CHROMIUM_PATH'] = '/nulle/part/chromium';
      expect(pdfSkipped()).toBeUndefined();
    } finally {
      process.env = saved;
    }
  });
});
