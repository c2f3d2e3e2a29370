import { readFileSync } from 'node:fs';
import { parseHtml } from '../src/cli/parse-html.ts';
import { shingleMatch } from './eval-extract.ts';
const exp = parseHtml(readFileSync(`/work/shared/data/readability-pages/aclu/expected.html`, 'utf8'));
console.log(exp.documentElement?.localName, exp.body?.localName, (exp.documentElement.textContent ?? '').length);
console.log(shingleMatch('a b c d e f', 'a b c d e f'));
