import { describe, expect, it } from 'vitest';
import { fr } from '../../src/i18n/fr';
import { searchMessages } from '../../src/i18n/search-messages';
import { frenchTypography } from '../../src/lib/typography';

describe('searchMessages', () => {
  it('are written in the typography that fr.ts sets (the browser has no Typograf)', () => {
    for (const [key, text] of Object.entries(searchMessages)) expect([key, frenchTypography(text)]).toEqual([key, text]);
  });

  it('are the same in fr.search, which the pages read', () => {
    for (const [key, text] of Object.entries(searchMessages)) expect(fr.search[key as keyof typeof searchMessages]).toBe(text);
  });
});
