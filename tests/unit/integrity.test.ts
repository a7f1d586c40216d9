/** The integrity check of a built site, on a tiny dist/ written for the test. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkSite } from '../../src/integrations/integrity.ts';

let root = '';
afterEach(() => rmSync(root, { recursive: true, force: true }));

function site(pages: Record<string, string>): string {
  root = mkdtempSync(join(tmpdir(), 'integrite-'));
  for (const [path, html] of Object.entries(pages)) {
    mkdirSync(join(root, path), { recursive: true });
    writeFileSync(join(root, path, 'index.html'), html);
  }
  return root;
}

const head = '<!doctype html><html lang="fr"><head><title>x</title></head>';
const page = (body: string) => `${head}<body>${body}</body></html>`;
const script = '<script type="module" src="/_astro/recherche.js"></script>';

describe('checkSite', () => {
  it('accepts pages whose scripts are inside the document', () => {
    const home = page('<a href="/recherche/">Recherche</a>');
    const report = checkSite(site({ '': home, recherche: page(script) }));
    expect(report.problems).toEqual([]);
  });

  it('finds note calls and notes by the page’s markup (sup.appel-de-note, a link back), and names an uncalled note', () => {
    const note = (n: number) => `<li id="fn-${n}"><p>Note <a href="#fnref-${n}" aria-label="Retour">↩</a></p></li>`;
    const chapter = page(
      `<p>A<sup class="appel-de-note"><a href="#fn-1" id="fnref-1">1</a></sup> B<sup><a href="#fn-2" id="fnref-2">2</a></sup></p><section class="notes"><ol>${note(1)}${note(2)}</ol></section>`,
    );
    const report = checkSite(site({ 'chapitres/essai': chapter }));
    expect(report.notes).toBe(1);
    expect(report.problems).toEqual([{ page: '/chapitres/essai/', problem: 'la note « fn-2 » n’est appelée nulle part.', fix: 'appelez la note dans le texte ou supprimez-la.' }]);
  });

  it('names a script written after </html>, and says where to put it', () => {
    const problems = checkSite(site({ recherche: `${page('<p>Recherche</p>')}${script}` })).problems;
    expect(problems).toEqual([
      {
        page: '/recherche/',
        problem: `« ${script} » suit la fin du document (</html>).`,
        fix: 'placer ce <script> entre les balises du gabarit (<BaseLayout>…</BaseLayout>), pas après.',
      },
    ]);
  });
});
