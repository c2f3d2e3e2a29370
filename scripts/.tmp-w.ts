import { readFileSync } from 'node:fs';
import { parseHtml } from '../src/cli/parse-html.ts';
import { walkDocument } from '../src/extract/02-walk.ts';
import { createBudget } from '../src/extract/budget.ts';
const doc = parseHtml(readFileSync(`/work/shared/data/readability-pages/${process.argv[2]}/source.html`, 'utf8'));
const w = walkDocument(doc, createBudget(5000));
console.log('blocks', w.blocks.length, 'body', w.body?.localName, 'stats', w.stats.size, 'timedOut', w.timedOut);
for (const b of w.blocks.slice(0, 30)) console.log(b.length, b.unlikely, b.element.localName, JSON.stringify(b.sample.slice(0, 80)));
