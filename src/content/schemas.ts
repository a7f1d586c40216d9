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

/** The side a source speaks for, marked on every figure (the bibliography standard). */
export const sides = ['armenien', 'azerbaidjanais', 'sovietique', 'independant'] as const;
export type Side = (typeof sides)[number];

/** A number as the data files write it: one value, or a range `[low, high]`. */
export const quantity = z.union([
  z.number().nonnegative(),
  z.tuple([z.number().nonnegative(), z.number().nonnegative()]).refine(([low, high]) => low < high, { message: 'fourchette attendue [bas, haut], bas < haut' }),
]);
export type Quantity = z.infer<typeof quantity>;

/** Longest label a chart row may carry (it must fit on one line at 390 px). */
export const CHART_LABEL_MAX = 46;

/** One of several numbers in one table cell, each drawn as its own mark. */
export const measurePart = z
  .object({
    /** The number, or `[low, high]`. */
    value: quantity,
    /** What this number counts, for the chart (« militaires arméniens »). */
    label: z
      .string()
      .min(1)
      .max(CHART_LABEL_MAX, { message: `nom court attendu (${CHART_LABEL_MAX} caractères au plus)` }),
    /** A floor or a ceiling. */
    bound: z.enum(['min', 'max']).optional(),
    /** The side this number speaks for, when it is not the row's. */
    side: z.enum(sides).optional(),
  })
  .strict();

const placeholders = (text: string): number => text.split('{}').length - 1;

/**
 * A figure as a table cell shows it and a chart draws it: a bare number, or a
 * number inside words (`text: "au moins {} morts"`, where `{}` is the number),
 * several numbers in one cell (`values`, one `{}` each, in order), or words
 * alone when the source gives no number (then nothing is drawn).
 */
export const measure = z.union([
  quantity,
  z
    .object({
      /** The number drawn, or `[low, high]`. */
      value: quantity.optional(),
      /** Several numbers in one cell, each with its own label on the chart. */
      values: z.array(measurePart).min(2).optional(),
      /** How the table reads it; each `{}` stands for a number, written once here. */
      text: z.string().min(1),
      /** A floor (« au moins », « plus de ») or a ceiling (« jusqu’à »), drawn as an arrow. */
      bound: z.enum(['min', 'max']).optional(),
      /** `value` as the text writes it in words (« un million »): no `{}`; the chart writes these words too. */
      words: z.string().min(1).optional(),
    })
    .strict()
    .refine((m) => m.words === undefined || (m.value !== undefined && m.text.includes(m.words)), {
      message: 'words demande value, et text doit contenir ces mots',
    })
    .refine((m) => !(m.value !== undefined && m.values), { message: 'value et values ne vont pas ensemble' })
    .refine((m) => placeholders(m.text) === (m.words !== undefined ? 0 : m.value !== undefined ? 1 : (m.values?.length ?? 0)), {
      message: 'text doit contenir un « {} » par nombre (aucun sans value ni values)',
    }),
]);
export type Measure = z.infer<typeof measure>;

/** A citation of a figure: a bibliography key, or a key with where in the source (`at: "p. 6"`). */
export const figureCitation = z.union([
  z.string().regex(/^[a-z0-9][a-z0-9-]*$/, { message: 'clé de source attendue' }),
  z.object({ key: z.string().regex(/^[a-z0-9][a-z0-9-]*$/), at: z.string().min(1) }).strict(),
]);
export type FigureCitation = z.infer<typeof figureCitation>;

/** What every row of a figure says about where its numbers come from. */
const rowProvenance = {
  /** Who gives the figure, as the table names them (inline Markdown: *titre*). */
  by: z.string().min(1),
  /** Short name for the chart (at most 46 characters); defaults to `by` when that is short. */
  label: z
    .string()
    .min(1)
    .max(CHART_LABEL_MAX, { message: `nom court attendu (${CHART_LABEL_MAX} caractères au plus)` })
    .optional(),
  /** The side the source speaks for. */
  side: z.enum(sides),
  /** Method or remark, one line (inline Markdown). */
  remark: z.string().optional(),
  /** Bibliography keys of this row: they become a note of the chapter. */
  sources: z.array(figureCitation).min(1),
};

/** One estimate of a disputed quantity, by one source. */
export const estimateRow = z
  .object({
    /** The quantity estimated, when the figure compares several (« Civils tués, deux camps »). */
    group: z.string().min(1).optional(),
    /** The estimate. */
    estimate: measure,
    ...rowProvenance,
  })
  .strict()
  .refine((r) => r.label !== undefined || r.by.replaceAll('*', '').length <= CHART_LABEL_MAX, {
    message: `« by » dépasse ${CHART_LABEL_MAX} caractères : le graphique demande un nom court`,
    path: ['label'],
  });
export type EstimateRow = z.infer<typeof estimateRow>;

/** One census (or pre-census count) of a region's population, with its two main shares. */
export const censusRow = z
  .object({
    /** Year of the count, as the table names it ("1926", "1921 et 1923"). */
    census: z.string().min(4),
    /** Total population. */
    total: measure,
    /** Share of Armenians, in per cent. */
    armenians: measure,
    /** Share of Azerbaijanis, in per cent. */
    azerbaijanis: measure,
    /** Remark, one line (inline Markdown). */
    remark: z.string().optional(),
    /** Bibliography keys of this row. */
    sources: z.array(figureCitation).min(1),
  })
  .strict();
export type CensusRow = z.infer<typeof censusRow>;

/** What every figure says about itself. */
const figureHeader = {
  /** French title, shown in the caption. */
  title: z.string().min(10),
  /** What is measured, and when (« Morts de Khodjaly, 25–26 février 1992 »): read after the title. */
  period: z.string().min(4),
  /** Unit of the numbers drawn, plural (« morts », « personnes »). */
  unit: z.string().min(1),
};

/**
 * A figure (`content/donnees/<id>.yaml`): the data of one table and of its
 * chart. A chapter places it with `<Figure id="<id>" />`.
 */
export const figure = z.discriminatedUnion('kind', [
  z
    .object({
      /** Estimates compared: each source's figure as a mark on one axis (a range as a bar). */
      kind: z.literal('estimates'),
      ...figureHeader,
      /** Sign written after every number of the table and of the chart (« % »); the unit then starts with it. */
      sign: z.literal('%').optional(),
      /** `shared`: every group on one axis, each group's name above its rows (quantities of one scale). */
      axis: z.enum(['per-group', 'shared']).optional(),
      /** Column headings of the table: the group (when rows have one), estimate, source, remark. */
      columns: z.object({ group: z.string().optional(), estimate: z.string(), by: z.string(), remark: z.string() }).strict(),
      rows: z.array(estimateRow).min(2),
    })
    .strict(),
  z
    .object({
      /** Populations: each census as a bar of shares, with its total. */
      kind: z.literal('population'),
      ...figureHeader,
      /** Column headings of the table: census, total, Armenians, Azerbaijanis, remark. */
      columns: z.object({ census: z.string(), total: z.string(), armenians: z.string(), azerbaijanis: z.string(), remark: z.string() }).strict(),
      rows: z.array(censusRow).min(2),
    })
    .strict(),
]);
export type Figure = z.infer<typeof figure>;
