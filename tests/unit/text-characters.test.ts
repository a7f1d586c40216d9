import { describe, expect, it } from 'vitest';
import { charactersOf } from '../../src/lib/text.ts';

describe('charactersOf', () => {
  it('gives what new Set(text) gives, in the same order: astral characters whole, lone surrogates alone', () => {
    const texts = ['', 'Haut-Karabagh, « 30 000 » morts', 'a😀b\ud800c\udc00d😀a', '\ud83d', '😀\ud83d', 'ǅΩ\u202f\u00a0—–’'];
    for (const text of texts) expect([...charactersOf(text)]).toEqual([...new Set(text)]);
  });
});
