import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { parseHtml } from '../src/cli/parse-html.ts';
import { extractArticle } from '../src/extract/index.ts';
import { shingleMatch, metrics } from './eval-extract.ts';
const dir = '/work/shared/data/readability-pages';
const triples: [number, number, number][] = [];
const rows: string[] = [];
for (const n of readdirSync(dir).sort()) {
  if (!existsSync(`${dir}/${n}/expected.html`)) continue;
  const exp = parseHtml(readFileSync(`${dir}/${n}/expected.html`, 'utf8'));
  const gold = exp.body?.textContent ?? exp.documentElement.textContent ?? '';
  const a = extractArticle(parseHtml(readFileSync(`${dir}/${n}/source.html`, 'utf8')), { budgetMs: 5000 });
  const t = shingleMatch(gold, a.text);
  triples.push(t);
  const p = t[0] / (t[0] + t[1] || 1), r = t[0] / (t[0] + t[2] || 1);
  rows.push(`${(2 * p * r / (p + r || 1)).toFixed(3)} P${p.toFixed(2)} R${r.toFixed(2)} ${n} ${a.isArticle}`);
}
console.log(metrics(triples));
console.log(rows.sort().slice(0, 30).join('\n'));
