import { readFileSync } from 'node:fs';
import { parseHtml } from '../src/cli/parse-html.ts';
import { extractArticle } from '../src/extract/index.ts';
const n = process.argv[2];
const dir = '/work/shared/data/readability-pages';
const exp = parseHtml(readFileSync(`${dir}/${n}/expected.html`, 'utf8'));
const tok = (s: string) => (s.match(/[\p{L}\p{N}_]+/gu) ?? []).join(' ');
const a = extractArticle(parseHtml(readFileSync(`${dir}/${n}/source.html`, 'utf8')), { budgetMs: 5000 });
const ours = tok(a.text);
for (const p of exp.querySelectorAll('p, li, h2, h3, pre, td')) {
  const t = tok(p.textContent ?? '');
  if (t.length > 20 && !ours.includes(t)) console.log('MISSING', p.localName, JSON.stringify((p.textContent ?? '').trim().slice(0, 120)));
}
