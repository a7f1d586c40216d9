/**
 * Publishing under a sub-path: the real site built with BASE_PATH=/dossier/
 * and SITE_URL set keeps every internal link, asset, search index and PDF
 * working (the build's own integrity check verifies the links; a browser
 * checks the search and the assets).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS, chromiumPath } from '../../src/integrations/chromium.ts';
import { ORIGIN, serveDist } from '../../src/integrations/serve-dist.ts';
import { buildRealSite } from './fixture-site.ts';

describe('the site under a sub-path', () => {
  it('builds, links, searches and serves its PDFs under /dossier/', async () => {
    await buildRealSite({ BASE_PATH: '/dossier/', SITE_URL: 'https://exemple.org', DOSSIER_PDF: '1' }, async (dist, result) => {
      expect(result.output).toContain('aucun problème');
      expect(result.code).toBe(0);
      expect(existsSync(join(dist, 'pdf', 'dossier-haut-karabagh.pdf'))).toBe(true);
      expect(readFileSync(join(dist, 'robots.txt'), 'utf8')).toContain('Sitemap: https://exemple.org/dossier/sitemap-index.xml');
      const chapter = readFileSync(join(dist, 'chapitres', '3-guerre-1992-1994', 'index.html'), 'utf8');
      expect(chapter).toContain('<link rel="canonical" href="https://exemple.org/dossier/chapitres/3-guerre-1992-1994/"');
      expect(chapter).toContain('href="/dossier/pdf/3-guerre-1992-1994.pdf"');
      expect(chapter).not.toMatch(/(href|src)="\/(?!dossier\/)[^"]/);

      const browser = await chromium.launch({ executablePath: chromiumPath()!, args: CHROMIUM_ARGS });
      try {
        const context = await browser.newContext();
        await serveDist(context, dist, '/dossier/');
        const page = await context.newPage();
        const failed: string[] = [];
        page.on('response', (r) => {
          if (r.status() >= 400) failed.push(r.url());
        });
        await page.goto(`${ORIGIN}/dossier/recherche/?q=Stepanakert`);
        const first = page.locator('[data-search-page-results] .search-result__title a').first();
        await first.waitFor();
        expect(await first.getAttribute('href')).toMatch(/^\/dossier\//);
        await page.goto(`${ORIGIN}/dossier/chapitres/1-epoque-sovietique/`);
        expect(await page.evaluate(() => document.fonts.check('16px "Source Serif 4"'))).toBe(true);
        expect(failed).toEqual([]);
      } finally {
        await browser.close();
      }
    });
  }, 900_000); // The PDFs are typeset (Paged.js): minutes on a small, loaded machine.
});
