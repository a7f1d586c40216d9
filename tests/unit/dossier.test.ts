/**
 * The dossier model (src/content/dossier.ts): the content is read once per build, whatever
 * asks for it, and read again only when a file changes; content-only cross-checks stop the
 * build before rendering, with the file, the line and the fix.
 */
import * as fs from 'node:fs';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';

/** Every readFileSync of the modules under test, counted by path. */
const reads = new Map<string, number>();
vi.mock('node:fs', async (original) => {
  const real = await original<typeof import('node:fs')>();
  const readFileSync = ((path: fs.PathOrFileDescriptor, ...rest: unknown[]) => {
    reads.set(String(path), (reads.get(String(path)) ?? 0) + 1);
    return (real.readFileSync as (...args: unknown[]) => unknown)(path, ...rest);
  }) as typeof real.readFileSync;
  return { ...real, readFileSync, default: { ...real, readFileSync } };
});

const { loadDossier, readDossier } = await import('../../src/content/dossier.ts');

const fixture = resolve('tests/fixtures/build-ok/content');
let copy = '';
afterEach(() => {
  if (copy) rmSync(copy, { recursive: true, force: true });
  copy = '';
  reads.clear();
});

function copyFixture(): string {
  copy = mkdtempSync(join(tmpdir(), 'dossier-'));
  cpSync(fixture, copy, { recursive: true });
  return copy;
}

describe('loadDossier', () => {
  it('reads every content file once, however many times it is asked', () => {
    const dir = copyFixture();
    const first = loadDossier(dir);
    for (let i = 0; i < 5; i++) expect(loadDossier(dir)).toBe(first);
    const contentReads = [...reads].filter(([path]) => path.startsWith(dir));
    expect(contentReads.length).toBeGreaterThan(4);
    expect(contentReads.filter(([, n]) => n !== 1)).toEqual([]);
    expect([...first.chapters.keys()]).toEqual(['1-essai', '2-essai']);
    expect(first.sources.has('onu-csnu-822-1993')).toBe(true);
    expect(first.chronology.map((e) => e.data.anchor)).toEqual(['resolution-822-1993']);
  });

  it('reads the folder again when a file changes (astro dev)', () => {
    const dir = copyFixture();
    const first = loadDossier(dir);
    const file = join(dir, 'chronologie', 'essai.yaml');
    writeFileSync(file, `${fs.readFileSync(file, 'utf8')}\n`);
    const second = loadDossier(dir);
    expect(second).not.toBe(first);
    expect(loadDossier(dir)).toBe(second);
  });
});

/** Reads a copy of the fixture whose chronology has one edit. */
function readWithEvent(from: string, to: string): () => unknown {
  const dir = copyFixture();
  const file = join(dir, 'chronologie', 'essai.yaml');
  const text = fs.readFileSync(file, 'utf8');
  if (!text.includes(from)) throw new Error(`fixture : « ${from} » introuvable`);
  writeFileSync(file, text.replace(from, to));
  return () => readDossier(dir, dir);
}

describe('readDossier cross-checks, before anything is rendered', () => {
  it('names the event whose anchor is not a section of its chapter', () => {
    expect(readWithEvent('anchor: resolution-822-1993', 'anchor: resolution-822')).toThrow(
      'essai.yaml:1 — l’événement du 1993-04-30 renvoie à l’ancre « resolution-822 », absente du chapitre 1-essai.\n' +
        '  → Correction : indiquez l’ancre d’un titre de section de ce chapitre',
    );
  });

  it('names the event whose chapter does not exist, and lists the chapters', () => {
    expect(readWithEvent('chapter: 1-essai', 'chapter: 1-essais')).toThrow(
      'essai.yaml:1 — l’événement du 1993-04-30 renvoie au chapitre « 1-essais », qui n’existe pas.\n' +
        '  → Correction : indiquez le nom de fichier d’un chapitre de content/chapitres/ (sans .mdx) : 1-essai, 2-essai.',
    );
  });

  it('names an unknown source key of the chronology', () => {
    expect(readWithEvent('sources: [onu-csnu-822-1993]', 'sources: [onu-csnu-822]')).toThrow('essai.yaml:1 — événement du 1993-04-30 : source inconnue « onu-csnu-822 ».');
  });
});

describe('one date rule for every date field', () => {
  it('rejects a day that does not exist in a chronology date, as in a chapter’s « updated »', () => {
    expect(readWithEvent('date: "1993-04-30"', 'date: "1993-02-30"')).toThrow(/essai\.yaml:1 — [^\n]*date inexistante/);
  });

  it('keeps accepting a year, a month and a real day, 29 February of a leap year included', async () => {
    const { partialDate } = await import('../../src/content/schemas.ts');
    for (const date of ['1993', '1993-02', '1992-02-29', '1993-04-30']) expect(partialDate.safeParse(date).success).toBe(true);
    for (const date of ['1993-02-29', '1993-04-31', '1993-13', '93-04-30']) expect(partialDate.safeParse(date).success).toBe(false);
  });
});
