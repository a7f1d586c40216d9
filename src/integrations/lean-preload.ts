/**
 * Vite wraps every `import()` of client code in its preload helper, a shared chunk of 0,9 ko
 * (gzip) that every page loads before anything happens: it adds `<link rel=modulepreload>` for
 * the imported chunk's own imports and `<link rel=stylesheet>` for its CSS, so that they load in
 * parallel. The site's client code has one such import, the search panel on first focus of the
 * field (src/scripts/search.ts), whose chunk has no CSS (its sheet is linked by the panel itself,
 * src/scripts/search-panel.ts) and whose only import is this helper; Pagefind is imported by
 * address, out of Vite's sight. So the helper's work is nil here, but its weight is paid by every page.
 *
 * This Vite plugin gives the helper's module a body that only calls the import. A chunk that some
 * day imports CSS or other chunks on demand would lose the parallel preload, not its styles or
 * code: the build stops then (`generateBundle`), naming the chunk, so that the choice is made again.
 */
import type { Plugin } from 'vite';

/** The id under which Vite imports its helper (vite/src/node/plugins/importAnalysisBuild.ts). */
export const PRELOAD_HELPER_ID = '\0vite/preload-helper.js';

/** The helper's replacement: same export, same call (`__vitePreload(() => import(x), deps, url)`). */
export const LEAN_PRELOAD_HELPER = 'export const __vitePreload = (load) => load();';

interface ChunkLike {
  type: 'chunk' | 'asset';
  fileName: string;
  dynamicImports?: string[];
  imports?: string[];
  viteMetadata?: { importedCss: Set<string> };
}

/**
 * What the full helper would have preloaded and the lean one does not: for each chunk imported
 * on demand, its CSS and the chunks it imports (the helper's own chunk aside). Empty: nothing lost.
 */
export function preloadsLost(bundle: Record<string, ChunkLike>): string[] {
  const lost: string[] = [];
  const onDemand = new Set(Object.values(bundle).flatMap((c) => (c.type === 'chunk' ? (c.dynamicImports ?? []) : [])));
  for (const file of onDemand) {
    const chunk = bundle[file];
    if (chunk?.type !== 'chunk') continue;
    const css = [...(chunk.viteMetadata?.importedCss ?? [])];
    const imports = (chunk.imports ?? []).filter((i) => !/preload-helper/.test(i));
    if (css.length > 0 || imports.length > 0) lost.push(`${file} (${[...css, ...imports].join(', ')})`);
  }
  return lost;
}

export function leanPreloadHelper(): Plugin {
  return {
    name: 'dossier:lean-preload-helper',
    apply: 'build',
    enforce: 'pre',
    resolveId(id) {
      return id === PRELOAD_HELPER_ID ? id : undefined;
    },
    load(id) {
      return id === PRELOAD_HELPER_ID ? { code: LEAN_PRELOAD_HELPER, moduleSideEffects: false } : undefined;
    },
    generateBundle(_options, bundle) {
      if (this.environment?.config.consumer !== 'client') return;
      const lost = preloadsLost(bundle as unknown as Record<string, ChunkLike>);
      if (lost.length > 0) {
        this.error(
          `Import à la demande qui attend un préchargement : ${lost.join(' ; ')}. Le chargeur allégé (src/integrations/lean-preload.ts) ne précharge ni CSS ni modules : liez la feuille depuis le module (comme search-panel.ts) ou retirez ce greffon d’astro.config.mjs.`,
        );
      }
    },
  };
}
