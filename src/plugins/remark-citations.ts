/**
 * remark-citations: turns `[@key, locator]` inside footnote definitions into
 * French citations linked to the bibliography, and checks the notes.
 *
 * - first citation of a source in the file: full form; later: short form
 *   (« op. cit. »); the same source as the citation just before: « Ibid. »;
 * - errors (file, line, fix): unknown key (closest key suggested), a citation
 *   outside a note, a note call without definition, a definition never called,
 *   a note that cites no source;
 * - after each citation of a source tied to a party or relaying another
 *   publisher, a short label (« presse arménienne », « relais de Reuters »)
 *   that previews, sidenotes and print copy with the note;
 * - sourcing rules (lib/sourcing.ts): a note resting only on relays, or only
 *   on one party's sources without attribution, is a warning, or an error when
 *   `sourcing` is « erreur » (src/content/sourcing-rules.ts);
 * - the printed address of a source is not written here: the print edition
 *   adds it after each full form (lib/citation-addresses.ts, from the records);
 * - exposes `citations` (key, note, form of each citation), `notes` (each note's keys and
 *   whether it attributes its claim), `wikipediaMentions` (lines where the
 *   text names Wikipedia) and `noteCount` in the file's
 *   frontmatter data, for /sources/ and `npm run sources`.
 */
import { closest } from 'fastest-levenshtein';
import type { FootnoteDefinition, Link, PhrasingContent, Root, RootContent, Text } from 'mdast';
import { toString as mdastToString } from 'mdast-util-to-string';
import type { VFile } from 'vfile';
import { ContentError } from '../content/errors.ts';
import type { Source } from '../content/schemas.ts';
import { type CitationForm, citation, type Segment } from '../lib/cite.ts';
import type { CitationRecord } from '../lib/facts.ts';
import { checkNote, isAttributed, type NoteRecord } from '../lib/sourcing.ts';
import { standingLabel } from '../lib/standing.ts';
import { fileLabel } from './file-label.ts';
import { SKIP, walk } from './tree-walk.ts';

export interface CitationsOptions {
  /** The bibliography, by key. */
  sources: ReadonlyMap<string, { data: Source }>;
  /** Where a citation links to: a function of the key. */
  href: (key: string) => string;
  /** Whether the sourcing rules warn (default) or stop the build. */
  sourcing?: 'avertissement' | 'erreur';
  /** Where warnings go (the build's console by default). */
  warn?: (message: string) => void;
}

/** `[@key]` or `[@key, p. 171]`. */
export const CITATION = /\[@([^\s,\];]+)(?:,\s*([^\]]+?))?\s*\]/g;
const UNDEFINED_CALL = /\[\^([^\]\s]+)\]/;

export function noteId(identifier: string): string {
  return `fn-${encodeURIComponent(identifier.toLowerCase())}`;
}

function segmentsToMdast(segments: Segment[]): PhrasingContent[] {
  return segments.map((s): PhrasingContent => {
    const text: Text = { type: 'text', value: s.text };
    if (s.em) return { type: 'emphasis', children: [text], ...(s.lang ? { data: { hProperties: { lang: s.lang } } } : {}) };
    // A title in another language: a span that carries its language (and keeps its own typography).
    return s.lang ? { type: 'emphasis', data: { hName: 'span', hProperties: { lang: s.lang } }, children: [text] } : text;
  });
}

/** The sentence around each call of a note, in the paragraph that holds it. */
function callingSentence(siblings: readonly RootContent[], index: number): string {
  const before = siblings
    .slice(0, index)
    .map((n) => mdastToString(n))
    .join('');
  const after = siblings
    .slice(index + 1)
    .map((n) => mdastToString(n))
    .join('');
  const start = before.search(/[.!?…]\s[^.!?…]*$/);
  const end = after.search(/[.!?…](\s|$)/);
  return `${start < 0 ? before : before.slice(start + 1)} ${end < 0 ? after : after.slice(0, end)}`;
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
    const sentences = new Map<string, string[]>();
    // Lines where the text itself names Wikipedia (« d’après Wikipédia »), citations left out.
    const wikipediaMentions: number[] = [];
    walk<RootContent>(tree, (node) => {
      if (node.type !== 'text') return undefined;
      const count = node.value.replace(CITATION, ' ').match(/wikip[eé]dia/gi)?.length ?? 0;
      for (let i = 0; i < count; i += 1) wikipediaMentions.push(node.position?.start.line ?? 0);
      return undefined;
    });

    walk<RootContent>(tree, (node, at, parent) => {
      if (node.type === 'footnoteDefinition') {
        definitions.set(node.identifier, node);
        return SKIP;
      }
      if (node.type === 'footnoteReference') {
        if (!order.includes(node.identifier)) order.push(node.identifier);
        const list = sentences.get(node.identifier) ?? [];
        list.push(callingSentence(parent.children as RootContent[], at));
        sentences.set(node.identifier, list);
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
    const notes: NoteRecord[] = [];

    order.forEach((identifier, index) => {
      const def = definitions.get(identifier);
      if (!def) return; // a reference without definition is parsed as text and reported above
      const number = index + 1;
      let count = 0;
      const keysOfNote: string[] = [];
      // The note's own words, citations left out: they may attribute the claim (« selon Bakou, … »).
      const words = mdastToString(def).replace(CITATION, ' ');
      walk<RootContent>(def, (node, position, parent) => {
        if (node.type !== 'text') return undefined;
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
            // Known as a citation by its address (/sources/#key): no class repeated on every link.
            children: segmentsToMdast(citation(entry.data, form, locator?.trim())),
          };
          out.push(link);
          // The label follows every citation, except an « Ibid. » in the same note, which would repeat it.
          const label = form === 'ibid' && keysOfNote.length > 0 ? undefined : standingLabel(entry.data);
          if (label) {
            out.push({
              type: 'emphasis',
              data: { hName: 'span', hProperties: { className: ['voix-source'] } },
              children: [{ type: 'text', value: ` (${label})` }],
            });
          }
          cited.add(key);
          previousKey = key;
          records.push({ key, note: number, noteId: noteId(identifier), form });
          keysOfNote.push(key);
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
      const attributed = isAttributed(words) || (sentences.get(identifier) ?? []).some(isAttributed);
      notes.push({ note: number, label: def.label ?? identifier, noteId: noteId(identifier), line: def.position?.start.line, keys: keysOfNote, attributed });
    });

    const warn = options.warn ?? ((message: string) => console.warn(message));
    for (const finding of notes.flatMap((n) => checkNote(n, options.sources))) {
      const error = new ContentError(where, finding.note.line, finding.problem, finding.fix);
      if (options.sourcing === 'erreur') throw error;
      warn(`avertissement (sources) — ${error.message}`);
    }

    const data = file.data as { astro?: { frontmatter?: Record<string, unknown> } };
    data.astro ??= {};
    data.astro.frontmatter ??= {};
    data.astro.frontmatter['citations'] = records;
    data.astro.frontmatter['notes'] = notes;
    data.astro.frontmatter['wikipediaMentions'] = wikipediaMentions;
    data.astro.frontmatter['noteCount'] = order.length;
  };
}
