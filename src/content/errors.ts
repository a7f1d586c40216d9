/** Errors meant for the person who wrote the content: where, what, and how to fix it. */
export class ContentError extends Error {
  readonly file: string;
  readonly line: number | undefined;
  readonly problem: string;
  readonly fix: string;

  constructor(file: string, line: number | undefined, problem: string, fix: string) {
    super(`${file}${line ? `:${line}` : ''} — ${problem}\n  → Correction : ${fix}`);
    this.name = 'ContentError';
    this.file = file;
    this.line = line;
    this.problem = problem;
    this.fix = fix;
  }
}

/** A schema issue in words: zod's message, plus the names of unknown fields when there are some. */
export function issueDetail(issue: { code: string; message: string; keys?: readonly string[] }): string {
  return issue.code === 'unrecognized_keys' && issue.keys ? `${issue.message} (${issue.keys.join(', ')})` : issue.message;
}
