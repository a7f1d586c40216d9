/**
 * Where the site lives: its address and base path come from the environment
 * (SITE_URL, BASE_PATH) so that dist/ can be served at a domain root or under
 * a sub-path. Where its content lives: CONTENT_DIR (the fixture builds of the
 * tests point it at a temporary folder).
 */
import { resolve } from 'node:path';

export function siteUrl(): string {
  return process.env['SITE_URL'] ?? 'http://localhost:4321';
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
