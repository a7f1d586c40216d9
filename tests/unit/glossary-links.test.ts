import { describe, expect, it } from 'vitest';
import { compileTerms, type GlossaryTerm } from '../../src/plugins/remark-glossary-links.ts';

/** What the plugin did before its one pattern: each term's pattern tried in turn on the text. */
function termByTerm(terms: readonly GlossaryTerm[], text: string): string[] {
  const found: string[] = [];
  let rest = text;
  for (;;) {
    let best: { at: number; length: number; id: string } | undefined;
    for (const t of terms) {
      const forms = [...t.forms].sort((a, b) => b.length - a.length);
      const m = new RegExp(`(?<![\\p{L}\\p{N}-])(?:${forms.join('|')})(?![\\p{L}\\p{N}-])`, 'u').exec(rest);
      if (m && (!best || m.index < best.at || (m.index === best.at && m[0].length > best.length))) {
        best = { at: m.index, length: m[0].length, id: t.id };
      }
    }
    if (!best) return found;
    found.push(`${best.id}:${rest.slice(best.at, best.at + best.length)}`);
    rest = rest.slice(best.at + best.length);
  }
}

function oneSearch(terms: readonly GlossaryTerm[], text: string): string[] {
  const compiled = compileTerms(terms);
  const found: string[] = [];
  let rest = text;
  for (let m = compiled?.pattern.exec(rest); compiled && m; m = compiled.pattern.exec(rest)) {
    found.push(`${compiled.termOf.get(m[0])?.id}:${m[0]}`);
    rest = rest.slice(m.index + m[0].length);
  }
  return found;
}

const terms: GlossaryTerm[] = [
  { id: 'karabagh', forms: ['Karabagh', 'Karabakh'] },
  { id: 'haut-karabagh', forms: ['Haut-Karabagh', 'Nagorno-Karabakh', 'Karabagh'] },
  { id: 'bakou', forms: ['Bakou', 'Baku'] },
  { id: 'choucha', forms: ['Choucha', 'Chouchi', 'Shusha'] },
  { id: 'chouchi', forms: ['Chouchi'] },
];

describe('glossary terms in one pattern', () => {
  const texts = [
    'Le Haut-Karabagh et le Karabagh, de Bakou à Choucha.',
    'Chouchi (Choucha) puis Bakou, Baku, Karabakh.',
    'Karabaghs, Bakou-ville et anti-Bakou ne sont pas des mentions ; Bakou, si.',
    'Rien ici.',
    '',
  ];
  it('finds the earliest mention, its longest form, and for a shared form the term listed first', () => {
    expect(oneSearch(terms, texts[0]!)).toEqual(['haut-karabagh:Haut-Karabagh', 'karabagh:Karabagh', 'bakou:Bakou', 'choucha:Choucha']);
    expect(oneSearch(terms, texts[1]!)).toEqual(['choucha:Chouchi', 'choucha:Choucha', 'bakou:Bakou', 'bakou:Baku', 'karabagh:Karabakh']);
    expect(oneSearch(terms, texts[2]!)).toEqual(['bakou:Bakou']);
  });
  it('finds what trying each term in turn finds', () => {
    for (const text of texts) expect(oneSearch(terms, text)).toEqual(termByTerm(terms, text));
  });
  it('has no pattern without forms', () => {
    expect(compileTerms([{ id: 'vide', forms: [] }])).toBeUndefined();
  });
});
