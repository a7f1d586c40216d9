/**
 * Sentence length in words, body prose only. Registered twice by the linter: a warning above 45
 * words, an error above 60 (`over` and `upTo` bound the band each registration reports).
 */
import type { TextlintRuleReporter } from '@textlint/types';
import { proseBlocks, proseText, splitSentences } from '../text.ts';
import { reportRange } from './report.ts';

export interface SentenceLengthOptions {
  /** Report sentences of more than this many words… */
  over: number;
  /** …and at most this many (none: no upper bound). */
  upTo?: number;
}

export const sentenceLength: TextlintRuleReporter<SentenceLengthOptions> = (context, options) => {
  const over = options?.over ?? 60;
  const upTo = options?.upTo ?? Number.POSITIVE_INFINITY;
  return {
    Document(node) {
      for (const block of proseBlocks(node)) {
        if (block.type !== 'Paragraph') continue;
        const prose = proseText(block);
        for (const s of splitSentences(prose.text)) {
          if (s.words <= over || s.words > upTo) continue;
          const start = prose.offsets[s.start]!;
          const end = prose.offsets[s.end - 1]! + 1;
          const opening = s.text.split(/\s+/).slice(0, 6).join(' ');
          reportRange(context, block, start, end, `phrase de ${s.words} mots (plus de ${over}) : « ${opening}… » → Correction : coupez-la en phrases d’une idée chacune.`);
        }
      }
    },
  };
};
