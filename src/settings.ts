/**
 * Where the site lives: its address and base path come from the environment
 * (SITE_URL, BASE_PATH) so that dist/ can be served at a domain root or under
 * a sub-path. Where its content lives: CONTENT_DIR (the fixture builds of the
 * tests point it at a temporary folder).
 */
import { existsSync } from 'node:fs';
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

/** The system Chromium (CHROMIUM_PATH, or Debian's), or undefined when none is installed. */
export function chromiumPath(): string | undefined {
  const candidates = [process.env['CHROMIUM_PATH'], '/usr/bin/chromium', '/usr/lib/chromium/chromium', '/usr/bin/chromium-browser'];
  return candidates.find((p): p is string => Boolean(p) && existsSync(p!));
}

/**
 * Why the build renders no PDF, or undefined when it renders them. Decided before the pages are
 * rendered, so that a page never links to a PDF that will not exist: DOSSIER_PDF=0, or no Chromium
 * outside CI (in CI a missing Chromium is an error of the PDF step, never a silent skip).
 */
export function pdfSkipped(): string | undefined {
  if (process.env['DOSSIER_PDF'] === '0') return 'DOSSIER_PDF=0';
  if (!process.env['CI'] && chromiumPath() === undefined) return 'Chromium introuvable (apt-get install -y chromium, ou CHROMIUM_PATH)';
  return undefined;
}

/** Whether the build renders PDFs (see pdfSkipped; the pages then carry no link to them). */
export function pdfEnabled(): boolean {
  return pdfSkipped() === undefined;
}
