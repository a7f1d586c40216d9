/**
 * dossier-fonts: the site's web fonts, made at build time. Source Serif 4 (from
 * @fontsource/source-serif-4) is cut down by subset-font (HarfBuzz) to the characters the
 * dossier uses, for the faces the CSS uses; Armenian, Cyrillic and the other scripts the font
 * files do not cover fall back to the reader's system fonts (SYSTEM_FALLBACK, declared). A
 * fallback face sized to Source Serif's metrics (Capsize) is used while the fonts load
 * (`font-display: swap`), so the text does not shift when they arrive. The files and their
 * `@font-face` rules go to src/generated/fonts/ (not versioned), which BaseLayout imports:
 * Vite then hashes them like any asset. Made again only when the characters, this file or the
 * package change (a stamp file), and kept in node_modules/.cache/dossier-fonts/ for other checkouts
 * and the test sites.
 */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { createFontStack } from '@capsizecss/core';
import { fromBuffer } from '@capsizecss/unpack';
import type { AstroIntegration } from 'astro';
import * as fontkit from 'fontkit';
import subsetFont from 'subset-font';
import { loadDossier } from '../content/dossier.ts';
import { fr } from '../i18n/fr.ts';

export const FAMILY = 'Source Serif 4';

/** A face the CSS uses, and the characters it must carry. */
interface Face {
  weight: 400 | 600 | 700;
  style: 'normal' | 'italic';
  /** `all`: every character of the site; otherwise only these (the 700 face sets the site's name and numbers). */
  text: 'all' | string;
}

export const FACES: readonly Face[] = [
  { weight: 400, style: 'normal', text: 'all' },
  { weight: 400, style: 'italic', text: 'all' },
  { weight: 600, style: 'normal', text: 'all' },
  { weight: 700, style: 'normal', text: `${fr.siteTitle}${fr.home.title}0123456789 ` },
];

/** The @fontsource files of a face, one per Unicode block they cover. */
const SUBSETS = ['latin', 'latin-ext'] as const;

/**
 * Scripts the web font leaves to the reader's system fonts: the original spellings of the
 * glossary (Armenian, Cyrillic, Georgian, Persian and Arabic) and a few signs. Any other
 * character missing from the subset stops the build (see missingCharacters).
 */
export const SYSTEM_FALLBACK: readonly (readonly [number, number, string])[] = [
  [0x0370, 0x03ff, 'grec'],
  [0x0400, 0x052f, 'cyrillique'],
  [0x0530, 0x058f, 'arménien'],
  [0x0600, 0x06ff, 'arabe et persan'],
  [0x10a0, 0x10ff, 'géorgien'],
  [0x2190, 0x21ff, 'flèches'],
  [0x2022, 0x2022, 'puce'],
  [0x202f, 0x202f, 'espace fine insécable (absente de la police : le navigateur la prend au système)'],
  [0x2116, 0x2116, 'numéro'],
  [0x1d00, 0x1dbf, 'lettres modificatives'],
  [0x02b0, 0x02ff, 'lettres modificatives'],
  [0xfb00, 0xfb4f, 'ligatures'],
];

/** Times New Roman's metrics (Liberation Serif and Tinos share them), the fallback the text is sized on. */
const TIMES_NEW_ROMAN = { familyName: 'Times New Roman', ascent: 1825, descent: -443, lineGap: 87, unitsPerEm: 2048, xWidthAvg: 832 };

const require = createRequire(import.meta.url);

/** The @fontsource package's folder, in the project's own node_modules (symbolic links resolved). */
function fontsourceDir(): string {
  return dirname(require.resolve('@fontsource/source-serif-4/package.json'));
}

function fontsourceFile(subset: string, face: Face): string {
  return join(fontsourceDir(), 'files', `source-serif-4-${subset}-${face.weight}-${face.style}.woff2`);
}

function filesUnder(dir: string, ext: RegExp): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === 'generated' || name === 'node_modules') return [];
    return statSync(path).isDirectory() ? filesUnder(path, ext) : ext.test(name) ? [path] : [];
  });
}

/**
 * Every character of the texts of the site: the content, as the dossier model read it (its files
 * are not read again), and the interface strings of src/.
 */
export function siteCharacters(content: ReadonlySet<string>, srcDir: string): Set<string> {
  const chars = new Set<string>(' \u00a0\u202f’«»–—…0123456789');
  for (const c of content) if (c >= ' ') chars.add(c);
  for (const file of filesUnder(srcDir, /\.(ts|astro)$/)) {
    for (const c of readFileSync(file, 'utf8')) if (c >= ' ') chars.add(c);
  }
  return chars;
}

/** The code points a font file (TTF, WOFF, WOFF2) has glyphs for. */
export function characterSet(file: Buffer): number[] {
  const font = fontkit.create(file);
  if (!('characterSet' in font)) throw new Error('police : une collection de polices, non une police');
  return font.characterSet;
}

const inFallback = (cp: number): boolean => SYSTEM_FALLBACK.some(([from, to]) => cp >= from && cp <= to);

/** Characters neither the font files nor a declared system fallback cover, with their code points. */
export function missingCharacters(chars: Iterable<string>, covered: ReadonlySet<number>): string[] {
  return [...chars]
    .filter((c) => !covered.has(c.codePointAt(0)!) && !inFallback(c.codePointAt(0)!))
    .map((c) => `« ${c} » (U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')})`);
}

/** `U+20-7E, U+A0` from a set of code points. */
export function unicodeRange(points: Iterable<number>): string {
  const sorted = [...new Set(points)].sort((a, b) => a - b);
  const ranges: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j += 1;
    const hex = (n: number) => n.toString(16).toUpperCase();
    ranges.push(i === j ? `U+${hex(sorted[i]!)}` : `U+${hex(sorted[i]!)}-${hex(sorted[j]!)}`);
    i = j + 1;
  }
  return ranges.join(', ');
}

export interface FontFiles {
  /** The folder written: fonts.css and the .woff2 files. */
  dir: string;
  /** The regular text face (to preload). */
  regular: string;
  /** Characters of the site that the fonts lack and no declared fallback takes. */
  missing: string[];
  /** Whether the files were made anew (false: the stamp matched). */
  made: boolean;
}

/** Makes the subset fonts and their CSS in `outDir` for the characters `chars` (siteCharacters). */
export async function makeFonts(chars: ReadonlySet<string>, outDir: string): Promise<FontFiles> {
  const all = [...chars].sort().join('');
  const version = JSON.parse(readFileSync(require.resolve('@fontsource/source-serif-4/package.json'), 'utf8')).version as string;
  const stamp = createHash('sha256')
    .update(`${version}\n${readFileSync(new URL(import.meta.url), 'utf8')}\n${all}`)
    .digest('hex');
  const stampFile = join(outDir, 'stamp');
  const regular = join(outDir, 'source-serif-4-400-normal-latin.woff2');
  const covered = new Set<number>();
  for (const subset of SUBSETS) for (const cp of characterSet(readFileSync(fontsourceFile(subset, FACES[0]!)))) covered.add(cp);
  const missing = missingCharacters(chars, covered);
  if (existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp) return { dir: outDir, regular, missing, made: false };
  // The same characters made these files before (another checkout, a test site): take them from the cache.
  const cached = join(fontsourceDir(), '..', '..', '.cache', 'dossier-fonts', stamp);
  rmSync(outDir, { recursive: true, force: true });
  if (existsSync(join(cached, 'stamp'))) {
    cpSync(cached, outDir, { recursive: true });
    return { dir: outDir, regular, missing, made: false };
  }
  mkdirSync(outDir, { recursive: true });
  const rules: string[] = [];
  for (const face of FACES) {
    const text = face.text === 'all' ? all : face.text;
    const wanted = new Set([...text].map((c) => c.codePointAt(0)!));
    for (const subset of SUBSETS) {
      const source = readFileSync(fontsourceFile(subset, face));
      const has = characterSet(source).filter((cp) => wanted.has(cp));
      for (const cp of has) wanted.delete(cp); // a character comes from one file only: no overlapping ranges
      if (has.length === 0) continue;
      const name = `source-serif-4-${face.weight}-${face.style}-${subset}.woff2`;
      // Layout features the CSS relies on: kerning, ligatures, old-style and lining figures, marks.
      const keepFeatures = ['kern', 'liga', 'calt', 'ccmp', 'locl', 'mark', 'mkmk', 'onum', 'lnum', 'pnum', 'tnum'];
      writeFileSync(join(outDir, name), await subsetFont(source, String.fromCodePoint(...has), { targetFormat: 'woff2', keepFeatures, noHinting: true }));
      rules.push(
        `@font-face {\n  font-family: '${FAMILY}';\n  font-style: ${face.style};\n  font-weight: ${face.weight};\n  font-display: swap;\n  src: url('./${name}') format('woff2');\n  unicode-range: ${unicodeRange(has)};\n}`,
      );
    }
  }
  const metrics = await fromBuffer(readFileSync(fontsourceFile('latin', FACES[0]!)));
  const { fontFaces } = createFontStack([{ ...metrics, familyName: FAMILY }, TIMES_NEW_ROMAN], { fontFaceProperties: { fontDisplay: 'swap' } });
  // The fallback face is also found under the names the free clones of Times New Roman carry.
  rules.push(fontFaces.replace(/src: ([^;]+);/, "src: $1, local('Liberation Serif'), local('Tinos');"));
  writeFileSync(join(outDir, 'fonts.css'), `/* Made by src/integrations/fonts.ts at build time: do not edit. */\n${rules.join('\n')}\n`);
  writeFileSync(stampFile, stamp);
  rmSync(cached, { recursive: true, force: true });
  cpSync(outDir, cached, { recursive: true });
  return { dir: outDir, regular, missing, made: true };
}

/** The Astro integration: makes the fonts before Vite reads the layout that imports them. */
export default function fonts(): AstroIntegration {
  return {
    name: 'dossier-fonts',
    hooks: {
      'astro:config:setup': async ({ config, logger }) => {
        const root = new URL('.', config.root).pathname;
        const started = performance.now();
        const result = await makeFonts(siteCharacters(loadDossier().characters, join(root, 'src')), join(root, 'src/generated/fonts'));
        if (result.missing.length > 0) {
          throw new Error(
            `Polices : ${result.missing.length} caractère(s) du dossier absents de Source Serif 4 et d’aucune police de repli déclarée : ${result.missing.join(', ')}.\n  → Correction : remplacez le caractère dans le texte, ou ajoutez sa plage à SYSTEM_FALLBACK (src/integrations/fonts.ts) s’il doit venir des polices du système.`,
          );
        }
        if (result.made) logger.info(`polices sous-ensemblées en ${Math.round(performance.now() - started)} ms (src/generated/fonts/)`);
      },
    },
  };
}
