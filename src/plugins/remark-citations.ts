/**
 * remark-citations: turns `[@key, locator]` inside footnote definitions into
 * French citations linked to the bibliography, and checks the notes.
 *
 * - first citation of a source in the file: full form; later: short form
 *   (« op. cit. »); the same source as the citation just before: « Ibid. »;
 * - errors (file, line, fix): unknown key (closest key suggested), a citation
 *   outside a note, a note call without definition, a definition never called,
 *   a note that cites no source;
 * - exposes `citations` (key → note numbers) and `noteCount` in the file's
 *   frontmatter data so that /sources/ can list backlinks.
 */
import { closest } from 'fastest-levenshtein';
import type { FootnoteDefinition, Link, PhrasingContent, Root, Text } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import type { Source } from '../content/schemas.ts';
import { type CitationForm, citation, type Segment } from '../utils/cite.ts';
import { ContentError } from '../utils/errors.ts';
import { fileLabel } from './file-label.ts';

export interface CitationsOptions {
  /** The bibliography, by key. */
  sources: ReadonlyMap<string, { data: Source }>;
  /** Where a citation links to: a function of the key. */
  href: (key: string) => string;
}

export interface CitationRecord {
  key: string;
  /** Note number as the reader sees it (order of first call). */
  note: number;
  /** id of the note element in the page. */
  noteId: string;
}

/** `[@key]` or `[@key, p. 171]`. */
export const CITATION = /\[@([^\s,\];]+)(?:,\s*([^\]]+?))?\s*\]/g;
const UNDEFINED_CALL = /\[\^([^\]\s]+)\]/;

export function noteId(identifier: string): string {
  return `fn-${encodeURIComponent(identifier.toLowerCase())}`;
}

function segmentsToMdast(segments: Segment[]): PhrasingContent[] {
  return segments.map((s) => (s.em ? { type: 'emphasis', children: [{ type: 'text', value: s.text }] } : { type: 'text', value: s.text }));
}

/** Whether the citation just added ends with a full stop (« op. cit. », « Ibid. », « et al. »). */
function endsWithStop(nodes: PhrasingContent[]): boolean {
  const lastLink = [...nodes].reverse().find((n): n is Link => n.type === 'link');
  if (!lastLink || nodes.at(-1) !== lastLink) return false;
  const lastChild = lastLink.children.at(-1);
  const text =
    lastChild?.type === 'text' ? lastChild.value : lastChild?.type === 'emphasis' && lastChild.children.at(-1)?.type === 'text' ? (lastChild.children.at(-1) as Text).value : '';
  return text.endsWith('.');
}

/** Adds text after a citation; « op. cit. » and « Ibid. » end with a full stop, which the author's own stop must not double. */
function pushText(out: PhrasingContent[], text: string): void {
  const value = text.startsWith('.') && endsWithStop(out) ? text.slice(1) : text;
  if (value) out.push({ type: 'text', value });
}

export default function remarkCitations(options: CitationsOptions) {
  const keys = [...options.sources.keys()];
  return (tree: Root, file: VFile): void => {
    const where = fileLabel(file);
    const definitions = new Map<string, FootnoteDefinition>();
    const order: string[] = [];

    visit(tree, (node, _index, parent) => {
      if (node.type === 'footnoteDefinition') {
        definitions.set(node.identifier, node);
        return SKIP;
      }
      if (node.type === 'footnoteReference') {
        if (!order.includes(node.identifier)) order.push(node.identifier);
      }
      if (node.type === 'text') {
        const call = UNDEFINED_CALL.exec(node.value);
        if (call) {
          throw new ContentError(
            where,
            node.position?.start.line,
            `appel de note [^${call[1]}] sans définition.`,
            `ajoutez en fin de fichier une ligne « [^${call[1]}]: … [@clé-de-source] ».`,
          );
        }
        CITATION.lastIndex = 0;
        if (CITATION.test(node.value) && parent?.type !== 'footnoteDefinition') {
          throw new ContentError(where, node.position?.start.line, 'citation [@…] hors d’une note.', 'placez la citation dans une note de bas de page (« [^n]: [@clé] »).');
        }
      }
      return undefined;
    });

    for (const [id, def] of definitions) {
      if (!order.includes(id)) {
        throw new ContentError(
          where,
          def.position?.start.line,
          `la note [^${def.label ?? id}] est définie mais jamais appelée.`,
          `appelez-la dans le texte avec [^${def.label ?? id}] ou supprimez sa définition.`,
        );
      }
    }

    const cited = new Set<string>();
    let previousKey: string | undefined;
    const records: CitationRecord[] = [];

    order.forEach((identifier, index) => {
      const def = definitions.get(identifier);
      if (!def) return; // a reference without definition is parsed as text and reported above
      const number = index + 1;
      let count = 0;
      visit(def, 'text', (node: Text, position, parent) => {
        if (!parent || position === undefined) return undefined;
        const out: PhrasingContent[] = [];
        let last = 0;
        CITATION.lastIndex = 0;
        for (let m = CITATION.exec(node.value); m; m = CITATION.exec(node.value)) {
          const [whole, key = '', locator] = m;
          const entry = options.sources.get(key);
          if (!entry) {
            const guess = keys.length > 0 ? closest(key, keys) : undefined;
            throw new ContentError(
              where,
              node.position?.start.line,
              `source inconnue « ${key} » dans la note [^${def.label ?? identifier}].`,
              guess ? `vouliez-vous dire « ${guess} » ? Sinon, ajoutez la source à content/sources/.` : 'ajoutez la source à content/sources/.',
            );
          }
          pushText(out, node.value.slice(last, m.index));
          const form: CitationForm = previousKey === key ? 'ibid' : cited.has(key) ? 'short' : 'full';
          const link: Link = {
            type: 'link',
            url: options.href(key),
            children: segmentsToMdast(citation(entry.data, form, locator?.trim())),
            data: { hProperties: { className: ['citation'], dataSource: key, dataForm: form } },
          };
          out.push(link);
          if (form === 'full' && entry.data.url) {
            // The address goes into the note itself for print, where the link cannot be followed.
            out.push({
              type: 'emphasis',
              data: { hName: 'span', hProperties: { className: ['print-only', 'citation-url'] } },
              children: [{ type: 'text', value: `, ${entry.data.url}` }],
            });
          }
          cited.add(key);
          previousKey = key;
          records.push({ key, note: number, noteId: noteId(identifier) });
          count += 1;
          last = m.index + whole.length;
        }
        if (last === 0) return undefined;
        pushText(out, node.value.slice(last));
        parent.children.splice(position, 1, ...out);
        return position + out.length;
      });
      if (count === 0) {
        throw new ContentError(
          where,
          def.position?.start.line,
          `la note [^${def.label ?? identifier}] ne cite aucune source.`,
          'ajoutez au moins une citation [@clé] tirée de content/sources/.',
        );
      }
    });

    const data = file.data as { astro?: { frontmatter?: Record<string, unknown> } };
    data.astro ??= {};
    data.astro.frontmatter ??= {};
    data.astro.frontmatter['citations'] = records;
    data.astro.frontmatter['noteCount'] = order.length;
  };
}
