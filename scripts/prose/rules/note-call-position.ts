/**
 * A note call goes before the final punctuation: « …en 1994[^3]. », never « …en 1994.[^3] ».
 * Fixable: `npm run lint:prose -- --fix` moves the calls.
 */
import type { TextlintRuleReporter } from '@textlint/types';
import { proseBlocks } from '../text.ts';
import { reportRange } from './report.ts';

const CALL_AFTER_STOP = /([.!?…]+)((?:\[\^[^\]\s]+\])+)/g;

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
          `appel de note après la ponctuation finale « ${stop}${calls} » → Correction : « ${calls}${stop} ».`,
          `${calls}${stop}`,
        );
      }
    }
  },
});
