import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { extractRecord } from '../src/cli/command-extract.ts';
const dir = '/work/shared/data/extraction-dev';
const truth = JSON.parse(readFileSync(dir + '/ground-truth.json', 'utf8'));
const tok = (s: string) => s.match(/[\p{L}\p{N}_]+/gu) ?? [];
const norm = (s: string) => tok(s).join(' ');
const ids = process.argv.slice(2).length ? Object.keys(truth).filter((k) => process.argv.slice(2).some((p) => k.startsWith(p))) : Object.keys(truth);
for (const id of ids) {
  const html = gunzipSync(readFileSync(`${dir}/html/${id}.html.gz`)).toString('utf8');
  const r = extractRecord(html, id);
  const gold = norm(truth[id].articleBody);
  const ours = norm(r.text);
  const extra = r.paragraphs.filter((p) => norm(p) && !gold.includes(norm(p)));
  const goldParas = truth[id].articleBody.split(/\n+/).filter((p: string) => norm(p));
  const missing = goldParas.filter((p: string) => !ours.includes(norm(p)));
  if (!extra.length && !missing.length) continue;
  console.log('==', id.slice(0, 10), truth[id].url);
  for (const e of extra.slice(0, 6)) console.log('  EXTRA  ', JSON.stringify(e.slice(0, 130)));
  for (const m of missing.slice(0, 6)) console.log('  MISSING', JSON.stringify(m.slice(0, 130)));
}
