/**
 * When the PDFs cannot be rendered (no Chromium, or DOSSIER_PDF=0), the links
 * to them are taken out of the built pages, so that no link ever points to a
 * missing file. A tree transform over each built HTML file.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { SKIP, visit } from 'unist-util-visit';

export function withoutPdfLinks(html: string): string {
  if (!html.includes('data-pdf-link')) return html;
  const tree: Root = fromHtml(html);
  visit(tree, 'element', (node: Element, index, parent) => {
    if (parent && index !== undefined && 'dataPdfLink' in node.properties) {
      // The link stands in a list item or a paragraph of its own: remove that wrapper when it holds nothing else.
      parent.children.splice(index, 1);
      return [SKIP, index];
    }
    return undefined;
  });
  visit(tree, 'element', (node: Element, index, parent) => {
    if (parent && index !== undefined && 'dataPdfWrapper' in node.properties && node.children.every((c) => c.type === 'text' && !c.value.trim())) {
      parent.children.splice(index, 1);
      return [SKIP, index];
    }
    return undefined;
  });
  return toHtml(tree);
}

export function stripPdfLinks(dir: string): number {
  let changed = 0;
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) changed += stripPdfLinks(path);
    else if (name.endsWith('.html')) {
      const html = readFileSync(path, 'utf8');
      const next = withoutPdfLinks(html);
      if (next !== html) {
        writeFileSync(path, next);
        changed += 1;
      }
    }
  }
  return changed;
}
