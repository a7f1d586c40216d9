/**
 * Wikipedia is a finding aid, never an authority in the text: a note may cite an article, the body
 * says the fact and, if it must be attributed, names the author or body the article relies on.
 */
import type { TextlintRuleReporter } from '@textlint/types';
import { proseBlocks, proseText } from '../text.ts';
import { reportRange } from './report.ts';

export const wikipediaInBody: TextlintRuleReporter = (context) => ({
  Document(node) {
    for (const block of proseBlocks(node)) {
      const prose = proseText(block);
      for (const m of prose.text.matchAll(/wikip[eé]dia/giu)) {
        const start = prose.offsets[m.index]!;
        reportRange(
          context,
          block,
          start,
          prose.offsets[m.index + m[0].length - 1]! + 1,
          `« ${m[0]} » nommé dans le texte → Correction : énoncez le fait ; s’il faut l’attribuer, nommez l’auteur ou l’organisme que cite l’article, et laissez l’article dans la note.`,
        );
      }
    }
  },
});
