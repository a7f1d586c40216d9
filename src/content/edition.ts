/**
 * The dossier's edition (`content/edition.yaml`): its reference date, « état au … », the date of
 * the latest facts the chapters take into account, set once for the whole dossier and shown on
 * the home page, at the head of each chapter and in the PDFs. Read and checked once.
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { contentDir } from '../settings.ts';
import { ContentError, issueDetail } from './errors.ts';
import { isCalendarDate } from './schemas.ts';

export const edition = z
  .object({
    /** « état au … »: "YYYY-MM-DD", a real day. */
    etatAu: z.string().refine(isCalendarDate, { message: 'date inexistante ou mal écrite (format AAAA-MM-JJ, jour et mois réels)' }),
  })
  .strict();

export interface Edition {
  /** The reference date, at midnight UTC. */
  etatAu: Date;
}

let cached: { dir: string; edition: Edition } | undefined;

/** The edition of the content folder (CONTENT_DIR), read once per build. */
export function loadEdition(dir = contentDir()): Edition {
  if (cached?.dir === dir) return cached.edition;
  const path = join(dir, 'edition.yaml');
  const file = relative(process.cwd(), path);
  let raw: unknown;
  try {
    raw = parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new ContentError(file, undefined, `fichier illisible (${(error as Error).message})`, 'créer le fichier avec une ligne etatAu: "AAAA-MM-JJ"');
  }
  const result = edition.safeParse(raw);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new ContentError(
      file,
      undefined,
      `${issue.path.join('.') || 'fichier'} : ${issueDetail(issue)}`,
      'écrire etatAu: "AAAA-MM-JJ", la date des derniers faits pris en compte',
    );
  }
  const value = { etatAu: new Date(`${result.data.etatAu}T00:00:00Z`) };
  cached = { dir, edition: value };
  return value;
}
