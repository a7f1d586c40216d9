// @ts-check

import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { glossaryTerms, loadDossier } from './src/content/dossier.ts';
import { recordChapter } from './src/integrations/chapter-records.ts';
import { compileInWorkers } from './src/integrations/compile-pool.ts';
import fonts from './src/integrations/fonts.ts';
import { leanPreloadHelper } from './src/integrations/lean-preload.ts';
import { postBuild } from './src/integrations/post-build.ts';
import { markdownProcessor } from './src/plugins/pipeline.ts';
import { basePath, siteUrl } from './src/settings.ts';

const base = basePath();
const site = siteUrl();
// The dossier model (src/content/dossier.ts): content read and cross-checked once per build.
const dossier = loadDossier();
const pipeline = {
  sources: dossier.sources,
  base,
  chapters: dossier.chapters,
  glossary: glossaryTerms(dossier),
  figures: dossier.figures,
  // What the plugins record about each chapter, for the post-build steps (« never cited »).
  record: recordChapter,
};

export default defineConfig({
  ...(site ? { site } : {}),
  base,
  trailingSlash: 'always',
  build: { format: 'directory' },
  markdown: {
    // The site's processor (src/plugins/pipeline.ts); hundreds of chapters compile on every core
    // (src/integrations/compile-pool.ts).
    processor: compileInWorkers(markdownProcessor(pipeline), pipeline),
    syntaxHighlight: false,
  },
  // The sitemap needs absolute addresses: none without SITE_URL (the build log says so once).
  // optimize: static parts of a chapter compile to HTML strings, not one component call per element
  // (README, Architecture, « Compilation des chapitres »).
  integrations: [fonts(), mdx({ optimize: true }), ...(site ? [sitemap({ filter: (page) => !page.endsWith('/404/') })] : []), postBuild()],
  devToolbar: { enabled: false },
  // Fonts stay files, however small: the policy below allows fonts from this site, not data: URIs.
  // leanPreloadHelper: Vite's preload helper, 0,9 ko on every page, reduced to the import it wraps
  // (src/integrations/lean-preload.ts says why nothing is lost, and stops the build if that changes).
  vite: {
    plugins: [leanPreloadHelper()],
    build: { assetsInlineLimit: (file) => (file.endsWith('.woff2') ? false : undefined) },
  },
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
