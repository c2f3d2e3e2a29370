import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { parseHtml } from '../src/cli/parse-html.ts';
import { walkDocument } from '../src/extract/02-walk.ts';
import { scoreCandidates } from '../src/extract/03-score.ts';
import { selectArticle } from '../src/extract/04-select.ts';
import { createBudget } from '../src/extract/budget.ts';
import { extractArticle } from '../src/extract/index.ts';
const dir = '/work/shared/data/extraction-dev';
const truth = JSON.parse(readFileSync(dir + '/ground-truth.json', 'utf8'));
for (const pre of process.argv.slice(2)) {
  const id = Object.keys(truth).find((k) => k.startsWith(pre))!;
  const html = gunzipSync(readFileSync(`${dir}/html/${id}.html.gz`)).toString('utf8');
  const doc = parseHtml(html);
  const walk = walkDocument(doc, createBudget());
  const cands = scoreCandidates(walk, { skipUnlikely: true, useHints: true });
  const desc = (e: Element) => `${e.localName}.${e.getAttribute('class') ?? ''}#${e.getAttribute('id') ?? ''}`;
  for (const c of cands.slice(0, 5)) console.log('cand', c.final.toFixed(1), c.score.toFixed(1), desc(c.element), c.stats.text, c.stats.link);
  const sel = selectArticle(walk, cands);
  console.log('top', sel && desc(sel.top), sel?.roots.map(desc));
  const a = extractArticle(parseHtml(html));
  console.log('isArticle', a.isArticle, 'len', a.text.length);
  console.log('GOLD:', truth[id].articleBody.slice(0, 300).replace(/\n/g, ' | '));
  console.log('OURS:', a.text.slice(0, 300).replace(/\n/g, ' | '));
}
import { articleVerdict } from '../src/extract/07-verdict.ts';
import { blockText } from '../src/extract/05-text.ts';
import { filterBlocks } from '../src/extract/06-filter.ts';
import { readJsonLd } from '../src/extract/metadata/json-ld.ts';
for (const pre of process.argv.slice(2)) {
  const id = Object.keys(truth).find((k) => k.startsWith(pre))!;
  const html = gunzipSync(readFileSync(`${dir}/html/${id}.html.gz`)).toString('utf8');
  const doc = parseHtml(html);
  const walk = walkDocument(doc, createBudget());
  const sel = selectArticle(walk, scoreCandidates(walk, { skipUnlikely: true, useHints: true }))!;
  const all = [];
  for (const r of sel.roots) { const s = walk.stats.get(r)!; for (let i = s.firstBlock; i < s.endBlock; i++) all.push(blockText(walk.blocks[i]!)); }
  const kept = filterBlocks(walk, sel.roots, all);
  console.log(pre, 'verdict:', articleVerdict({ doc, all, kept, roots: sel.roots, jsonLd: readJsonLd(doc) }), 'kept', kept.length, 'of', all.length);
  if (process.env.SHOW) for (const b of all) console.log(kept.includes(b) ? '  +' : '  -', b.block.element.localName, JSON.stringify(b.text.slice(0, 90)));
}
