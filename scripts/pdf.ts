/**
 * `npm run pdf`: renders again the PDFs of an existing build (dist/), for
 * instance after a change of the print stylesheet. `npm run build` renders
 * them already; this script is for working on print without a full rebuild.
 */

import { loadDossier } from '../src/content/dossier.ts';
import { fr } from '../src/i18n/fr.ts';
import { renderPdfs } from '../src/integrations/pdf.ts';
import { pdfJobs } from '../src/lib/pdf-files.ts';
import { basePath } from '../src/settings.ts';

const started = Date.now();
const written = await renderPdfs('dist', basePath(), pdfJobs(loadDossier().chapterTitles, fr.siteTitle), fr.siteAuthor);
console.log(`PDF : ${written.length} fichiers en ${((Date.now() - started) / 1000).toFixed(1)} s :\n  ${written.map((f) => `dist/${f}`).join('\n  ')}`);
