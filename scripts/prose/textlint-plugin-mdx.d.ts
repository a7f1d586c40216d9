/** textlint-plugin-mdx ships a bundle without types: a textlint plugin (a `Processor` class). */
declare module 'textlint-plugin-mdx' {
  import type { TextlintPluginCreator } from '@textlint/types';

  const plugin: TextlintPluginCreator;
  export default plugin;
}
