/**
 * Internal addresses, always under the configured base path. BASE_URL is settings.basePath(),
 * which Astro keeps with its final slash (`trailingSlash: 'always'`): the one normalisation.
 */
const base = import.meta.env.BASE_URL;

/** `url('chapitres/3-guerre-1992-1994/')` → "/base/chapitres/3-guerre-1992-1994/". */
export function url(path = ''): string {
  return base + path.replace(/^\//, '');
}

/**
 * The public address of an internal one (`url(…)`), or undefined when the build has no SITE_URL:
 * then nothing absolute is written, rather than an address of the machine that built the site.
 */
export function publicUrl(internal: string, site: URL | undefined): string | undefined {
  return site ? new URL(internal, site).href : undefined;
}

export const chapterUrl = (slug: string, anchor?: string): string => url(`chapitres/${slug}/${anchor ? `#${anchor}` : ''}`);
export const sourceUrl = (key: string): string => url(`sources/#${key}`);
/** The data file of a chapter's « Repères » (src/pages/chapitres/[slug]/reperes.json.ts). */
export const reperesUrl = (slug: string): string => url(`chapitres/${slug}/reperes.json`);
