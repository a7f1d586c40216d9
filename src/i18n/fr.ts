/** Every string of the interface, in one French dictionary, set in French typography (no-break spaces, guillemets). */
import { frenchTypography } from '../lib/typography.ts';
import { searchMessages } from './search-messages.ts';

/**
 * A dictionary function that typesets what it returns. What it returns for numbers only (« note 17 »,
 * « chap. 5 ») is typeset once per build: the sources page asks for it on every citation.
 */
function typesetFunction(make: (...args: unknown[]) => unknown): (...args: unknown[]) => unknown {
  const byNumbers = new Map<string, unknown>();
  return (...args: unknown[]) => {
    if (!args.every((a) => typeof a === 'number')) return typeset(make(...args));
    const key = args.join(' ');
    if (!byNumbers.has(key)) byNumbers.set(key, typeset(make(...args)));
    return byNumbers.get(key);
  };
}

/** Applies French typography to every string of the dictionary, and to what its functions return. */
function typeset<T>(value: T): T {
  if (typeof value === 'string') return frenchTypography(value) as T;
  if (typeof value === 'function') return typesetFunction(value as (...a: unknown[]) => unknown) as T;
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, typeset(v)])) as T;
  return value;
}

export const fr = typeset({
  siteTitle: 'Haut-Karabagh, dossier annoté',
  siteTagline: 'Un siècle de conflit, de 1918 à 2025, raconté et sourcé note par note',
  siteAuthor: 'Dossier annoté Haut-Karabagh',
  skipLink: 'Aller au contenu',
  nav: {
    label: 'Navigation principale',
    /** The same links again at the foot of each page. */
    footerLabel: 'Navigation principale (pied de page)',
    home: 'Accueil',
    chapters: 'Chapitres',
    chronology: 'Chronologie',
    glossary: 'Glossaire',
    map: 'Carte',
    sources: 'Sources',
    search: 'Recherche',
    print: 'Édition imprimable',
  },
  theme: {
    toggle: 'Changer de thème',
    toDark: 'Passer au thème sombre',
    toLight: 'Passer au thème clair',
  },
  search: {
    ...searchMessages,
    label: 'Rechercher dans le dossier',
    headerLandmark: 'Recherche rapide',
    pageLandmark: 'Recherche détaillée',
    placeholder: 'Rechercher (touche /)',
    submit: 'Rechercher',
    pageTitle: 'Recherche',
    intro: 'Cherchez un nom, un lieu ou une date dans tout le dossier, quelle que soit l’orthographe.',
    noScript: 'La recherche demande JavaScript. Parcourez les chapitres, la chronologie ou le glossaire.',
    allChapters: 'Tous les chapitres',
    filterLabel: 'Filtrer par chapitre',
  },
  chapter: {
    label: (n: number) => `Chapitre ${n}`,
    period: 'Période',
    readingTime: (min: number) => `${min} min de lecture`,
    updated: 'Mise à jour',
    /** The dossier's reference date (content/edition.yaml), at the head of each chapter. */
    asOf: 'État au',
    address: 'Adresse',
    toc: 'Dans ce chapitre',
    previous: 'Chapitre précédent',
    next: 'Chapitre suivant',
    /** The previous and next chapters, at the foot of a chapter. */
    pager: 'Chapitres voisins',
    reperes: 'Repères',
    reperesCount: (n: number) => `${n} dates clés, chacune liée à sa section`,
    /** In the closed box, until its list is loaded (and for good without JavaScript): the link to the chronology. */
    reperesInChronology: (n: number) => (n === 1 ? 'La date du chapitre dans la chronologie' : `Les ${n} dates du chapitre dans la chronologie`),
    /** Accessible name of a heading's link, read before the heading's own text. */
    anchorLink: 'Lien vers la section',
    notes: 'Notes',
    /** Printed from the browser, after the notes: the chapter page does not print the sources' addresses. */
    sourceAddresses: (sources: string, pdf?: string) => `Les adresses des sources sont dans la bibliographie (${sources})${pdf ? ` et dans le PDF du chapitre (${pdf})` : ''}.`,
    backToCall: (n: number, repeat: number) => `Retour à l’appel de note ${n}${repeat > 1 ? ` (${repeat})` : ''}`,
    table: (n: number, chapter?: string) => (chapter ? `Tableau ${n} du chapitre ${chapter}` : `Tableau ${n}`),
  },
  home: {
    title: 'Haut-Karabagh, dossier annoté',
    lead: 'Ce dossier retrace le conflit du Haut-Karabagh, des républiques indépendantes de 1918 à la dissolution de la république autoproclamée en 2023 et aux négociations de paix de 2025.',
    method:
      'Chaque affirmation renvoie, par une note, à une source publiée : résolutions des Nations unies, textes de l’OSCE et des gouvernements, rapports d’ONG, ouvrages d’historiens, presse. Les chiffres contestés sont donnés avec leurs auteurs et sous forme de fourchettes ; chaque lieu est nommé sous ses deux formes à sa première mention.',
    updated: 'Dernière mise à jour',
    asOf: (date: string) => `État au ${date} : les faits postérieurs à cette date ne sont pas pris en compte.`,
    chaptersTitle: 'Les chapitres',
    toolsTitle: 'Pour aller plus loin',
  },
  sources: {
    title: 'Sources',
    intro:
      'Toutes les sources citées dans le dossier, classées par sorte puis par auteur. Une étiquette signale les sources qui parlent pour une partie au conflit et les pages qui ne font que relayer un autre éditeur. Sous chaque entrée, les notes qui la citent.',
    citedIn: 'Cité dans :',
    /** Before the places of the map whose coordinates a source gives: « carte : Stepanakert ». */
    onMap: 'carte :',
    /** What a source is called in search results. */
    searchKind: 'source',
    count: (n: number) => `${n} sources.`,
    chapterAbbr: (n: number) => `chap. ${n}`,
    note: (n: number) => `note ${n}`,
    /** Before the numbers of the notes that cite a source in a chapter: « note 3 », « notes 3, 7 ». */
    notesWord: (count: number) => (count > 1 ? 'notes' : 'note'),
    /** Headings of /sources/, one per file of content/sources/. */
    kinds: {
      livres: 'Ouvrages',
      articles: 'Articles et chapitres d’ouvrages',
      rapports: 'Rapports, communiqués et déclarations',
      'textes-officiels': 'Textes officiels et juridiques',
      presse: 'Presse',
      web: 'Sites web et encyclopédies',
      wikipedia: 'Wikipédia',
    },
    online: 'En ligne',
    download: 'Toutes ces sources pour un gestionnaire de références :',
    filter: {
      legend: 'Afficher',
      all: 'Toutes',
      neutre: 'Sans attache à une partie',
      arménienne: 'Arméniennes',
      azerbaïdjanaise: 'Azerbaïdjanaises',
      russe: 'Russes',
      turque: 'Turques',
      'autre partie': 'Autres parties',
      wikipédia: 'Wikipédia',
      relais: 'Relais',
      shown: (n: number) => `${n} source${n > 1 ? 's' : ''} affichée${n > 1 ? 's' : ''}.`,
      /** The same sentence for the script that counts without reloading. */
      shownTemplate: '{n} source{s} affichée{s}.',
    },
  },
  /** Labels of the sources that speak for a party or relay another publisher (notes, previews, /sources/, print). */
  standing: {
    /** The adjective of each party, feminine and masculine. */
    parties: {
      arménienne: { f: 'arménienne', m: 'arménien' },
      azerbaïdjanaise: { f: 'azerbaïdjanaise', m: 'azerbaïdjanais' },
      russe: { f: 'russe', m: 'russe' },
      turque: { f: 'turque', m: 'turc' },
      'autre partie': { f: 'd’une autre partie', m: 'd’une autre partie' },
    },
    natures: {
      officielle: (a: { f: string; m: string }) => `source officielle ${a.f}`,
      'média d’État': (a: { f: string; m: string }) => `média d’État ${a.m}`,
      presse: (a: { f: string; m: string }) => `presse ${a.f}`,
      diaspora: (a: { f: string; m: string }) => `presse de la diaspora ${a.f}`,
      militante: (a: { f: string; m: string }) => `site militant ${a.m}`,
      recherche: (a: { f: string; m: string }) => `recherche ${a.f}`,
      tribune: (a: { f: string; m: string }) => `point de vue ${a.m}`,
      site: (a: { f: string; m: string }) => `site ${a.m}`,
    },
    /** « relais de Reuters », « relais de l’Agence France-Presse », « relais du New York Times ». */
    relay: (source: string) =>
      `relais ${/^le /i.test(source) ? `du ${source.slice(3)}` : /^les /i.test(source) ? `des ${source.slice(4)}` : /^[aeiouyàâéèêîôû]/i.test(source) ? `d’${source}` : `de ${source}`}`,
  },
  chronology: {
    title: 'Chronologie',
    /** What an event is called in search results. */
    searchKind: 'événement',
    intro: 'Les dates du conflit, de 1918 à 2025, regroupées par période ; chacune renvoie à la section du chapitre qui la raconte et aux sources qui l’établissent.',
    count: (n: number) => `${n} événements.`,
    shown: '{n} événement{s} affiché{s}',
    filterChapter: 'Période',
    filterTheme: 'Thèmes',
    all: 'Toutes',
    themes: { diplomatie: 'Diplomatie', guerre: 'Guerre', humanitaire: 'Humanitaire', politique: 'Politique' },
    themesLabel: 'Thèmes',
    sourcesLabel: 'Sources',
    readInChapter: (n: number) => `Lire au chapitre ${n}`,
  },
  print: {
    title: 'Édition imprimable',
    description: 'Le dossier entier sur une page, pour l’imprimer ou l’enregistrer en PDF : page de titre, sommaire, six chapitres, chronologie, sources.',
    intro:
      'Le dossier entier sur une seule page, dans l’ordre : page de titre, sommaire, les six chapitres avec leurs notes, la chronologie et les sources. Imprimez-la depuis le navigateur (format A4) ou téléchargez le PDF.',
    downloadAll: 'Télécharger le PDF du dossier complet',
    downloadChapter: 'Télécharger le PDF de ce chapitre',
    cover: 'Page de titre',
    contents: 'Sommaire',
    index: 'Index des noms',
    indexIntro: 'Les pages où les chapitres nomment chaque lieu, personne, organisation ou terme du glossaire ; les autres graphies renvoient à la forme retenue.',
    indexSee: 'voir',
    notComposed: (chapters: number, max: number) =>
      `Le dossier compte ${chapters} chapitres : au-delà de ${max}, l’édition sur une seule page n’est pas composée, elle serait trop lourde pour un navigateur, et aucun PDF n’est produit. Chaque chapitre s’imprime depuis sa page (format A4, notes en fin de chapitre).`,
    chapterList: 'Les chapitres',
  },
  glossary: {
    title: 'Glossaire et index des noms',
    intro:
      'Les lieux, les personnes, les organisations et les termes du dossier, sous toutes leurs graphies : forme retenue ici, formes arménienne et azerbaïdjanaise en transcription française, formes anglaises et russes, écritures d’origine. Chaque entrée dit dans quels chapitres le nom apparaît.',
    count: (n: number) => `${n} entrées.`,
    letters: 'Lettres de l’index',
    kinds: { lieu: 'lieu', personne: 'personne', organisation: 'organisation', terme: 'terme' },
    armenian: 'Arménien',
    azerbaijani: 'Azerbaïdjanais',
    english: 'Anglais',
    russian: 'Russe',
    variants: 'Autres graphies',
    inChapters: 'Dans :',
    sources: 'Sources',
  },
  cite: {
    title: 'Citer ce chapitre',
    copy: 'Copier la référence',
    copied: 'Référence copiée.',
    bibtex: 'BibTeX',
    ris: 'RIS (Zotero, EndNote)',
    /** Parts of a reference: « consulté le 3 mars 2024 », « chapitre 3 de … », « mis à jour le … ». */
    accessed: (date: string) => `consulté le ${date}`,
    chapterOf: (order: number, dossier: string) => `chapitre ${order} de ${dossier}`,
    updatedOn: (date: string) => `mis à jour le ${date}`,
    /** The words of a reference in the notes and the bibliography (src/lib/cite.ts). */
    terms: {
      /** Between the last two names: « A, B et C ». */
      and: 'et',
      /** After the first of more than three names. */
      etAl: 'et al.',
      /** After the names of editors. */
      editors: '(dir.)',
      /** Before the editors of the book that holds a chapter. */
      in: 'dans',
      /** Before a volume (« vol. III »), after a number of volumes (« 4 vol. »). */
      volume: 'vol.',
      /** Before an issue (« n° 4 ») and before pages (« p. 12–15 »). */
      issue: 'n°',
      pages: 'p.',
      /** The short form of a source already cited in the chapter, and the same source as just before. */
      opCit: 'op. cit.',
      ibid: 'Ibid.',
    },
  },
  notFound: {
    title: 'Page introuvable',
    lead: 'Cette adresse ne correspond à aucune page du dossier. Elle a peut-être changé : cherchez ce que vous voulez lire, ou reprenez par un chapitre.',
  },
  footer: {
    about: 'Dossier annoté, rédigé à partir de sources publiées. Textes originaux ; chaque fait est sourcé en note.',
  },
  figure: {
    /** Label of a figure: « Figure 2 du chapitre 3 ». */
    label: (n: number, chapter?: string) => (chapter ? `Figure ${n} du chapitre ${chapter}` : `Figure ${n}`),
    sides: {
      armenien: 'partie arménienne',
      azerbaidjanais: 'partie azerbaïdjanaise',
      sovietique: 'autorités soviétiques',
      independant: 'source indépendante',
    },
    legend: 'Qui donne le chiffre :',
    range: (low: string, high: string) => `${low}–${high}`,
    /** A range in the table: « 476 à 477 ». */
    rangeInWords: (low: string, high: string) => `${low} à ${high}`,
    readingEstimates: (low: string, high: string, unit: string) => `Les estimations vont de ${low} à ${high} ${unit}.`,
    readingEstimatesNumbered: (low: string, high: string, unit: string) => `Les estimations chiffrées vont de ${low} à ${high} ${unit}.`,
    undrawn: (n: number) => (n === 1 ? 'Une estimation sans nombre précis figure au tableau seulement.' : `${n} estimations sans nombre précis figurent au tableau seulement.`),
    altAll: 'Les estimations vont ',
    readingParts: 'Les chiffres ne comptent pas tous la même chose : chaque ligne du graphique dit ce qu’elle compte.',
    readingShared: 'Une ligne par source, toutes sur le même axe ; chaque intitulé dit ce qui est compté.',
    readingGroups: 'Chaque quantité a son axe, qui part de zéro ; chaque ligne est une source.',
    altEstimates: (title: string, parts: string) => `Graphique : ${title}. ${parts} Le tableau qui suit donne chaque chiffre, son auteur et sa source.`,
    altExtremes: (what: string, low: string, lowBy: string, high: string, highBy: string) => `${what}de ${low} (${lowBy}) à ${high} (${highBy}).`,
    altOne: (what: string, value: string, by: string) => `${what}${value} (${by}).`,
    readingShares: (first: string, from: string, to: string) => `Part des ${first} : de ${from} à ${to}.`,
    altShares: (title: string, parts: string) => `Graphique : ${title}. ${parts} Le tableau qui suit donne chaque recensement, son total et sa source.`,
    altShareExtremes: (group: string, low: string, lowWhen: string, high: string, highWhen: string) =>
      `Part des ${group} : au plus bas ${low} (${lowWhen}), au plus haut ${high} (${highWhen}).`,
    armenians: 'Arméniens',
    azerbaijanis: 'Azerbaïdjanais',
    sourcesLine: 'Chaque chiffre du tableau renvoie par une note à sa source.',
  },
  map: {
    title: 'Carte de la région',
    description: 'Carte du Caucase du Sud : le Haut-Karabagh, l’Arménie, l’Azerbaïdjan et les lieux nommés par les chapitres, chacun relié à son entrée du glossaire.',
    intro:
      'Les villes et les districts que nomment les chapitres, de Gyumri à Bakou. Chaque repère mène à l’entrée du glossaire, qui donne les noms arménien et azerbaïdjanais du lieu ; la liste sous la carte reprend les mêmes lieux.',
    svgTitle: 'Carte du Caucase du Sud et du Haut-Karabagh',
    svgDesc: (n: number) =>
      `Frontières internationales actuelles de l’Arménie, de l’Azerbaïdjan (avec le Nakhitchevan), de la Géorgie, et des parties voisines de la Turquie, de l’Iran et de la Russie ; ${n} lieux, chacun relié à son entrée du glossaire. La liste qui suit la carte donne les mêmes lieux.`,
    countries: { armenia: 'Arménie', azerbaijan: 'Azerbaïdjan', georgia: 'Géorgie', turkey: 'Turquie', iran: 'Iran', russia: 'Russie' },
    sea: 'mer Caspienne',
    scale: (km: number) => `${km} km`,
    placeTitle: (term: string, others: string) => (others ? `${term} (${others}) : entrée du glossaire` : `${term} : entrée du glossaire`),
    note: 'Le contour de l’ancienne région autonome du Haut-Karabagh (NKAO, 1923–1991) et la ligne de contact de 1994 ne sont pas tracés : le dossier ne dispose pas de coordonnées sourcées pour les dessiner. Seules figurent les frontières internationales actuelles.',
    credits:
      'Fond de carte : Natural Earth, 1:50 000 000 (domaine public), par le paquet world-atlas ; projection conique conforme de Lambert. Coordonnées des lieux : article Wikipédia de chaque lieu, cité dans la liste.',
    listTitle: 'Les lieux de la carte',
    listIntro: 'Les mêmes lieux, par ordre alphabétique, avec leurs noms arménien et azerbaïdjanais et la source de leurs coordonnées.',
    armenian: 'arménien',
    azerbaijani: 'azerbaïdjanais',
    coordinates: 'coordonnées',
    source: 'source',
    degrees: (lat: number, lon: number) => `${lat.toLocaleString('fr-FR', { minimumFractionDigits: 2 })}° N, ${lon.toLocaleString('fr-FR', { minimumFractionDigits: 2 })}° E`,
  },
} as const);
