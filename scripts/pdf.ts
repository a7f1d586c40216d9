/**
 * `npm run pdf`: renders again the PDFs of an existing build (dist/), for
 * instance after a change of the print stylesheet. `npm run build` renders
 * them already; this script is for working on print without a full rebuild
 * (`npm run pdf -- 3-guerre` prints only the PDFs whose name holds « 3-guerre »; the
 * whole edition is laid out all the same, since each chapter is printed from it).
 */

import { loadDossier } from '../src/content/dossier.ts';
import { fr } from '../src/i18n/fr.ts';
import { renderPdfs } from '../src/integrations/pdf.ts';
import { EDITION_PAGE, pdfJobs } from '../src/lib/pdf-files.ts';
import { basePath } from '../src/settings.ts';

const started = Date.now();
// `npm run pdf -- 3-guerre dossier`: only the PDFs whose file name contains one of the words.
const only = process.argv.slice(2);
const jobs = pdfJobs(loadDossier().chapterTitles, fr.siteTitle).filter((job) => only.length === 0 || only.some((word) => job.file.includes(word)));
const { report: r, layoutSeconds, files } = await renderPdfs('dist', basePath(), EDITION_PAGE, jobs, fr.siteAuthor);
console.log(
  `Mise en page de /${EDITION_PAGE} : ${layoutSeconds.toFixed(1)} s, ${r.pages} pages, ${r.notes} notes, ` +
    `${r.crossReferences} renvois, index de ${r.indexEntries} noms (${r.mentions} mentions).`,
);
const lines = files.map(({ file, pages, seconds }) => `dist/${file} : ${pages} pages, ${seconds.toFixed(1)} s`);
console.log(`PDF : ${files.length} fichiers en ${((Date.now() - started) / 1000).toFixed(1)} s :\n  ${lines.join('\n  ')}`);
