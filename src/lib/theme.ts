/**
 * The reader's theme choice: one storage key and one list of themes for the toggle
 * (src/scripts/theme.ts) and for the script that applies the choice before the first paint
 * (/theme-init.js, written from `themeInitScript()` by src/pages/theme-init.js.ts).
 */
export const THEME_STORAGE_KEY = 'dossier-theme';
export const THEMES = ['light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

export function isTheme(value: unknown): value is Theme {
  return THEMES.includes(value as Theme);
}

/**
 * A plain script, without modules, run in the head of every page: an external file, so that
 * the CSP needs no inline script.
 */
export function themeInitScript(): string {
  return [
    '// Applies the reader’s chosen theme before the first paint (src/lib/theme.ts).',
    'try {',
    `  var t = localStorage.getItem(${JSON.stringify(THEME_STORAGE_KEY)});`,
    `  if (${JSON.stringify(THEMES)}.indexOf(t) >= 0) document.documentElement.dataset.theme = t;`,
    '} catch (e) {}',
    '',
  ].join('\n');
}
