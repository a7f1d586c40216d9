import type { TxtParentNode } from '@textlint/ast-node-types';
import type { TextlintRuleContext } from '@textlint/types';

/** Reports [start, end) (source offsets) on `block`, with an optional replacement of that range. */
export function reportRange(context: Readonly<TextlintRuleContext>, block: TxtParentNode, start: number, end: number, message: string, replacement?: string) {
  const from = start - block.range[0];
  const to = Math.max(end - block.range[0], from + 1);
  const details = { padding: context.locator.range([from, to]), ...(replacement === undefined ? {} : { fix: context.fixer.replaceTextRange([from, to], replacement) }) };
  context.report(block, new context.RuleError(message, details));
}
