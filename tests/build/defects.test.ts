/**
 * The build is the quality gate: a fixture site with exactly one defect must
 * fail to build, and say where (file, and line when there is one), what is
 * wrong and how to fix it. Each case is a real `astro build` with the real
 * config (tests/build/fixture-site.ts); the valid fixture must build.
 */
import { describe, expect, it } from 'vitest';
import { buildFixture, type Defect, replace } from './fixture-site.ts';

const chapter1 = 'content/chapitres/1-essai.mdx';
const chapter2 = 'content/chapitres/2-essai.mdx';

interface Case extends Defect {
  name: string;
  /** Where the message must point: `file:line`, or the file alone. */
  where: string;
  problem: string;
  fix: string;
}

const cases: Case[] = [
  {
    name: 'un appel de note sans définition',
    file: chapter2,
    edit: replace('Kelbajar[^b].', 'Kelbajar[^b][^c].'),
    where: `${chapter2}:13`,
    problem: 'appel de note [^c] sans définition.',
    fix: 'ajoutez en fin de fichier une ligne « [^c]: … [@clé-de-source] ».',
  },
  {
    name: 'une note définie mais jamais appelée',
    file: chapter2,
    edit: (text) => `${text}[^z]: [@dewaal-2003-black-garden].\n`,
    where: `${chapter2}:17`,
    problem: 'la note [^z] est définie mais jamais appelée.',
    fix: 'appelez-la dans le texte avec [^z] ou supprimez sa définition.',
  },
  {
    name: 'une clé de source inconnue (la plus proche est suggérée)',
    file: chapter2,
    edit: replace('[^a]: [@onu-csnu-822-1993]', '[^a]: [@onu-csnu-822-1939]'),
    where: `${chapter2}:15`,
    problem: 'source inconnue « onu-csnu-822-1939 » dans la note [^a].',
    fix: 'vouliez-vous dire « onu-csnu-822-1993 » ?',
  },
  {
    name: 'une figure inconnue placée dans un chapitre (la plus proche est suggérée)',
    file: chapter1,
    edit: replace('<Figure id="essai-khodjaly" />', '<Figure id="essai-khojaly" />'),
    where: `${chapter1}:20`,
    problem: 'figure inconnue « essai-khojaly ».',
    fix: 'vouliez-vous dire « essai-khodjaly » ? Sinon, créez content/donnees/essai-khojaly.yaml.',
  },
  {
    name: 'un chiffre de figure dont le texte ne porte pas le nombre',
    file: 'content/donnees/essai-khodjaly.yaml',
    edit: replace('text: "au moins {} morts"', 'text: "au moins 161 morts"'),
    where: 'content/donnees/essai-khodjaly.yaml:10',
    problem: 'figure « essai-khodjaly », champ « rows.0.estimate » : text doit contenir un « {} » par nombre',
    fix: 'corrigez ce champ selon le schéma « figure » de src/content/schemas.ts',
  },
  {
    name: 'une clé de source en double dans deux fichiers',
    file: 'content/sources/textes-officiels.yaml',
    edit: (text) => `${text}dewaal-2003-black-garden:\n  type: book\n  title: "Black Garden"\n`,
    where: 'content/sources/textes-officiels.yaml:10',
    problem: 'clé de source en double « dewaal-2003-black-garden » (déjà définie dans content/sources/livres.yaml:1).',
    fix: 'supprimez l’un des deux doublons ou donnez une clé distincte.',
  },
  {
    name: 'un champ de source invalide (clé et champ nommés)',
    file: 'content/sources/textes-officiels.yaml',
    edit: replace('date: "1993-04-30"', 'date: "30/04/1993"'),
    where: 'content/sources/textes-officiels.yaml:7',
    problem: 'source « onu-csnu-822-1993 », champ « date » : date attendue au format "AAAA", "AAAA-MM" ou "AAAA-MM-JJ".',
    fix: 'corrigez ce champ selon le schéma de src/content/schemas.ts.',
  },
  {
    name: 'un article de Wikipédia sans adresse',
    file: 'content/sources/wikipedia.yaml',
    edit: replace('  url: "https://en.wikipedia.org/wiki/Khojaly_massacre"\n', ''),
    where: 'content/sources/wikipedia.yaml:1',
    problem: 'source « wp-en-khojaly-massacre », champ « url » : article de Wikipédia sans adresse.',
    fix: 'ajoutez « url: » avec l’adresse de l’article (https://xx.wikipedia.org/wiki/Titre).',
  },
  {
    name: 'une source sans voix',
    file: 'content/sources/livres.yaml',
    edit: replace('  voix: neutre\n', ''),
    where: 'content/sources/livres.yaml:1',
    problem: 'source « dewaal-2003-black-garden », champ « voix »',
    fix: 'ajoutez « voix: » (neutre, arménienne, azerbaïdjanaise, russe, turque, autre partie ou wikipédia)',
  },
  {
    name: 'une source rangée dans le fichier d’une autre sorte',
    file: 'content/sources/textes-officiels.yaml',
    edit: replace('type: legal', 'type: report'),
    where: 'content/sources/textes-officiels.yaml:1',
    problem: 'source « onu-csnu-822-1993 » (type report) rangée dans textes-officiels.yaml.',
    fix: 'déplacez l’entrée dans content/sources/rapports.yaml (une sorte d’entrée par fichier).',
  },
  {
    name: 'une note qui ne s’appuie que sur une source d’une partie, sans attribution, quand les règles sont des erreurs',
    file: chapter2,
    edit: replace('[^b]: Commentaire libre, puis [@dewaal-2003-black-garden].', '[^b]: [@azertag-2020-gandja].'),
    // The rules are errors since the six chapters were revised (src/content/sourcing-rules.ts).
    where: `${chapter2}:16`,
    problem: 'la note [^b] ne s’appuie que sur des sources liées à une partie, azertag-2020-gandja (média d’État azerbaïdjanais), et ni la phrase ni la note ne l’attribuent.',
    fix: 'attribuez l’affirmation dans la phrase ou la note',
  },
  {
    name: 'un en-tête de chapitre sans un champ obligatoire',
    file: chapter2,
    edit: replace('period: "1994–2020"\n', ''),
    where: `${chapter2}:1`,
    problem: 'en-tête : champ « period » manquant.',
    fix: 'ajoutez à l’en-tête « period: » suivi de la période couverte, par exemple "1918–1987".',
  },
  {
    name: 'un en-tête de chapitre avec une date impossible',
    file: chapter2,
    edit: replace('updated: 2026-11-20', 'updated: 2026-13-45'),
    where: `${chapter2}:6`,
    problem: 'en-tête : champ « updated » invalide (2026-13-45).',
    fix: 'donnez à « updated » la date de dernière mise à jour au format AAAA-MM-JJ, par exemple 2026-11-25.',
  },
  {
    name: 'deux chapitres avec le même numéro d’ordre',
    file: chapter2,
    edit: replace('order: 2', 'order: 1'),
    where: `${chapter2}:3`,
    problem: `numéro d’ordre 1 déjà pris par ${chapter1}:3.`,
    fix: 'donnez à chaque chapitre un « order » différent (1, 2, 3…).',
  },
  {
    name: 'un lien vers un chapitre qui n’existe pas',
    file: chapter2,
    edit: replace('## Début', 'Voir [la suite](/chapitres/3-suite/).\n\n## Début'),
    where: `${chapter2}:11`,
    problem: 'le lien « /chapitres/3-suite/ » mène à un chapitre qui n’existe pas.',
    fix: 'chapitres existants : 1-essai, 2-essai.',
  },
  {
    name: 'un lien vers une page du site qui n’existe pas',
    file: chapter2,
    edit: replace('## Début', 'Voir [les annexes](/annexes/).\n\n## Début'),
    where: `${chapter2}:11`,
    problem: 'le lien « /annexes/ » mène à une page qui n’existe pas.',
    fix: 'pages du dossier : /, ',
  },
  {
    name: 'un lien vers une ancre absente d’un autre chapitre',
    file: chapter1,
    edit: replace('/chapitres/2-essai/#debut', '/chapitres/2-essai/#fin'),
    where: `${chapter1}:24`,
    problem: 'le lien « /chapitres/2-essai/#fin » vise la section « fin », absente du chapitre 2-essai.',
    fix: 'choisissez une section existante, par exemple : debut',
  },
  {
    name: 'un chapitre vide',
    file: chapter2,
    edit: (text) => text.slice(0, text.indexOf('---', 3) + 4),
    where: `${chapter2}:1`,
    problem: 'le chapitre est vide : aucun paragraphe de texte.',
    fix: 'écrivez le texte du chapitre sous son en-tête, ou retirez le fichier.',
  },
  {
    name: 'un événement de la chronologie qui vise une ancre absente',
    file: 'content/chronologie/essai.yaml',
    edit: replace('anchor: resolution-822-1993', 'anchor: resolution-822'),
    where: 'content/chronologie/essai.yaml:1',
    problem: 'l’événement du 1993-04-30 renvoie à l’ancre « resolution-822 », absente du chapitre 1-essai.',
    fix: 'indiquez l’ancre d’un titre de section de ce chapitre',
  },
];

describe.concurrent('la construction refuse un contenu défectueux, en disant où, quoi et comment corriger', () => {
  it('construit le dossier d’essai sans défaut', async () => {
    const { code, output } = await buildFixture();
    expect(code, output).toBe(0);
    expect(output).toContain('aucun problème');
  });

  it('signale sans s’arrêter, quand les règles sont des avertissements, une note qui ne cite que des relais, et une affirmation d’une partie non attribuée', async () => {
    const edit = (text: string): string =>
      replace(
        '[^a]: [@onu-csnu-822-1993].',
        '[^a]: [@reuters-2023-hcr].',
      )(replace('[^b]: Commentaire libre, puis [@dewaal-2003-black-garden].', '[^b]: [@azertag-2020-gandja].')(text));
    const { code, output } = await buildFixture({
      file: chapter2,
      edit,
      also: [{ file: 'src/content/sourcing-rules.ts', edit: replace("= 'erreur';", "= 'avertissement';") }],
    });
    expect(code, output).toBe(0);
    expect(output).toContain(`avertissement (sources) — ${chapter2}:15 — la note [^a] ne cite que des pages qui relaient un autre éditeur : reuters-2023-hcr (relais de Reuters).`);
    expect(output).toContain('→ Correction : citez l’éditeur d’origine (Reuters) ou ajoutez une source qui ne soit pas un relais.');
    expect(output).toContain(`avertissement (sources) — ${chapter2}:16 — la note [^b] ne s’appuie que sur des sources liées à une partie`);
  });

  for (const { name, where, problem, fix, ...defect } of cases) {
    it(name, async () => {
      const { code, output } = await buildFixture(defect);
      expect(code, output).not.toBe(0);
      expect(output).toContain(`${where} — `);
      expect(output).toContain(problem);
      expect(output).toContain(`→ Correction : ${fix}`);
    });
  }
});
