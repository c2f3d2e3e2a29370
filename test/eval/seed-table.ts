/**
 * Prints the seed pair's sentences with their claim kinds and sources as a Markdown table,
 * for the README.
 *
 *   npx tsx test/eval/seed-table.ts [seeds dir, default test/unit/claims/fixtures]
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { analyseText } from '../../src/claims/index.ts';

const dir = process.argv[2] ?? resolve(import.meta.dirname, '../unit/claims/fixtures');
const files = [
  ['AP report', 'ap-seed.txt', '000_7861e45869509193.txt'],
  ['Aggregator page', 'aggregator-seed.txt', '004_3e2a0404ce60f9b2.txt'],
] as const;

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\s+/g, ' ');
const short = (s: string, n = 90) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

for (const [name, fixture, seed] of files) {
  let text: string;
  try {
    text = readFileSync(join(dir, fixture), 'utf8');
  } catch {
    text = readFileSync(join(dir, seed), 'utf8');
  }
  console.log(`\n### ${name}\n`);
  console.log('| sentence | kind | source (type) | cue | why |');
  console.log('|---|---|---|---|---|');
  for (const s of analyseText(text)) {
    const a = s.attributions.find((x) => x.source) ?? s.attributions[0];
    const src = a?.source
      ? `${a.source.text}${a.source.resolved ? ` → ${a.source.resolved}` : ''} (${a.source.type}${a.source.named ? '' : ', anonymous'})`
      : '';
    const kind = s.kind + (s.hedged ? ', hedged' : '');
    console.log(
      `| ${cell(short(s.text))} | ${kind} | ${cell(src)} | ${cell(a ? short(a.cue.text, 40) : '')} | ${s.reasons.join(', ')} |`,
    );
  }
}
