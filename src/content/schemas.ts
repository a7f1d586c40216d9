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

/**
 * A date as written in the data files: "YYYY", "YYYY-MM" or "YYYY-MM-DD"; a full date must name
 * a day that exists, by the same rule as every other date field (`isCalendarDate`).
 */
export const partialDate = z
  .string()
  .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, {
    message: 'date attendue au format "AAAA", "AAAA-MM" ou "AAAA-MM-JJ"',
  })
  .refine((value) => value.length < 10 || isCalendarDate(value), {
    message: 'date inexistante (format AAAA-MM-JJ, jour et mois réels)',
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

/*
 * THE BIBLIOGRAPHY'S RULES (content/sources/*.yaml)
 *
 * Filing. One file per kind, entries sorted by key (the loader checks both):
 *   livres.yaml (book) · articles.yaml (article, chapter) · rapports.yaml (report, release, dataset)
 *   · textes-officiels.yaml (legal) · presse.yaml (newspaper) · web.yaml (web) · wikipedia.yaml
 *   (every Wikipedia article, whatever its language). Git history keeps who added what.
 *
 * Standing (`voix`): whose voice the document carries, decided by reading its publisher, its
 * address and its author — never from its key.
 *   - `wikipédia`: any Wikipedia article, a finding aid of its own kind (address required).
 *   - a party (`arménienne`, `azerbaïdjanaise`, `russe`, `turque`, `autre partie`): the publisher
 *     belongs to that side: its government, parliament, ministries, the de facto authorities of
 *     Nagorno-Karabakh (Armenian side), state agencies and broadcasters (AZERTAC, Public Radio of
 *     Armenia, TASS, Anadolu…), the national press of that country even when independent (News.am,
 *     CivilNet, Turan, Interfax, Caucasian Knot…), its diaspora press (Asbarez, Armenian Weekly…),
 *     advocacy sites, and research bodies or scholars writing from that side (Noravank, ADA).
 *     `nature` then says how (see `natures`), and the reader sees a label built from both.
 *   - `neutre`: everything else: international organisations and courts, NGOs, scholarship
 *     published outside the parties, international agencies and newspapers, international public
 *     broadcasters (RFE/RL and its Armenian service Azatutyun, BBC, RFI), texts signed jointly by
 *     the parties (ceasefires, trilateral declarations).
 * Relay (`relais: true` + `source`): the document cited is a page that only reprints another
 * publisher's text (a Reuters dispatch on Boursorama, an AFP wire in a diaspora paper, a
 * government report on an advocacy site). `source` names the original publisher as it reads after
 * « relais de » (« Reuters », « l’Agence France-Presse »), and `voix` is the original's voice.
 * An entry that describes the original document and merely gives a copy's address is not a relay.
 */

export const sourceTypes = ['book', 'chapter', 'article', 'report', 'release', 'newspaper', 'web', 'legal', 'dataset'] as const;
export type SourceType = (typeof sourceTypes)[number];

/** Whose voice a source carries (see the rules above). */
export const voices = ['neutre', 'arménienne', 'azerbaïdjanaise', 'russe', 'turque', 'autre partie', 'wikipédia'] as const;
export type Voice = (typeof voices)[number];
/** The voices of the parties to the conflict. */
export const partyVoices = ['arménienne', 'azerbaïdjanaise', 'russe', 'turque', 'autre partie'] as const satisfies readonly Voice[];
export type PartyVoice = (typeof partyVoices)[number];

/**
 * How a party-tied source speaks for its side: `officielle` (government, parliament, authorities),
 * `média d’État` (state agency or broadcaster), `presse` (national press), `diaspora` (diaspora
 * press), `militante` (advocacy site), `recherche` (institute or scholar of that side), `tribune`
 * (a side's point of view published by a neutral outlet), `site` (a private site of that side).
 */
export const natures = ['officielle', 'média d’État', 'presse', 'diaspora', 'militante', 'recherche', 'tribune', 'site'] as const;

/** The file of content/sources/ that holds each kind of entry. */
export const SOURCE_FILES = {
  livres: ['book'],
  articles: ['article', 'chapter'],
  rapports: ['report', 'release', 'dataset'],
  'textes-officiels': ['legal'],
  presse: ['newspaper'],
  web: ['web'],
  wikipedia: [],
} as const satisfies Record<string, readonly SourceType[]>;
export type SourceKind = keyof typeof SOURCE_FILES;

const isParty = (v: Voice): v is PartyVoice => (partyVoices as readonly Voice[]).includes(v);
const WIKIPEDIA_HOST = /(^|\.)wikipedia\.org$/;
/** Types of documents that are issued by someone (an author, a body) and dated. */
const ISSUED: readonly SourceType[] = ['report', 'release', 'legal'];

/** One bibliography entry, CSL-like. The key is the mapping key in `content/sources/*.yaml`. */
export const source = z
  .object({
    /** Kind of document: decides how it is rendered and grouped on /sources/. `release`: a news release or statement. */
    type: z.enum(sourceTypes),
    /** Whose voice the document carries (rules at the top of this file). Required. */
    voix: z.enum(voices),
    /** For a party's voice only: how it speaks for its side (official, state media, press…). */
    nature: z.enum(natures).optional(),
    /** The page only reprints another publisher's text; `source` names that publisher. */
    relais: z.literal(true).optional(),
    /** Original publisher of a relayed text, as it reads after « relais de » (« Reuters », « l’AFP »). */
    source: z.string().min(2).optional(),
    /** Authors, persons or organisations (the issuing body of a report or an official text). */
    authors: z.array(person).optional(),
    /** Editors of a collective book. */
    editors: z.array(person).optional(),
    /** Exact title as published, in its original language (`language`), with that language's typography. */
    title: z.string().min(1),
    /** Subtitle, rendered after a colon (« : » in French, « : » without space in other languages). */
    subtitle: z.string().optional(),
    /** Short title used in later notes (« op. cit. »); defaults to the title. */
    shortTitle: z.string().optional(),
    /** Journal, newspaper, website or series that holds the document. */
    container: z.string().optional(),
    /** Report or document number within its series ("N° 166", "Doc. 7250"). */
    number: z.string().optional(),
    /** Volume of a journal, or the volume(s) of a multi-volume work ("I–IV"). */
    volume: z.union([z.string(), z.number()]).optional(),
    /** Number of volumes of a multi-volume work (then `volume` is required). */
    volumes: z.number().int().min(2).optional(),
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
    /** Date of the last volume of a work published over several years. */
    dateEnd: partialDate.optional(),
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
    /** Language of the document and of its title (ISO 639-1). Required. */
    language: z.string().regex(/^[a-z]{2,3}$/, { message: 'code de langue ISO 639 attendu (fr, en, ru, hy, az…)' }),
    /** Why a piece of metadata the schema expects is missing (a French sentence each). */
    missing: z
      .object({
        /** Why no author or issuing body is given. */
        author: z.string().min(10).optional(),
        /** Why a book has no ISBN (published before ISBNs, not found in a catalogue…). */
        isbn: z.string().min(10).optional(),
      })
      .strict()
      .optional(),
    /** A short French remark shown with the entry. */
    note: z.string().optional(),
  })
  .strict()
  .superRefine((s, ctx) => {
    const fail = (path: string, message: string, fix: string): void => {
      ctx.addIssue({ code: 'custom', path: [path], message, params: { fix } });
    };
    const host = s.url ? new URL(s.url).hostname : '';
    if (s.voix === 'wikipédia') {
      if (!s.url) fail('url', 'article de Wikipédia sans adresse', 'ajoutez « url: » avec l’adresse de l’article (https://xx.wikipedia.org/wiki/Titre).');
      else if (!WIKIPEDIA_HOST.test(host)) fail('url', `adresse hors de Wikipédia (${host})`, 'donnez l’adresse de l’article sur wikipedia.org, ou changez « voix ».');
      if (s.type !== 'web') fail('type', 'un article de Wikipédia est de type « web »', 'écrivez « type: web ».');
      if (s.relais) fail('relais', 'un article de Wikipédia n’est pas un relais', 'retirez « relais » et « source ».');
    } else if (WIKIPEDIA_HOST.test(host) || /wikip[eé]dia/i.test(s.container ?? '')) {
      fail('voix', 'article de Wikipédia dont « voix » n’est pas « wikipédia »', 'écrivez « voix: wikipédia » et rangez l’entrée dans wikipedia.yaml.');
    }
    if (isParty(s.voix) && !s.nature) {
      fail('voix', `source de voix ${s.voix} sans « nature »`, `ajoutez « nature: » (${natures.join(', ')}).`);
    }
    if (!isParty(s.voix) && s.nature) fail('nature', `« nature » est réservée aux voix des parties (ici « ${s.voix} »)`, 'retirez « nature », ou corrigez « voix ».');
    if (s.relais && !s.source) fail('relais', 'relais sans « source »', 'nommez l’éditeur d’origine : « source: "Reuters" ».');
    if (s.source && !s.relais) fail('source', '« source » sans « relais: true »', 'ajoutez « relais: true », ou retirez « source ».');
    if (s.type === 'book') {
      for (const field of ['publisher', 'place', 'date'] as const) {
        if (!s[field]) fail(field, `ouvrage sans « ${field} »`, `ajoutez « ${field}: » d’après la page de titre de l’ouvrage.`);
      }
      if (!s.isbn && !s.missing?.isbn) fail('isbn', 'ouvrage sans ISBN', 'ajoutez « isbn: » vérifié dans un catalogue, ou « missing: { isbn: "raison" } ».');
    }
    if (s.volumes && s.volume === undefined) fail('volume', `ouvrage en ${s.volumes} volumes sans « volume »`, 'indiquez le ou les volumes cités : « volume: "III" ».');
    if (ISSUED.includes(s.type)) {
      if (!s.authors?.length && !s.editors?.length && !s.missing?.author) {
        fail('authors', `document (${s.type}) sans auteur ni organisme émetteur`, 'ajoutez « authors: [{ literal: "Organisme" }] », ou « missing: { author: "raison" } ».');
      }
      if (!s.date) fail('date', `document (${s.type}) sans date`, 'ajoutez « date: » (AAAA, AAAA-MM ou AAAA-MM-JJ).');
    }
  });
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
