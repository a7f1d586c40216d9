import { describe, expect, it } from 'vitest';
import { withoutIndexMarks } from '../../src/lib/index-marks';
import { render } from './pipeline';

describe('withoutIndexMarks', () => {
  it('takes out the marks of later mentions and keeps their text where it was', () => {
    const html = '<p>À <a href="/glossaire/#kelbajar">Karvachar</a> / <span data-terme="kelbajar">Kelbajar</span>, puis au <span data-terme="haut-karabagh">Karabagh</span>.</p>';
    expect(withoutIndexMarks(html)).toBe('<p>À <a href="/glossaire/#kelbajar">Karvachar</a> / Kelbajar, puis au Karabagh.</p>');
  });

  it('takes out every mark that the dossier’s plugins write, and nothing else', async () => {
    const { html } = await render('Le Haut-Karabagh et Karvachar / Kelbajar ; plus loin, Kelbajar encore et le Karabagh.');
    expect(html.match(/data-terme=/g)).toHaveLength(3);
    const page = withoutIndexMarks(html);
    expect(page).not.toContain('data-terme');
    expect(page.replace(/<[^>]+>/g, '')).toBe(html.replace(/<[^>]+>/g, ''));
    expect(page.match(/href="\/glossaire\/#/g)).toHaveLength(2);
  });

  it('leaves every other span alone, and a mark holding an element', () => {
    const html = '<span lang="hy">Արցախ</span> <span class="voix-source"> (source)</span> <span data-terme="x"><em>X</em></span>';
    expect(withoutIndexMarks(html)).toBe(html);
  });
});
