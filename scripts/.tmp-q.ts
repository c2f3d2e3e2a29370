import { readFileSync } from 'node:fs';
import { parseHtml } from '../src/cli/parse-html.ts';
import { walkDocument } from '../src/extract/02-walk.ts';
import { scoreCandidates } from '../src/extract/03-score.ts';
import { selectArticle } from '../src/extract/04-select.ts';
import { createBudget } from '../src/extract/budget.ts';
const [n, needle] = process.argv.slice(2);
const doc = parseHtml(readFileSync(`/work/shared/data/readability-pages/${n}/source.html`, 'utf8'));
const w = walkDocument(doc, createBudget(5000));
const i = w.blocks.findIndex((b) => b.items.some((t) => t !== 'br' && t.data.includes(needle!)));
console.log('block', i, w.blocks[i]?.element.localName, w.blocks[i]?.unlikely);
const sel = selectArticle(w, scoreCandidates(w, { skipUnlikely: true, useHints: true }))!;
for (const r of sel.roots) { const s = w.stats.get(r)!; console.log(r.localName, r.getAttribute('class'), s.firstBlock, s.endBlock, r.contains(w.blocks[i]!.element)); }
let e: Element | null = w.blocks[i]!.element; while (e) { const s = w.stats.get(e); console.log('  anc', e.localName, (e.getAttribute('class') ?? '').slice(0, 30), s?.firstBlock, s?.endBlock); e = e.parentElement; }
console.log('top parent', sel.top.parentElement?.localName, sel.top.parentElement?.getAttribute('class'));
for (let s = sel.top.parentElement?.firstElementChild; s; s = s.nextElementSibling) { const st = w.stats.get(s); console.log('  sib', s.localName, s.getAttribute('class'), st?.text, st?.link, st?.paragraphs, st?.firstBlock); }
const cands = scoreCandidates(w, { skipUnlikely: true, useHints: true });
for (const c of cands.slice(0, 8)) console.log('cand', c.final.toFixed(1), c.score.toFixed(1), c.element.localName, c.element.getAttribute('class'), c.stats.text, c.stats.link);
