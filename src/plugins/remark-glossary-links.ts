/**
 * remark-glossary-links: the first mention of a glossary term in a chapter's
 * text links to its entry on /glossaire/ (the glossary decides, not the
 * author). Other spellings are not written into the page: search rewrites a
 * query typed in any spelling to the dossier's own (see
 * src/scripts/search-spellings.ts). The ids it links are recorded in the
 * file's front-matter data (`glossaryLinks`): the glossary lists, for each
 * entry, the chapters that link it. Every later mention is marked too
 * (`<span data-terme>`, no style, no link): the index of names of the printed
 * dossier gives the pages of all mentions from these marks and from the links.
 */
import type { Emphasis, Link, Parent, PhrasingContent, Root, RootContent, Text } from 'mdast';
import type { VFile } from 'vfile';
import { SKIP, walk } from './tree-walk.ts';

export interface GlossaryTerm {
  id: string;
  /** Forms that the chapters' text may use (the dossier's spelling first). */
  forms: string[];
}

export interface GlossaryLinksOptions {
  terms: readonly GlossaryTerm[];
  href: (id: string) => string;
}

const SKIPPED = new Set(['heading', 'link', 'linkReference', 'footnoteDefinition', 'inlineCode', 'code', 'mdxJsxFlowElement', 'mdxJsxTextElement', 'tableCell', 'yaml']);

export interface CompiledTerms {
  pattern: RegExp;
  /** The term of each form. */
  termOf: ReadonlyMap<string, GlossaryTerm>;
}

/**
 * All the terms' forms in one pattern, longest first, so that one search per text finds what
 * trying each term in turn would: the earliest mention, the longest form at that place, and for
 * a form that two terms share, the term listed first. Whole words only.
 */
export function compileTerms(terms: readonly GlossaryTerm[]): CompiledTerms | undefined {
  const termOf = new Map<string, GlossaryTerm>();
  for (const term of terms) {
    for (const form of term.forms) if (!termOf.has(form)) termOf.set(form, term);
  }
  if (termOf.size === 0) return undefined;
  // A stable sort: forms of the same length keep the terms' order.
  const forms = [...termOf.keys()].sort((a, b) => b.length - a.length);
  const alternation = forms.map((f) => f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}-])(?:${alternation})(?![\\p{L}\\p{N}-])`, 'u');
  return { pattern, termOf };
}

export default function remarkGlossaryLinks(options: GlossaryLinksOptions) {
  const compiled = compileTerms(options.terms);
  return (tree: Root, file: VFile): void => {
    const linked = new Set<GlossaryTerm>();
    if (compiled)
      walk<RootContent>(tree, (node, index, parent) => {
        if (SKIPPED.has(node.type)) return SKIP;
        if (node.type !== 'text') return undefined;
        const text = node;
        const found = compiled.pattern.exec(text.value);
        if (!found) return undefined;
        const best = { at: found.index, length: found[0].length };
        const term = compiled.termOf.get(found[0])!;
        const children: Text[] = [{ type: 'text', value: text.value.slice(best.at, best.at + best.length) }];
        let mark: Link | Emphasis;
        if (linked.has(term)) {
          // A later mention: a bare span for the printed index (an mdast node renamed for HTML).
          mark = { type: 'emphasis', children, data: { hName: 'span', hProperties: { dataTerme: term.id } } };
        } else {
          linked.add(term);
          mark = {
            type: 'link',
            url: options.href(term.id),
            children,
            // Known by its address alone (/glossaire/#id): the style and the printed index read it there.
          };
        }
        const out: PhrasingContent[] = [];
        if (best.at > 0) out.push({ type: 'text', value: text.value.slice(0, best.at) });
        out.push(mark);
        const rest = text.value.slice(best.at + best.length);
        if (rest) out.push({ type: 'text', value: rest });
        (parent as Parent).children.splice(index, 1, ...out);
        // Look again at the rest of the text for the other terms.
        return index + out.length - (rest ? 1 : 0);
      });
    const data = file.data as { astro?: { frontmatter?: Record<string, unknown> } };
    data.astro ??= {};
    data.astro.frontmatter ??= {};
    data.astro.frontmatter['glossaryLinks'] = [...linked].map((t) => t.id);
  };
}
