// @ts-check

import { join } from 'node:path';
import { unified } from '@astrojs/markdown-remark';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { postBuild } from './src/integrations/post-build.ts';
import { rehypePlugins, remarkPlugins, remarkRehypeOptions } from './src/plugins/pipeline.ts';
import { chapterIndex } from './src/utils/chapter-index.ts';
import { loadFigures } from './src/utils/figures.ts';
import { loadGlossary, textForms } from './src/utils/glossary.ts';
import { basePath, contentDir, siteUrl } from './src/utils/site.ts';
import { loadSources } from './src/utils/sources.ts';

const base = basePath();
const site = siteUrl();
const sources = loadSources(join(contentDir(), 'sources'));
const figures = loadFigures(join(contentDir(), 'donnees'), new Set(sources.keys()));
const chapters = chapterIndex(join(contentDir(), 'chapitres'));
const glossary = loadGlossary(contentDir(), new Set(sources.keys())).map(({ data }) => ({ id: data.id, forms: textForms(data) }));

export default defineConfig({
  ...(site ? { site } : {}),
  base,
  trailingSlash: 'always',
  build: { format: 'directory' },
  markdown: {
    processor: unified({
      gfm: false, // remark-gfm runs from our own plugin list (src/plugins/pipeline.ts)
      smartypants: false, // it makes English quotes; French typography is rehype-typography-fr's job
      remarkPlugins: remarkPlugins({ sources, base, chapters, glossary, figures }),
      rehypePlugins: rehypePlugins({ sources, base, chapters, glossary, figures }),
      remarkRehype: remarkRehypeOptions,
    }),
    syntaxHighlight: false,
  },
  // The sitemap needs absolute addresses: none without SITE_URL (the build log says so once).
  integrations: [mdx(), ...(site ? [sitemap({ filter: (page) => !page.endsWith('/404/') })] : []), postBuild()],
  devToolbar: { enabled: false },
  security: {
    // Every page carries a Content Security Policy <meta>: only this site's own scripts (hashed
    // when inline), styles, fonts and images; no third-party source. The one home of the
    // policy's sources: public/_headers adds only what a <meta> cannot carry (README, Publier).
    // 'wasm-unsafe-eval': Pagefind compiles WebAssembly in its worker (which reads no <meta>) and,
    // when the worker fails, on the page itself.
    csp: {
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "worker-src 'self' blob:",
      ],
    },
  },
});
