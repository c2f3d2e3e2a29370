import { readFileSync } from 'node:fs';
import { parseHtml } from '../src/cli/parse-html.ts';
const doc = parseHtml(readFileSync(`/work/shared/data/readability-pages/${process.argv[2]}/source.html`, 'utf8'));
console.log(doc.body?.childNodes.length, doc.body?.firstChild?.nodeType, doc.documentElement.childNodes.length, [...doc.documentElement.childNodes].map((n) => n.nodeName));
console.log((doc.body?.textContent ?? '').length, doc.querySelectorAll('p').length, doc.querySelector('p')?.parentElement?.localName);
let e: Element | null = doc.querySelector('p'); const chain = []; while (e) { chain.push(e.localName); e = e.parentElement; } console.log(chain.join('<'));
