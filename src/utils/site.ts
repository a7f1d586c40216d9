/**
 * Where the site lives: its address and base path come from the environment
 * (SITE_URL, BASE_PATH) so that dist/ can be served at a domain root or under
 * a sub-path. Where its content lives: CONTENT_DIR (the fixture builds of the
 * tests point it at a temporary folder).
 */
import { resolve } from 'node:path';

/**
 * The public address (SITE_URL), or undefined when it is not set: the build then writes no
 * absolute address at all (no canonical link, Open Graph address, sitemap, RSS feed or address
 * in the PDFs) rather than one that would point to the builder's machine.
 */
export function siteUrl(): string | undefined {
  const raw = process.env['SITE_URL']?.trim();
  if (!raw) return undefined;
  if (!/^https?:\/\/[^/]/.test(raw) || !URL.canParse(raw)) {
    const fix = 'donner l’adresse publique complète, par exemple SITE_URL=https://exemple.org';
    throw new Error(`SITE_URL « ${raw} » n’est pas une adresse web.\n  → Correction : ${fix}`);
  }
  return raw;
}

/** "/" or "/sous-chemin/" (always with slashes on both sides). */
export function basePath(): string {
  const raw = process.env['BASE_PATH'] ?? '/';
  const trimmed = raw.replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

export function contentDir(): string {
  return resolve(process.env['CONTENT_DIR'] ?? 'content');
}

/** Whether the build renders PDFs (DOSSIER_PDF=0 turns them off; the pages then carry no link to them). */
export function pdfEnabled(): boolean {
  return process.env['DOSSIER_PDF'] !== '0';
}
