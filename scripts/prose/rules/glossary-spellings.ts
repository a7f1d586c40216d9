/**
 * One spelling per place and person, the glossary's (`term`). The other side's name appears once per
 * chapter, in the pair « Stepanakert / Khankendi » (the dossier's form first) given at the term's
 * first mention in a paragraph; every other spelling of the glossary is an error. Quotations « … »
 * and italics (titles, foreign words) keep their own spelling. The table comes from `nameSpellings()` (glossary-spellings.ts).
 */
import type { TextlintRuleReporter } from '@textlint/types';
import type { NameSpellings } from '../glossary-spellings.ts';
import { escapeRegExp, isQuoted, proseBlocks, proseText } from '../text.ts';
import { reportRange } from './report.ts';

export interface GlossarySpellingsOptions {
  names: NameSpellings[];
}

type FormKind = 'term' | 'paired' | 'avoid';

export const glossarySpellings: TextlintRuleReporter<GlossarySpellingsOptions> = (context, options) => {
  const names = options?.names ?? [];
  const byForm = new Map<string, { name: NameSpellings; kind: FormKind }>();
  for (const name of names) {
    for (const form of name.avoid) if (!byForm.has(form)) byForm.set(form, { name, kind: 'avoid' });
    for (const form of name.paired) byForm.set(form, { name, kind: 'paired' });
  }
  // The terms that have a pair: their first mention is where the pair belongs.
  for (const name of names) if (name.paired.length > 0 && !byForm.has(name.term)) byForm.set(name.term, { name, kind: 'term' });
  const forms = [...byForm.keys()].sort((a, b) => b.length - a.length);
  const pattern = forms.length > 0 ? new RegExp(`(?<![\\p{L}\\p{N}\\-])(?:${forms.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}\\-])`, 'gu') : null;
  return {
    Document(node) {
      if (!pattern) return;
      const source = context.getSource();
      const lineOf = (offset: number) => source.slice(0, offset).split('\n').length;
      /** Entry id → source offset of the term's first mention in a paragraph of this chapter. */
      const firstMention = new Map<string, number>();
      /** Entry id → line of its pair in this chapter. */
      const pairs = new Map<string, number>();
      for (const block of proseBlocks(node)) {
        const prose = proseText(block);
        for (const m of prose.text.matchAll(pattern)) {
          const end = m.index + m[0].length;
          if (isQuoted(prose, m.index, end)) continue;
          const { name, kind } = byForm.get(m[0])!;
          const start = prose.offsets[m.index]!;
          const stop = prose.offsets[end - 1]! + 1;
          if (kind === 'term') {
            if (block.type !== 'Header' && !firstMention.has(name.id)) firstMention.set(name.id, start);
            continue;
          }
          if (kind === 'avoid') {
            reportRange(context, block, start, stop, `graphie à éviter « ${m[0]} » → Correction : « ${name.term} » (glossaire, entrée « ${name.id} »).`);
            continue;
          }
          const prefix = new RegExp(`${escapeRegExp(name.term)}[ \\u00a0]?/[ \\u00a0]?$`, 'u').exec(prose.text.slice(0, m.index));
          const pair = `« ${name.term} / ${m[0]} »`;
          if (!prefix) {
            reportRange(
              context,
              block,
              start,
              stop,
              `« ${m[0]} » hors de la paire de première mention → Correction : « ${name.term} » ; l’autre nom ne se donne qu’une fois, dans la paire ${pair}.`,
            );
            continue;
          }
          if (pairs.has(name.id)) {
            reportRange(context, block, start, stop, `paire ${pair} déjà donnée ligne ${pairs.get(name.id)} → Correction : écrivez « ${name.term} » seul.`);
            continue;
          }
          const pairStart = prose.offsets[m.index - prefix[0].length]!;
          pairs.set(name.id, lineOf(pairStart));
          const first = firstMention.get(name.id);
          if (first !== undefined && first < pairStart) {
            const line = lineOf(first);
            reportRange(
              context,
              block,
              pairStart,
              stop,
              `paire ${pair} après la première mention de « ${name.term} » (ligne ${line}) → Correction : donnez la paire ligne ${line}, puis « ${name.term} » seul.`,
            );
          }
        }
      }
    },
  };
};
