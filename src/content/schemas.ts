/**
 * Zod schemas of the dossier's data, shared by the content collections
 * (`src/content.config.ts`) and by the build-time plugins that read the same
 * files before Astro does (citations need the bibliography while MDX compiles).
 */
import { z } from 'astro/zod';

/** Whether "YYYY-MM-DD" names a day that exists (2026-02-30 does not). */
export function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** A date as written in the data files: "YYYY", "YYYY-MM" or "YYYY-MM-DD". */
export const partialDate = z.string().regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, {
  message: 'date attendue au format "AAAA", "AAAA-MM" ou "AAAA-MM-JJ"',
});

/** A person (family + given name) or an organisation (literal). */
export const person = z.union([
  z
    .object({
      /** Family name, as sorted in the bibliography ("de Waal" sorts under W through `sortAs`). */
      family: z.string().min(1),
      /** Given names, written in full when known. */
      given: z.string().min(1).optional(),
      /** Optional sort key when the family name carries a particle ("Waal"). */
      sortAs: z.string().optional(),
    })
    .strict(),
  z
    .object({
      /** An organisation or a body, written as it signs ("Human Rights Watch"). */
      literal: z.string().min(1),
    })
    .strict(),
]);
export type Person = z.infer<typeof person>;

export const sourceTypes = ['book', 'chapter', 'article', 'report', 'newspaper', 'web', 'legal', 'dataset'] as const;

/** One bibliography entry, CSL-like. The key is the mapping key in `content/sources/*.yaml`. */
export const source = z
  .object({
    /** Kind of document: decides how it is rendered and grouped on /sources/. */
    type: z.enum(sourceTypes),
    /** Authors, persons or organisations. */
    authors: z.array(person).optional(),
    /** Editors of a collective book. */
    editors: z.array(person).optional(),
    /** Exact title as published, in its original language. */
    title: z.string().min(1),
    /** Subtitle, rendered after a colon. */
    subtitle: z.string().optional(),
    /** Short title used in later notes (« op. cit. »); defaults to the title. */
    shortTitle: z.string().optional(),
    /** Journal, newspaper, website or series that holds the document. */
    container: z.string().optional(),
    /** Report or document number within its series ("N° 166", "Doc. 7250"). */
    number: z.string().optional(),
    /** Volume of a journal. */
    volume: z.union([z.string(), z.number()]).optional(),
    /** Issue of a journal. */
    issue: z.union([z.string(), z.number()]).optional(),
    /** Pages of an article or chapter within its container ("123-145"). */
    pages: z.union([z.string(), z.number()]).optional(),
    /** Publisher. */
    publisher: z.string().optional(),
    /** Place of publication. */
    place: z.string().optional(),
    /** Date of publication: "YYYY", "YYYY-MM" or "YYYY-MM-DD". */
    date: partialDate.optional(),
    /** Edition ("2e éd.", "10th anniversary ed."). */
    edition: z.string().optional(),
    /** ISBN, as printed. */
    isbn: z.string().optional(),
    /** DOI without the resolver prefix. */
    doi: z.string().optional(),
    /** Official symbol of a UN or OSCE document ("S/RES/822 (1993)"). */
    symbol: z.string().optional(),
    /** Address of the document, only when it was seen or is canonical. */
    url: z.url().optional(),
    /** Date the address was consulted ("YYYY-MM-DD"). */
    accessed: partialDate.optional(),
    /** Language of the document (ISO 639-1). */
    language: z
      .string()
      .regex(/^[a-z]{2,3}$/, { message: 'code de langue ISO 639 attendu (fr, en, ru, hy, az…)' })
      .optional(),
    /** A short French remark shown with the entry. */
    note: z.string().optional(),
  })
  .strict();
export type Source = z.infer<typeof source>;

/** Front matter of a chapter (`content/chapitres/*.mdx`). */
export const chapter = z
  .object({
    /** Chapter title as shown to readers. */
    title: z.string().min(3),
    /** Position in the dossier, 1-based, unique. */
    order: z.number().int().positive(),
    /** Period covered, e.g. "1918–1987". */
    period: z.string().min(4),
    /** One-sentence summary for the table of chapters and meta description. */
    summary: z.string().min(20).max(300),
    /** Date of last update ("YYYY-MM-DD"). */
    updated: z
      .union([z.date(), z.string()])
      .refine((v) => typeof v !== 'string' || isCalendarDate(v), { message: 'date inexistante (format AAAA-MM-JJ, jour et mois réels)' })
      .pipe(z.coerce.date()),
  })
  .strict();
export type ChapterData = z.infer<typeof chapter>;

export const themes = ['diplomatie', 'guerre', 'humanitaire', 'politique'] as const;

/** One dated event of the chronology (`content/chronologie/*.yaml`). */
export const event = z
  .object({
    /** "YYYY", "YYYY-MM" or "YYYY-MM-DD": the precision the sources allow. */
    date: partialDate,
    /** One short French sentence. */
    text: z.string().min(10).max(300),
    /** Slug of the chapter that tells the event. */
    chapter: z.string().regex(/^\d-[a-z0-9-]+$/),
    /** id of the section of that chapter (checked after the build). */
    anchor: z.string().regex(/^[a-z0-9-]+$/),
    /** Themes, for the chronology's filters. */
    themes: z.array(z.enum(themes)).min(1),
    /** Bibliography keys (checked against content/sources). */
    sources: z.array(z.string()).min(1),
  })
  .strict();
export type ChronologyEvent = z.infer<typeof event>;

export const glossaryKinds = ['lieu', 'personne', 'organisation', 'terme'] as const;

/** One entry of the glossary and index of names (`content/glossaire.yaml`). */
export const glossaryEntry = z
  .object({
    /** Anchor on /glossaire/, ASCII slug, unique. */
    id: z.string().regex(/^[a-z0-9-]+$/),
    /** The dossier's spelling. */
    term: z.string().min(1),
    /** Place, person, organisation or term. */
    kind: z.enum(glossaryKinds),
    /** Armenian form, in French transcription. */
    armenian: z.string().optional(),
    /** Azerbaijani form, in French transcription. */
    azerbaijani: z.string().optional(),
    /** English and international spellings. */
    english: z.array(z.string()).optional(),
    /** Russian transliterations (Latin letters). */
    russian: z.array(z.string()).optional(),
    /** Native scripts: Armenian, Azerbaijani Latin, Russian. */
    native: z.object({ hy: z.string().optional(), az: z.string().optional(), ru: z.string().optional() }).strict().optional(),
    /** Other spellings a reader may type (press forms, former names). */
    variants: z.array(z.string()).optional(),
    /** One French paragraph. */
    definition: z.string().min(40),
    /** Bibliography keys. */
    sources: z.array(z.string()).min(1),
  })
  .strict();
export type GlossaryEntry = z.infer<typeof glossaryEntry>;

/** A place on the map (`content/carte.yaml`): a glossary entry with sourced coordinates. */
export const mapPlace = z
  .object({
    /** id of the glossary entry. */
    id: z.string().regex(/^[a-z0-9-]+$/),
    /** Latitude, decimal degrees (north). */
    lat: z.number().min(35).max(45),
    /** Longitude, decimal degrees (east). */
    lon: z.number().min(40).max(52),
    /** Bibliography key of the coordinates. */
    source: z.string(),
    /** Label placement relative to the marker. */
    label: z.enum(['n', 's', 'e', 'w', 'ne', 'nw', 'se', 'sw']).optional(),
  })
  .strict();
export type MapPlace = z.infer<typeof mapPlace>;
