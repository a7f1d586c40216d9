/**
 * rehype-typography-fr: applies French typography (Typograf, see
 * lib/typography.ts) to the text of each block, across inline elements, so
 * that « <em>Black Garden</em> » gets its no-break spaces too. Code is left alone,
 * and so is text marked in another language (`lang="en"`…): a title such as
 * « Armenia and Azerbaijan: Anatomy of a Rivalry » keeps its own typography,
 * while the French around it (guillemets, spaces) is still set.
 */
import type { Element, Root, Text } from 'hast';
import { frenchTypography } from '../lib/typography.ts';
import { isElement, isForeign } from './hast-helpers.ts';

const SKIP = new Set(['code', 'pre', 'script', 'style', 'kbd', 'samp', 'math', 'svg']);
/** Inline elements whose text runs on with their neighbours' text. */
const INLINE = new Set(['a', 'abbr', 'b', 'bdi', 'cite', 'data', 'dfn', 'em', 'i', 'mark', 'q', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'del', 'ins', 's']);
const BOUNDARY = '\uE000';

function collect(node: Element, run: Text[][], current: Text[], foreign: Set<Text>, inForeign = false): Text[] {
  for (const child of node.children) {
    if (child.type === 'text') {
      current.push(child);
      if (inForeign) foreign.add(child);
    } else if (isElement(child)) {
      if (SKIP.has(child.tagName)) continue;
      const childForeign = inForeign || isForeign(child);
      if (INLINE.has(child.tagName)) current = collect(child, run, current, foreign, childForeign);
      else {
        if (current.length) run.push(current);
        const inner: Text[] = [];
        run.push(collect(child, run, inner, foreign, childForeign));
        current = [];
      }
    }
  }
  return current;
}

export default function rehypeTypographyFr() {
  return (tree: Root): void => {
    const runs: Text[][] = [];
    const foreign = new Set<Text>();
    const root: Element = { type: 'element', tagName: 'div', properties: {}, children: tree.children.filter((c) => c.type !== 'doctype') as Element['children'] };
    const last = collect(root, runs, [], foreign);
    if (last.length) runs.push(last);
    for (const run of runs) {
      if (run.length === 0) continue;
      let marked = false; // a text holds the boundary mark itself: it loses it, as below
      const joined = run
        .map((t) => {
          if (!t.value.includes(BOUNDARY)) return t.value;
          marked = true;
          return t.value.replaceAll(BOUNDARY, '');
        })
        .join(BOUNDARY);
      const typeset = frenchTypography(joined);
      if (typeset === joined && !marked) continue; // the rules changed nothing: each text stays
      const parts = typeset.split(BOUNDARY);
      if (parts.length !== run.length) continue; // never lose text: leave a run that the rules reshaped unexpectedly
      run.forEach((t, i) => {
        // Text in another language runs with its French neighbours (so that « and » get their spaces) but keeps its own.
        if (!foreign.has(t)) t.value = parts[i]!;
      });
    }
  };
}
