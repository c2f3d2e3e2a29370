import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { parseHtml } from '../src/cli/parse-html.ts';
const [pre, needle] = process.argv.slice(2);
const dir = '/work/shared/data/extraction-dev';
const truth = JSON.parse(readFileSync(dir + '/ground-truth.json', 'utf8'));
const id = Object.keys(truth).find((k) => k.startsWith(pre!))!;
const doc = parseHtml(gunzipSync(readFileSync(`${dir}/html/${id}.html.gz`)).toString('utf8'));
const walker = (n: Node): void => {
  if (n.nodeType === 3 && (n as Text).data.includes(needle!)) {
    const chain: string[] = [];
    for (let e = n.parentElement; e; e = e.parentElement) chain.push(`${e.localName}.${(e.getAttribute('class') ?? '').slice(0, 40)}#${e.getAttribute('id') ?? ''}${e.getAttribute('style') ? '[style=' + e.getAttribute('style') + ']' : ''}${e.hasAttribute('hidden') ? '[hidden]' : ''}${e.getAttribute('aria-hidden') ? '[aria-hidden]' : ''}`);
    console.log(chain.join(' < '));
  }
  for (let c = n.firstChild; c; c = c.nextSibling) walker(c);
};
walker(doc.documentElement);
