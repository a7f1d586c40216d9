/**
 * A note call goes before the final punctuation: « …en 1994[^3]. », never « …en 1994.[^3] »; before
 * the space of a double mark too: « …pourquoi[^4] ? ». A call after a closing guillemet « … ! »[^5]
 * is in its place. Fixable: `npm run lint:prose -- --fix` moves the calls.
 */
import type { TextlintRuleReporter } from '@textlint/types';
import { proseBlocks } from '../text.ts';
import { reportRange } from './report.ts';

const CALL_AFTER_STOP = /([ \u00a0\u202f]?[.!?…]+)((?:\[\^[^\]\s]+\])+)/g;

export const noteCallPosition: TextlintRuleReporter = (context) => ({
  Document(node) {
    const source = context.getSource();
    for (const block of proseBlocks(node)) {
      const raw = source.slice(block.range[0], block.range[1]);
      for (const m of raw.matchAll(CALL_AFTER_STOP)) {
        const [, stop, calls] = m as unknown as [string, string, string];
        const start = block.range[0] + m.index;
        reportRange(
          context,
          block,
          start,
          start + m[0].length,
          `appel de note après la ponctuation finale « ${stop.trimStart()}${calls} » → Correction : « ${calls}${stop} ».`,
          `${calls}${stop}`,
        );
      }
    }
  },
});
