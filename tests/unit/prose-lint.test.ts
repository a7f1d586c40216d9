/**
 * The prose linter (scripts/prose/) on small MDX fixtures (tests/fixtures/prose/), through the real
 * textlint kernel and textlint-plugin-mdx: every finding asserted as « ligne:colonne règle message ».
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nameSpellings } from '../../scripts/prose/glossary-spellings.ts';
import { fixProse, lintProse } from '../../scripts/prose/linter.ts';
import { countWords, splitSentences } from '../../scripts/prose/text.ts';
import { glossaryEntry } from '../../src/content/schemas.ts';
import { readYamlList } from '../../src/utils/yaml-list.ts';

const dir = join('tests', 'fixtures', 'prose');
const names = nameSpellings(readYamlList(join(dir, 'glossaire.yaml'), glossaryEntry, 'entrée du glossaire').map((e) => e.data));
const fixture = (name: string) => readFileSync(join(dir, `${name}.mdx`), 'utf8');

/** Findings as the command line prints them: line, column (textlint counts from 1), severity, rule, message. */
async function findings(name: string): Promise<string[]> {
  const { messages } = await lintProse(fixture(name), join(dir, `${name}.mdx`), names);
  return messages.map((m) => `${m.loc.start.line}:${m.loc.start.column} ${m.severity === 2 ? 'erreur' : 'avertissement'} [${m.ruleId}] ${m.message}`);
}

describe('sentences and words', () => {
  it('counts « 30 000 » as one number and elided words as one, not dashes', () => {
    expect(countWords('L’armée compte 30 000 hommes — au moins.')).toBe(6);
  });
  it('splits after a final stop followed by a capital, not after an abbreviation or inside a quotation', () => {
    const text = 'M. Aliev dit « Que faire ? » puis part. Voir p. 6 et av. J.-C. Le 3 mai, fin ! « Oui. » Non.';
    expect(splitSentences(text).map((s) => s.text)).toEqual(['M. Aliev dit « Que faire ? » puis part.', 'Voir p. 6 et av. J.-C. Le 3 mai, fin !', '« Oui. »', 'Non.']);
  });
});

describe('prose linter', () => {
  it('warns above 45 words and errs above 60, in body prose only (not tables, not notes)', async () => {
    expect(await findings('phrases')).toEqual([
      '5:16 avertissement [phrase-longue] phrase de 46 mots (plus de 45) : « Voici une phrase de quarante-six mots… » → Correction : coupez-la en phrases d’une idée chacune.',
      '7:1 erreur [phrase-trop-longue] phrase de 61 mots (plus de 60) : « M. Aliev annonce « Que faire… » → Correction : coupez-la en phrases d’une idée chacune.',
    ]);
    const { readability } = await lintProse(fixture('phrases'), 'phrases.mdx', names);
    expect(readability).toEqual({ sentences: 4, mean: 27.75, over40: 0.5, max: 61 });
  });

  it('finds note calls after the final punctuation, and moves them', async () => {
    expect(await findings('appels')).toEqual([
      '5:44 erreur [appel-de-note] appel de note après la ponctuation finale « .[^2] » → Correction : « [^2]. ».',
      '5:62 erreur [appel-de-note] appel de note après la ponctuation finale « ?[^3] » → Correction : « [^3] ? ».',
      '7:68 erreur [appel-de-note] appel de note après la ponctuation finale « .[^5][^6] » → Correction : « [^5][^6]. ».',
    ]);
    const fixed = await fixProse(fixture('appels'), 'appels.mdx', names);
    expect(fixed.split('\n').slice(4, 7)).toEqual([
      'Un appel bien placé[^1]. Un appel mal placé[^2]. Une question[^3] ?',
      '',
      'Une citation qui s’exclame : « Assez ! »[^4] Deux appels à la suite[^5][^6].',
    ]);
    expect(fixed).toContain('[^1]: Une note.[^7] Dans les notes');
  });

  it('refuses the dossier’s own process, in the text and the notes, and Wikipedia in the body, headings included (notes and tables may cite it)', async () => {
    const fix = 'dites ce que l’on sait et qui le dit, sans parler du dossier ni de ses recherches.';
    const wiki = 'énoncez le fait ; s’il faut l’attribuer, nommez l’auteur ou l’organisme que cite l’article, et laissez l’article dans la note.';
    expect(await findings('recit')).toEqual([
      `5:15 erreur [wikipedia-dans-le-texte] « Wikipédia » nommé dans le texte → Correction : ${wiki}`,
      `7:17 erreur [recit-du-dossier] le texte raconte le travail du dossier (le dossier se nomme lui-même) : « le dossier » → Correction : ${fix}`,
      `7:32 erreur [recit-du-dossier] le texte raconte le travail du dossier (une vérification racontée) : « pas pu recouper » → Correction : ${fix}`,
      `7:78 erreur [recit-du-dossier] le texte raconte le travail du dossier (les sources consultées) : « sources consultées » → Correction : ${fix}`,
      `9:1 erreur [recit-du-dossier] le texte raconte le travail du dossier (la première personne) : « Nous » → Correction : ${fix}`,
      `11:7 erreur [wikipedia-dans-le-texte] « Wikipedia » nommé dans le texte → Correction : ${wiki}`,
      `17:7 erreur [recit-du-dossier] le texte raconte le travail du dossier (le dossier se nomme lui-même) : « Le dossier » → Correction : ${fix}`,
      `17:22 erreur [recit-du-dossier] le texte raconte le travail du dossier (une vérification racontée) : « pas pu relire » → Correction : ${fix}`,
    ]);
  });

  it('checks the glossary’s spellings: the other name once, in the pair at the first mention, no other spelling; organisations left out', async () => {
    expect(await findings('graphies')).toEqual([
      '5:53 erreur [graphies-du-glossaire] « Khankendi » hors de la paire de première mention → Correction : « Stepanakert » ; l’autre nom ne se donne qu’une fois, dans la paire « Stepanakert / Khankendi ».',
      '7:26 erreur [graphies-du-glossaire] paire « Stepanakert / Khankendi » déjà donnée ligne 5 → Correction : écrivez « Stepanakert » seul.',
      '7:63 erreur [graphies-du-glossaire] « Karvachar » hors de la paire de première mention → Correction : « Kelbajar » ; l’autre nom ne se donne qu’une fois, dans la paire « Kelbajar / Karvachar ».',
      '7:103 erreur [graphies-du-glossaire] graphie à éviter « Lachin » → Correction : « Latchine » (glossaire, entrée « latchine »).',
      '9:40 erreur [graphies-du-glossaire] graphie à éviter « Suleyman Demirel » → Correction : « Süleyman Demirel » (glossaire, entrée « suleyman-demirel »).',
      '9:67 erreur [graphies-du-glossaire] graphie à éviter « Kalbajar » → Correction : « Kelbajar » (glossaire, entrée « kelbajar »).',
      '11:45 erreur [graphies-du-glossaire] paire « Latchine / Berdzor » après la première mention de « Latchine » (ligne 11) → Correction : donnez la paire ligne 11, puis « Latchine » seul.',
    ]);
  });

  it('lints the prose inside a JSX box, not a block quotation', async () => {
    const text = '<Encadre titre="À retenir">\n\nSelon Wikipédia, la ville tombe[^1].\n\n</Encadre>\n\n> Wikipédia, cité.\n\n[^1]: [@essai].\n';
    const { messages } = await lintProse(text, 'encadre.mdx', names);
    expect(messages.map((m) => `${m.loc.start.line}:${m.loc.start.column} [${m.ruleId}]`)).toEqual(['3:7 [wikipedia-dans-le-texte]']);
  });

  it('generates the spellings from the glossary: places and persons, other names and surnames left out', () => {
    expect(names).toEqual([
      { id: 'stepanakert', term: 'Stepanakert', paired: ['Khankendi'], avoid: ['Xankəndi', 'Khankend'] },
      { id: 'kelbajar', term: 'Kelbajar', paired: ['Karvachar', 'Kelbadjar'], avoid: ['Kalbajar', 'Kəlbəcər', 'Karvatchar'] },
      { id: 'latchine', term: 'Latchine', paired: ['Berdzor'], avoid: ['Lachin', 'Laçın'] },
      { id: 'gandja', term: 'Gandja', paired: ['Gandzak'], avoid: ['Ganja', 'Gəncə'] },
      { id: 'suleyman-demirel', term: 'Süleyman Demirel', paired: [], avoid: ['Suleyman Demirel'] },
    ]);
  });
});

describe('npm run lint:prose', () => {
  it('prints each finding with file, line and fix, then each chapter’s readability, and fails on an error', () => {
    const run = spawnSync(process.execPath, ['--disable-warning=ExperimentalWarning', 'scripts/lint-prose.ts'], {
      encoding: 'utf8',
      env: { ...process.env, CONTENT_DIR: join('tests', 'fixtures', 'prose-site') },
    });
    expect(run.status).toBe(1);
    expect(run.stdout.trim().split('\n')).toEqual([
      'tests/fixtures/prose-site/chapitres/2-fautes.mdx:5:7 erreur « Wikipédia » nommé dans le texte → Correction : énoncez le fait ; s’il faut l’attribuer, nommez l’auteur ou l’organisme que cite l’article, et laissez l’article dans la note. [wikipedia-dans-le-texte]',
      'tests/fixtures/prose-site/chapitres/2-fautes.mdx:5:18 erreur graphie à éviter « Lachin » → Correction : « Latchine » (glossaire, entrée « latchine »). [graphies-du-glossaire]',
      'tests/fixtures/prose-site/chapitres/2-fautes.mdx:5:45 erreur appel de note après la ponctuation finale « .[^1] » → Correction : « [^1]. ». [appel-de-note]',
      '',
      'Lisibilité du texte courant (notes, tableaux et titres exclus)',
      'chapitre  phrases  mots par phrase  > 40 mots  la plus longue',
      '1-propre        3              6.3        0 %               9',
      '2-fautes        1              8.0        0 %               8',
      '',
      '3 erreur(s), 0 avertissement(s) dans 2 chapitres.',
    ]);
    expect(run.stderr).toContain('Le linter de prose a trouvé des erreurs (voir docs/style-maison.md)');
  });
});
