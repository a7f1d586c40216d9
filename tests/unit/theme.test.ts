/** The theme choice: the script of /theme-init.js reads the key the toggle writes. */
import { describe, expect, it } from 'vitest';
import { THEME_STORAGE_KEY, themeInitScript } from '../../src/lib/theme.ts';

/** Runs the generated script against a storage holding `stored`; returns the theme it applied. */
function applied(stored: string | null, storageFails = false): string | undefined {
  const dataset: Record<string, string> = {};
  const localStorage = {
    getItem(key: string) {
      if (storageFails) throw new Error('SecurityError');
      return key === THEME_STORAGE_KEY ? stored : null;
    },
  };
  new Function('localStorage', 'document', themeInitScript())(localStorage, { documentElement: { dataset } });
  return dataset['theme'];
}

describe('themeInitScript', () => {
  it('applies a stored light or dark theme under the toggle’s key', () => {
    expect(applied('dark')).toBe('dark');
    expect(applied('light')).toBe('light');
  });

  it('leaves the system theme alone for no choice, an unknown value or no storage', () => {
    expect(applied(null)).toBeUndefined();
    expect(applied('sepia')).toBeUndefined();
    expect(applied('dark', true)).toBeUndefined();
  });
});
