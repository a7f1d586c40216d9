/**
 * The prose linter: textlint's kernel with textlint-plugin-mdx and the dossier's rules. Used by
 * `scripts/lint-prose.ts` (npm run lint:prose, part of npm test) and by the fixture tests.
 */
import type { TxtParentNode } from '@textlint/ast-node-types';
import { TextlintKernel, type TextlintKernelRule } from '@textlint/kernel';
import type { TextlintMessage, TextlintPluginCreator, TextlintRuleModule, TextlintRuleReporter } from '@textlint/types';
import mdxPlugin from 'textlint-plugin-mdx';
import type { NameSpellings } from './glossary-spellings.ts';
import { glossarySpellings } from './rules/glossary-spellings.ts';
import { noteCallPosition } from './rules/note-call-position.ts';
import { selfNarration } from './rules/self-narration.ts';
import { sentenceLength } from './rules/sentence-length.ts';
import { wikipediaInBody } from './rules/wikipedia-in-body.ts';
import { type Readability, readability } from './text.ts';

// The plugin is a CommonJS bundle whose export is `{ default: plugin }` under Node and the plugin under Vite.
const loaded = mdxPlugin as unknown as TextlintPluginCreator & { default?: TextlintPluginCreator };
const plugin: TextlintPluginCreator = loaded.default ?? loaded;

/** Rule ids, as they appear in the linter's messages. */
export const RULES = {
  longSentence: 'phrase-longue',
  tooLongSentence: 'phrase-trop-longue',
  noteCall: 'appel-de-note',
  selfNarration: 'recit-du-dossier',
  wikipedia: 'wikipedia-dans-le-texte',
  spellings: 'graphies-du-glossaire',
} as const;

/** Sentence length in words: a warning above WARN, an error above MAX. */
export const SENTENCE_WORDS = { warn: 45, max: 60 } as const;

/**
 * A rule with typed options, as the kernel takes it (rule modules are typed for `object` options;
 * the kernel hands each rule the options given beside it here).
 */
function typed<T extends object>(rule: TextlintRuleReporter<T>): TextlintRuleModule {
  return rule as TextlintRuleModule;
}

function descriptor(names: NameSpellings[]) {
  const rules: TextlintKernelRule[] = [
    { ruleId: RULES.longSentence, rule: typed(sentenceLength), options: { over: SENTENCE_WORDS.warn, upTo: SENTENCE_WORDS.max, severity: 'warning' } },
    { ruleId: RULES.tooLongSentence, rule: typed(sentenceLength), options: { over: SENTENCE_WORDS.max } },
    { ruleId: RULES.noteCall, rule: { linter: noteCallPosition, fixer: noteCallPosition } },
    { ruleId: RULES.selfNarration, rule: selfNarration },
    { ruleId: RULES.wikipedia, rule: wikipediaInBody },
    { ruleId: RULES.spellings, rule: typed(glossarySpellings), options: { names } },
  ];
  return { ext: '.mdx', plugins: [{ pluginId: 'mdx', plugin }], rules };
}

export interface ProseReport {
  messages: TextlintMessage[];
  readability: Readability;
}

/** Lints one chapter's MDX text; messages sorted by line and column. */
export async function lintProse(text: string, filePath: string, names: NameSpellings[]): Promise<ProseReport> {
  const kernel = new TextlintKernel();
  const result = await kernel.lintText(text, { ...descriptor(names), filePath });
  const messages = [...result.messages].sort((a, b) => a.loc.start.line - b.loc.start.line || a.loc.start.column - b.loc.start.column);
  return { messages, readability: readability(parse(text, filePath)) };
}

/** Applies the rules' fixes (note calls moved before the final punctuation); returns the new text. */
export async function fixProse(text: string, filePath: string, names: NameSpellings[]): Promise<string> {
  const result = await new TextlintKernel().fixText(text, { ...descriptor(names), filePath });
  return result.output;
}

/** The textlint tree of an MDX text, as the plugin builds it for the rules. */
export function parse(text: string, filePath: string): TxtParentNode {
  const Processor = plugin.Processor;
  const { preProcess } = new Processor({}).processor('.mdx');
  const tree = preProcess(text, filePath);
  return ('text' in tree ? tree.text : tree) as unknown as TxtParentNode;
}
