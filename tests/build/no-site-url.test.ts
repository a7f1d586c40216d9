/**
 * Built without SITE_URL (as `npm start` builds it), the site writes no absolute address: no
 * canonical link, Open Graph address, sitemap, RSS feed or address printed in the PDFs, and
 * nothing that points a reader to the machine that built it. The build log says so once.
 * Every page also ends with its </html>: no script after the document.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildRealSite } from './fixture-site.ts';

const TEXT = new Set(['.html', '.xml', '.txt', '.json', '.js', '.css', '.bib', '.ris', '.svg']);

function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

const CHAPTER = join('chapitres', '3-guerre-1992-1994');

describe('the site built without SITE_URL', () => {
  it('writes no address of its own, says so once, keeps scripts in the page', async () => {
    await buildRealSite({ SITE_URL: '', DOSSIER_PDF: '1' }, async (dist, result) => {
      expect(result.output).toContain('aucun problème');
      expect(result.code).toBe(0);
      expect(result.output.match(/SITE_URL absent/g)).toHaveLength(1);

      const all = files(dist);
      const texts = all.filter((file) => TEXT.has(extname(file)));
      const local = texts.filter((f) => /localhost|127\.0\.0\.1/.test(readFileSync(f, 'utf8')));
      expect(local.map((file) => relative(dist, file))).toEqual([]);

      const pdfs = all.filter((file) => file.endsWith('.pdf'));
      expect(pdfs).toHaveLength(7);
      for (const pdf of pdfs) {
        const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' });
        expect(text).not.toMatch(/localhost|Adresse\s*:/);
      }

      expect(existsSync(join(dist, 'sitemap-index.xml'))).toBe(false);
      expect(existsSync(join(dist, 'rss.xml'))).toBe(false);
      expect(readFileSync(join(dist, 'robots.txt'), 'utf8')).toBe('User-agent: *\nAllow: /\n');

      const chapter = readFileSync(join(dist, CHAPTER, 'index.html'), 'utf8');
      expect(chapter).not.toMatch(/rel="canonical"|og:url|rel="sitemap"|application\/rss\+xml/);
      // « Citer ce chapitre »: the chapter and its date, no address, no « consulté le ».
      const reference = /data-cite-text>([^<]+)</.exec(chapter)?.[1] ?? '';
      expect(reference).toMatch(/mis à jour le \d{1,2}\s\S+\s\d{4}\.$/);
      expect(readFileSync(join(dist, CHAPTER, 'citation.bib'), 'utf8')).not.toMatch(/url/);

      const pages = all.filter((file) => file.endsWith('.html'));
      const ending = (file: string) => readFileSync(file, 'utf8').trimEnd().endsWith('</html>');
      expect(pages.filter((file) => !ending(file)).map((file) => relative(dist, file))).toEqual([]);
    });
  }, 300_000);
});
