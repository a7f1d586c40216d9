/**
 * The prose linter on the chapters (npm run lint:prose, part of npm test): prints each finding with
 * its file, line and fix, then each chapter's readability (mean sentence length, share of sentences
 * over 40 words, longest sentence). Exits with 1 when any finding is an error.
 *   --fix   moves note calls before the final punctuation, then lints.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { glossaryEntry } from '../src/content/schemas.ts';
import { contentDir } from '../src/utils/site.ts';
import { readYamlList } from '../src/utils/yaml-list.ts';
import { nameSpellings } from './prose/glossary-spellings.ts';
import { fixProse, lintProse } from './prose/linter.ts';

const dir = contentDir();
const names = nameSpellings(readYamlList(join(dir, 'glossaire.yaml'), glossaryEntry, 'entrée du glossaire').map((e) => e.data));
const chapters = join(dir, 'chapitres');
const files = readdirSync(chapters)
  .filter((f) => f.endsWith('.mdx'))
  .sort((a, b) => a.localeCompare(b, 'fr', { numeric: true }));

let errors = 0;
let warnings = 0;
const rows: string[][] = [];
for (const file of files) {
  const path = join(chapters, file);
  const shown = relative(process.cwd(), path);
  let text = readFileSync(path, 'utf8');
  if (process.argv.includes('--fix')) {
    const fixed = await fixProse(text, path, names);
    if (fixed !== text) writeFileSync(path, fixed);
    text = fixed;
  }
  const { messages, readability: r } = await lintProse(text, path, names);
  for (const m of messages) {
    const error = m.severity === 2;
    if (error) errors++;
    else warnings++;
    console.log(`${shown}:${m.loc.start.line}:${m.loc.start.column} ${error ? 'erreur' : 'avertissement'} ${m.message} [${m.ruleId}]`);
  }
  const pct = (x: number) => `${(x * 100).toFixed(0)} %`;
  rows.push([file.replace(/\.mdx$/, ''), String(r.sentences), r.mean.toFixed(1), pct(r.over40), String(r.max)]);
}

const head = ['chapitre', 'phrases', 'mots par phrase', '> 40 mots', 'la plus longue'];
const widths = head.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
console.log(`\nLisibilité du texte courant (notes, tableaux et titres exclus)\n${line(head)}`);
for (const row of rows) console.log(line(row));
console.log(`\n${errors} erreur(s), ${warnings} avertissement(s) dans ${files.length} chapitres.`);
if (errors > 0) {
  console.error('Le linter de prose a trouvé des erreurs (voir docs/style-maison.md) → Correction : corrigez chaque ligne signalée.');
  process.exit(1);
}
