import { chapterPages, weighPage } from './scripts/bench/weight.ts';
for (const p of chapterPages('dist','/')) { const w = weighPage('dist','/',p); console.log(p.padEnd(40), 'html', w.html.gzip, 'css', w.css.gzip, 'js', w.js.gzip, 'text', w.text.gzip, 'over', w.overheadGzip); }
