import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { overheadBreakdown } from '../../scripts/bench/overhead';

const page = (body: string): string =>
  `<!DOCTYPE html><html lang="fr"><head><title>Chapitre</title><meta name="description" content="${'Un résumé du chapitre. '.repeat(4)}"></head><body>${body}</body></html>`;

const prose = [
  '<header class="site-header"><nav><a href="/">Chapitres</a> <a href="/sources/">Sources</a></nav></header>',
  '<div class="prose"><p>Le <a href="/glossaire/#haut-karabagh">Haut-Karabagh</a> en 1988',
  '<sup class="appel-de-note"><a href="#fn-1" id="fnref-1">1</a></sup>.</p>',
  '<ol><li id="fn-1"><p><a href="/sources/#dewaal-2003">Thomas de Waal, Black Garden</a> ; <a href="/sources/#cornell-2001">Svante Cornell, Small Nations</a>.',
  ' <a href="#fnref-1" aria-label="Retour à l’appel de note 1">↩</a></p></li></ol></div>',
].join('');

describe('overheadBreakdown', () => {
  it('weighs each part of the page present, counting its elements, largest first', () => {
    const parts = overheadBreakdown(page(prose));
    const byName = new Map(parts.map((p) => [p.part.split(' (')[0], p]));
    expect(byName.get('liens des citations vers /sources/')?.count).toBe(2);
    expect(byName.get('liens vers le glossaire')?.count).toBe(1);
    expect(byName.get('appels de note')?.count).toBe(1);
    expect(byName.get('retours de note')?.count).toBe(1);
    expect(byName.get('en-tête du document')?.count).toBe(1);
    expect(byName.has('balisage des graphiques')).toBe(false);
    for (const p of parts) expect(p.gzip).toBeGreaterThan(0);
    expect(parts.map((p) => p.gzip)).toEqual([...parts.map((p) => p.gzip)].sort((a, b) => b - a));
  });

  it('counts only the markup of what wraps the text: an unwrapped link keeps its words', () => {
    const citations = overheadBreakdown(page(prose)).find((p) => p.part.startsWith('liens des citations'));
    const gzip = (text: string): number => gzipSync(Buffer.from(text), { level: 9 }).byteLength;
    const linksAndWords = gzip(page(prose)) - gzip(page(prose.replace(/<a href="\/sources\/#[^"]*">[^<]*<\/a>/g, '')));
    expect(citations?.gzip).toBeGreaterThan(0);
    expect(citations?.gzip).toBeLessThan(linksAndWords);
  });
});
