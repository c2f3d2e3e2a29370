import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { parseHtml } from '../src/cli/parse-html.ts';
import { extractArticle, isProbablyArticle } from '../src/extract/index.ts';
const dir = '/work/shared/data/readability-pages';
for (const n of readdirSync(dir).sort()) {
  if (!existsSync(`${dir}/${n}/expected-metadata.json`)) continue;
  const exp = JSON.parse(readFileSync(`${dir}/${n}/expected-metadata.json`, 'utf8'));
  const html = readFileSync(`${dir}/${n}/source.html`, 'utf8');
  const a = extractArticle(parseHtml(html), { budgetMs: 5000 });
  const g = isProbablyArticle(parseHtml(html));
  if (a.isArticle !== exp.readerable || g !== exp.readerable) console.log(n, 'want', exp.readerable, 'isArticle', a.isArticle, 'gate', g, 'len', a.text.length);
}
