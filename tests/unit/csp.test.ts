import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { inlineBlocks, narrowCsp } from '../../src/lib/csp';

const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const page = (policy: string, body: string) => `<!DOCTYPE html><html><head><meta http-equiv="content-security-policy" content="${policy}"></head><body>${body}</body></html>`;

describe('narrowCsp', () => {
  const own = 'console.log(1)';
  const other = 'console.log(2)';
  const style = 'p{color:red}';
  const policy = `default-src 'self';script-src 'self' 'wasm-unsafe-eval' ${sha(own)} ${sha(other)}; style-src 'self' ${sha(style)} ${sha('q{}')};`;

  it('keeps the hashes of the page’s own inline scripts and styles, and every other source', () => {
    const { html, kept, dropped } = narrowCsp(page(policy, `<script type="module">${own}</script><style>${style}</style>`));
    const content = /content="([^"]*)"/.exec(html)?.[1] ?? '';
    expect(content).toBe(`default-src 'self';script-src 'self' 'wasm-unsafe-eval' ${sha(own)};style-src 'self' ${sha(style)};`);
    expect({ kept, dropped }).toEqual({ kept: 2, dropped: 2 });
  });

  it('adds nothing: an inline script Astro did not hash stays unlisted', () => {
    const { html } = narrowCsp(page(`script-src 'self' ${sha(own)};`, `<script>${'alert(3)'}</script>`));
    expect(html).toContain(`content="script-src 'self';"`);
  });

  it('ignores external scripts and JSON data blocks, which need no hash', () => {
    const blocks = inlineBlocks(`<script src="/a.js"></script><script type="application/ld+json">{"a":1}</script><script>${own}</script>`);
    expect(blocks).toEqual([{ tag: 'script', text: own }]);
  });

  it('leaves a page without a policy as it is', () => {
    const html = '<html><head></head><body><script>x()</script></body></html>';
    expect(narrowCsp(html)).toEqual({ html, kept: 0, dropped: 0 });
  });
});
