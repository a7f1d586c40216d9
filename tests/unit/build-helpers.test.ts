/** Modules without tests of their own until now: PDF files, YAML lists, scrollable tables. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { afterEach, describe, expect, it } from 'vitest';
import { checkFrontmatter } from '../../src/content/chapter-index.ts';
import { readDossier } from '../../src/content/dossier.ts';
import { loadFigures } from '../../src/content/figures.ts';
import { loadSources } from '../../src/content/sources.ts';
import { parseYaml, readYamlList, yamlFiles } from '../../src/content/yaml-list.ts';
import { chapterPdf, pdfJobs, WHOLE_DOSSIER_PDF } from '../../src/lib/pdf-files.ts';
import { render } from './pipeline.ts';

let dir = '';
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = '';
});
const tempDir = (): string => {
  dir = mkdtempSync(join(tmpdir(), 'aides-'));
  return dir;
};

describe('pdfJobs', () => {
  it('makes one PDF per chapter of the dossier model, titled from its front matter, then the whole edition', () => {
    const { chapterTitles } = readDossier('tests/fixtures/build-ok/content');
    expect(pdfJobs(chapterTitles, 'Le dossier')).toEqual([
      { chapter: '1-essai', file: 'pdf/1-essai.pdf', title: `${chapterTitles.get('1-essai')} — Le dossier` },
      { chapter: '2-essai', file: 'pdf/2-essai.pdf', title: `${chapterTitles.get('2-essai')} — Le dossier` },
      { file: WHOLE_DOSSIER_PDF, title: 'Le dossier' },
    ]);
    expect(chapterTitles.get('1-essai')).toMatch(/\S/);
    expect(chapterPdf('3-guerre-1992-1994')).toBe('pdf/3-guerre-1992-1994.pdf');
  });
});

describe('readYamlList / yamlFiles', () => {
  const schema = z.object({ id: z.string(), n: z.number() }).strict();

  it('lists the YAML files of a folder by name, with the path shown in errors', () => {
    const root = tempDir();
    for (const name of ['b.yaml', 'a.yml', 'notes.txt']) writeFileSync(join(root, name), '');
    expect(yamlFiles(root, root)).toEqual([
      { name: 'a.yml', path: join(root, 'a.yml'), shown: 'a.yml' },
      { name: 'b.yaml', path: join(root, 'b.yaml'), shown: 'b.yaml' },
    ]);
  });

  it('keeps the line of each record', () => {
    const root = tempDir();
    writeFileSync(join(root, 'l.yaml'), '# liste\n- id: a\n  n: 1\n\n- id: b\n  n: 2\n');
    expect(readYamlList(join(root, 'l.yaml'), schema, 'élément', root)).toEqual([
      { data: { id: 'a', n: 1 }, file: 'l.yaml', line: 2 },
      { data: { id: 'b', n: 2 }, file: 'l.yaml', line: 5 },
    ]);
  });

  it('names the file, the line, the record and the field at fault, with the fix', () => {
    const root = tempDir();
    writeFileSync(join(root, 'l.yaml'), '- id: a\n  n: 1\n- id: b\n  n: deux\n');
    expect(() => readYamlList(join(root, 'l.yaml'), schema, 'élément', root)).toThrow('l.yaml:3 — élément n° 2, champ « n » : ');
    expect(() => readYamlList(join(root, 'l.yaml'), schema, 'élément', root)).toThrow('→ Correction : corrigez ce champ selon le schéma');
  });

  it('gives a YAML syntax error the same words in every data file and in front matter', () => {
    const root = tempDir();
    const broken = 'cle:\n  title: "ouvert\n';
    const block = (file: string, line: number, context = '') =>
      new RegExp(`^${file.replace('.', '\\.')}:${line} — ${context}YAML invalide : .+\n  → Correction : corrigez la syntaxe YAML à cette ligne.$`);
    for (const folder of ['sources', 'donnees']) {
      mkdirSync(join(root, folder));
      writeFileSync(join(root, folder, 'livres.yaml'), broken);
    }
    expect(() => parseYaml(broken, 'x.yaml')).toThrow(block('x.yaml', 3));
    expect(() => loadSources(join(root, 'sources'), root)).toThrow(block('sources/livres.yaml', 3));
    expect(() => loadFigures(join(root, 'donnees'), new Set(), root)).toThrow(block('donnees/livres.yaml', 3));
    expect(() => checkFrontmatter('c.mdx', broken)).toThrow(block('c.mdx', 4, 'en-tête : '));
  });

  it('refuses invalid YAML and a file that is not a list', () => {
    const root = tempDir();
    writeFileSync(join(root, 'bad.yaml'), '- id: a\n  n: [1\n');
    expect(() => readYamlList(join(root, 'bad.yaml'), schema, 'élément', root)).toThrow(/^bad\.yaml:\d+ — YAML invalide/);
    writeFileSync(join(root, 'map.yaml'), 'id: a\n');
    expect(() => readYamlList(join(root, 'map.yaml'), schema, 'élément', root)).toThrow('map.yaml:1 — le fichier doit être une liste (élément).');
  });

  it('reads an absent or empty file as no record', () => {
    const root = tempDir();
    writeFileSync(join(root, 'vide.yaml'), '# rien\n');
    expect(readYamlList(join(root, 'vide.yaml'), schema, 'élément', root)).toEqual([]);
    expect(readYamlList(join(root, 'absent.yaml'), schema, 'élément', root)).toEqual([]);
  });
});

describe('rehype-scrollable-tables, through the real pipeline', () => {
  it('wraps each table in a labelled region the keyboard reaches, numbered within the chapter', async () => {
    const table = '| Lieu | Année |\n| --- | --- |\n| Chouchi | 1992 |\n';
    const { html } = await render(`${table}\nEntre deux.\n\n${table}`, { path: 'content/chapitres/3-guerre-1992-1994.mdx' });
    const wrappers = [...html.matchAll(/<div class="tableau" tabindex="0" role="region" aria-label="([^"]*)"><table>/g)].map((m) => m[1]);
    expect(wrappers).toEqual(['Tableau 1 du chapitre 3', 'Tableau 2 du chapitre 3']);
    expect(html.match(/<table>/g)).toHaveLength(2);
    expect(html.match(/<\/table><\/div>/g)).toHaveLength(2);
  });
});
