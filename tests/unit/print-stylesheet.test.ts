import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { printStylesheet } from '../../src/lib/print.ts';

const styles = new URL('../../src/styles/', import.meta.url);
const layerOrder = readFileSync(new URL('layers.css', styles), 'utf8');
const authored = readFileSync(new URL('print.css', styles), 'utf8');
const sheet = printStylesheet(layerOrder, authored, [{ name: 'chapitre-3', head: 'Chapitre 3 · La guerre (1992–1994)' }]);

/** The top-level blocks and statements of a minified sheet, by brace depth. */
function topLevel(css: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < css.length; i++) {
    const c = css[i];
    if (c === '{') depth++;
    if (c === '}') depth--;
    if (depth === 0 && (c === '}' || c === ';')) {
      parts.push(css.slice(start, i + 1));
      start = i + 1;
    }
  }
  return parts;
}

/** Every style rule (selector list and declarations) that holds no other block. */
function innermostRules(css: string): { selector: string; body: string }[] {
  return Array.from(css.matchAll(/([^{};]+)\{([^{}]*)\}/g), (m) => ({ selector: m[1] ?? '', body: m[2] ?? '' }));
}

describe('printStylesheet', () => {
  it('opens with the layer order and keeps every rule in the last layer, print', () => {
    const [order, ...blocks] = topLevel(sheet);
    expect(order).toBe('@layer reset,tokens,base,layout,components,prose,utilities,print;');
    expect(blocks.length).toBeGreaterThan(0);
    for (const block of blocks) expect(block.startsWith('@layer print{')).toBe(true);
  });

  it('needs !important only against the PDF engine’s own rules, outside every layer', () => {
    const important = innermostRules(sheet).filter((r) => r.body.includes('!important'));
    expect(important.map((r) => `${r.selector}{${r.body.match(/[a-z-]+:[^;]*!important/g)?.join(';')}}`)).toEqual([
      '.note-de-page::footnote-call{content:none!important}',
      '.note-de-page::footnote-marker{content:none!important}',
      ':root[data-mise-en-page] .prose :is(td,th,figcaption,figcaption *){text-align-last:auto!important}',
    ]);
  });

  it('keeps one selector per rule where the PDF engine reads the rule itself', () => {
    const engineRules = innermostRules(sheet).filter((r) => /float:footnote|target-counter\(|::footnote-(call|marker)/.test(r.selector + r.body));
    expect(engineRules.map((r) => r.selector)).toEqual([
      '.note-de-page',
      '.note-de-page::footnote-call',
      '.note-de-page::footnote-marker',
      '.sommaire li>a::after',
      '.toc li>a::after',
      'a.renvoi::after',
    ]);
  });

  it('ends with the running heads, a named page per part', () => {
    expect(sheet).toContain('@layer print{[data-print-page=chapitre-3]{page:chapitre-3}@page chapitre-3:right{@top-right{content:"Chapitre 3 · La guerre (1992–1994)";');
  });
});
