import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { parseHtml } from '../src/cli/parse-html.ts';
import { walkDocument } from '../src/extract/02-walk.ts';
import { scoreCandidates } from '../src/extract/03-score.ts';
import { selectArticle } from '../src/extract/04-select.ts';
import { createBudget } from '../src/extract/budget.ts';
import { articleVerdict } from '../src/extract/07-verdict.ts';
import { blockText } from '../src/extract/05-text.ts';
import { filterBlocks } from '../src/extract/06-filter.ts';
import { readJsonLd } from '../src/extract/metadata/json-ld.ts';
for (const f of process.argv.slice(2).map((x) => x.includes("/") ? x : `/work/shared/data/readability-pages/${x}/source.html`)) {
  const buf = readFileSync(f);
  const html = f.endsWith('.gz') ? gunzipSync(buf).toString('utf8') : buf.toString('utf8');
  const doc = parseHtml(html);
  const walk = walkDocument(doc, createBudget());
  const cands = scoreCandidates(walk, { skipUnlikely: true, useHints: true });
  const sel = (selectArticle(walk, cands) ?? selectArticle(walk, scoreCandidates(walk, { skipUnlikely: false, useHints: true })))!;
  const desc = (e: Element) => `${e.localName}.${e.getAttribute('class') ?? ''}#${e.getAttribute('id') ?? ''}`;
  const all = [];
  for (const r of sel.roots) { const s = walk.stats.get(r)!; for (let i = s.firstBlock; i < s.endBlock; i++) all.push(blockText(walk.blocks[i]!)); }
  const kept = filterBlocks(walk, sel.roots, all);
  console.log(f, 'top', desc(sel.top), 'roots', sel.roots.length, 'verdict:', articleVerdict({ doc, all, kept, roots: sel.roots, jsonLd: readJsonLd(doc) }), 'kept', kept.length, 'of', all.length);
  if (process.env.SHOW) for (const b of all) console.log(kept.includes(b) ? '  +' : '  -', b.block.element.localName, JSON.stringify(b.text.slice(0, 100)));
}
