/** Alphabetical order for French readers: accents aside, « Élisabeth » under E. */
export function initial(text: string): string {
  const letter = text.normalize('NFD').replace(/\p{M}/gu, '').charAt(0).toUpperCase();
  return /[A-Z]/.test(letter) ? letter : '#';
}

export function byLetter<T>(items: T[], key: (item: T) => string): { letter: string; items: T[] }[] {
  const sorted = [...items].sort((a, b) => key(a).localeCompare(key(b), 'fr', { sensitivity: 'base' }));
  const groups = new Map<string, T[]>();
  for (const item of sorted) {
    const letter = initial(key(item));
    groups.set(letter, [...(groups.get(letter) ?? []), item]);
  }
  return [...groups].map(([letter, list]) => ({ letter, items: list }));
}
