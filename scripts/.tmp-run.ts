import { readFileSync } from 'node:fs';
import { parseHtml } from '/work/main/src/cli/parse-html.ts';
import { extractArticle } from '/work/main/src/extract/index.ts';
for (const f of process.argv.slice(2)) {
  const doc = parseHtml(readFileSync(f, 'utf8'));
  const t = performance.now();
  const a = extractArticle(doc);
  console.log(f, (performance.now() - t).toFixed(1), 'ms', a.isArticle, a.timedOut, JSON.stringify(a.metadata));
  for (const p of a.paragraphs) console.log(' -', p.role, JSON.stringify(p.text.slice(0, 110)));
}
