import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { parseHtml } from '../src/cli/parse-html.ts';
import { walkDocument } from '../src/extract/02-walk.ts';
import { scoreCandidates } from '../src/extract/03-score.ts';
import { selectArticle } from '../src/extract/04-select.ts';
import { blockText } from '../src/extract/05-text.ts';
import { filterBlocks } from '../src/extract/06-filter.ts';
import { createBudget } from '../src/extract/budget.ts';
import { extractMetadata } from '../src/extract/metadata/index.ts';
const dir = '/work/shared/data/readability-pages';
const t = { meta: 0, walk: 0, score: 0, select: 0, text: 0, filter: 0 };
for (let round = 0; round < 2; round++) for (const n of readdirSync(dir).sort()) {
  if (!existsSync(`${dir}/${n}/source.html`)) continue;
  const doc = parseHtml(readFileSync(`${dir}/${n}/source.html`, 'utf8'));
  let a = performance.now(); extractMetadata(doc); let b = performance.now(); if (round) t.meta += b - a;
  a = b; const w = walkDocument(doc, createBudget(5000)); b = performance.now(); if (round) t.walk += b - a;
  a = b; const c = scoreCandidates(w, { skipUnlikely: true, useHints: true }); b = performance.now(); if (round) t.score += b - a;
  a = b; const s = selectArticle(w, c); b = performance.now(); if (round) t.select += b - a;
  if (!s) continue;
  a = b; const all = []; for (const r of s.roots) { const st = w.stats.get(r)!; for (let i = st.firstBlock; i < st.endBlock; i++) all.push(blockText(w.blocks[i]!)); } b = performance.now(); if (round) t.text += b - a;
  a = b; filterBlocks(w, s.roots, all); b = performance.now(); if (round) t.filter += b - a;
}
console.log(Object.fromEntries(Object.entries(t).map(([k, v]) => [k, v.toFixed(0)])));
