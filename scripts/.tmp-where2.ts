import { readFileSync } from 'node:fs';
import { parseHtml } from '../src/cli/parse-html.ts';
const [n, needle] = process.argv.slice(2);
const doc = parseHtml(readFileSync(`/work/shared/data/readability-pages/${n}/source.html`, 'utf8'));
const walker = (x: Node): void => {
  if (x.nodeType === 3 && (x as Text).data.includes(needle!)) {
    const chain: string[] = [];
    for (let e = x.parentElement; e; e = e.parentElement) chain.push(`${e.localName}.${(e.getAttribute('class') ?? '').slice(0, 50)}#${e.getAttribute('id') ?? ''}${e.getAttribute('style') ? '[style=' + e.getAttribute('style') + ']' : ''}${e.hasAttribute('hidden') ? '[hidden]' : ''}${e.getAttribute('aria-hidden') ? '[aria-hidden]' : ''}${e.getAttribute('itemprop') ? '[itemprop=' + e.getAttribute('itemprop') + ']' : ''}`);
    console.log(chain.join(' < '));
  }
  for (let c = x.firstChild; c; c = c.nextSibling) walker(c);
};
walker(doc.documentElement);
