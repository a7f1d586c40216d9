/**
 * The dossier's edition (`content/edition.yaml`): its reference date, « état au … », the date of
 * the latest facts the chapters take into account, set once for the whole dossier and shown on
 * the home page, at the head of each chapter and in the PDFs. Part of the dossier model
 * (`loadDossier().edition`), read and checked once with the rest of the content.
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { z } from 'zod';
import { ContentError, issueDetail } from './errors.ts';
import { isCalendarDate } from './schemas.ts';
import { parseYaml } from './yaml-list.ts';

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

/** Reads and checks `edition.yaml` of a content folder (the dossier model calls it once per build). */
export function readEdition(dir: string, root = process.cwd()): Edition {
  const path = join(dir, 'edition.yaml');
  const file = relative(root, path);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new ContentError(file, undefined, `fichier illisible (${(error as Error).message})`, 'créer le fichier avec une ligne etatAu: "AAAA-MM-JJ"');
  }
  const result = edition.safeParse(parseYaml(text, file).doc.toJS());
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new ContentError(
      file,
      undefined,
      `${issue.path.join('.') || 'fichier'} : ${issueDetail(issue)}`,
      'écrire etatAu: "AAAA-MM-JJ", la date des derniers faits pris en compte',
    );
  }
  return { etatAu: new Date(`${result.data.etatAu}T00:00:00Z`) };
}
