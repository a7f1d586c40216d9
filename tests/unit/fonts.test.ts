/** The web fonts made at build (src/integrations/fonts.ts): every character of the chapters has a glyph or a declared fallback. */
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDossier } from '../../src/content/dossier.ts';
import { characterSet, makeFonts, missingCharacters, SYSTEM_FALLBACK, siteCharacters, unicodeRange } from '../../src/integrations/fonts.ts';

describe('unicodeRange', () => {
  it('writes runs of code points as ranges', () => {
    expect(unicodeRange([0x41, 0x42, 0x43, 0xe9, 0x20, 0x259])).toBe('U+20, U+41-43, U+E9, U+259');
  });
});

describe('missingCharacters', () => {
  it('names a character that neither the font nor a declared fallback covers', () => {
    const covered = new Set([0x61]);
    expect(missingCharacters(['a', 'Ա', 'Ж', '☃'], covered)).toEqual(['« ☃ » (U+2603)']);
  });
});

describe('makeFonts on the dossier', { timeout: 120_000 }, () => {
  it('covers every character of the chapters with the subset or a declared system fallback, in smaller files', async () => {
    const out = mkdtempSync(join(tmpdir(), 'polices-'));
    const fonts = await makeFonts(siteCharacters(loadDossier('content').characters, 'src'), out);
    expect(fonts.missing).toEqual([]);
    const files = readdirSync(out).filter((f) => f.endsWith('.woff2'));
    expect(files).toContain('source-serif-4-400-normal-latin.woff2');
    const regular = new Set<number>();
    for (const f of files.filter((f) => f.startsWith('source-serif-4-400-normal'))) {
      for (const cp of characterSet(readFileSync(join(out, f)))) regular.add(cp);
    }
    const fallback = (cp: number) => SYSTEM_FALLBACK.some(([from, to]) => cp >= from && cp <= to);
    for (const chapter of readdirSync('content/chapitres')) {
      const text = readFileSync(join('content/chapitres', chapter), 'utf8');
      const lacking = [...new Set(text)].filter((c) => c >= ' ' && !regular.has(c.codePointAt(0)!) && !fallback(c.codePointAt(0)!));
      expect(lacking, chapter).toEqual([]);
    }
    const total = files.reduce((sum, f) => sum + statSync(join(out, f)).size, 0);
    expect(total).toBeLessThan(80_000); // the @fontsource files of the same faces weigh about 160 KB
    const css = readFileSync(join(out, 'fonts.css'), 'utf8');
    expect(css).toMatch(/font-family: ["']Source Serif 4 Fallback["']/);
    expect(css).toMatch(/size-adjust: \d+(\.\d+)?%/);
    expect(css.match(/font-display: swap/g)?.length).toBeGreaterThanOrEqual(files.length);
  });
});
