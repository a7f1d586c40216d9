/** Errors meant for the person who wrote the content: where, what, and how to fix it. */
export class ContentError extends Error {
  constructor(
    readonly file: string,
    readonly line: number | undefined,
    readonly problem: string,
    readonly fix: string,
  ) {
    super(`${file}${line ? `:${line}` : ''} — ${problem}\n  → Correction : ${fix}`);
    this.name = 'ContentError';
  }
}
