/**
 * Scores claims in German, French and Spanish on real news sentences, one sentence at a time,
 * the way a reader of the CLI would: each page's article body comes from `corroborate extract`,
 * is split into sentences, and every sentence is written to its own `.txt` file and read back
 * through `corroborate claims --json`. So a sentence must carry its language by itself.
 *
 *   npm run eval:lang -- ../shared/data            # scores against test/eval/data/lang-dev.json
 *   npm run eval:lang -- ../shared/data --draft f  # also writes every sentence with its prediction (TSV)
 *
 * The gold file names sentences by a hash of their text (no page text is kept in the repository):
 * kind as the reader sees it (sourced / unverified / none) and, for sourced ones, the named source.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { splitSentences } from '../../src/claims/index.ts';
import { builtCli } from '../tools/built-cli.ts';
import { CLAIM_KINDS, type ClaimKind } from '../../src/model/claim.ts';
import { displayOf } from '../../src/model/claim.ts';

interface GoldSentence {
  hash: string;
  kind: 'sourced' | 'unverified' | 'none';
  source?: string;
}
interface Gold {
  pages: Record<string, { lang: string; sentences: GoldSentence[] }>;
}
interface Predicted {
  kind: ClaimKind;
  attributions: { source: { text: string; resolved: string | null; named: boolean } | null }[];
}

export const hashOf = (s: string): string =>
  createHash('sha1').update(s.replace(/\s+/g, ' ').trim()).digest('hex').slice(0, 12);

const cli = (args: string[]): string =>
  execFileSync('node', [builtCli(), ...args], { encoding: 'utf8', maxBuffer: 64 << 20 });

function pageFile(data: string, page: string): string {
  return page.startsWith('readability-pages/') ? join(data, page, 'source.html') : join(data, page);
}

/** Sentences of one page, through the CLI, each with its predicted claim analysis. */
function predictPage(data: string, page: string, dir: string): { text: string; p: Predicted }[] {
  const body = cli(['extract', pageFile(data, page)]);
  const sentences = splitSentences(body).map((r) => body.slice(r.start, r.end));
  const files = sentences.map((s, i) => {
    const f = join(dir, `${page.replace(/\W+/g, '_')}-${i}.txt`);
    writeFileSync(f, s);
    return f;
  });
  if (files.length === 0) return [];
  const out = cli(['claims', '--json', ...files])
    .trim()
    .split('\n');
  return sentences.map((text, i) => {
    const r = JSON.parse(out[i]!) as { sentences: Predicted[] };
    const parts = r.sentences;
    // A line the splitter of the single file cuts again counts by its strongest part.
    const order: readonly ClaimKind[] = CLAIM_KINDS;
    const best = [...parts].sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind))[0];
    return {
      text,
      p: best ?? { kind: 'none', attributions: [] },
    };
  });
}

function sourceFound(gold: string, p: Predicted): boolean {
  const g = gold.toLowerCase();
  return p.attributions.some((a) => {
    if (!a.source?.named) return false;
    const names = [a.source.text, a.source.resolved ?? ''].map((s) => s.toLowerCase());
    return names.some((n) => n && (n.includes(g) || g.includes(n)));
  });
}

function main(): void {
  const data = process.argv[2];
  if (!data) {
    console.error('usage: npm run eval:lang -- <shared/data> [--draft out.tsv]');
    process.exit(2);
  }
  const draftAt = process.argv.indexOf('--draft');
  const draft = draftAt > 0 ? process.argv[draftAt + 1] : undefined;
  const gold = JSON.parse(
    readFileSync(new URL('./data/lang-dev.json', import.meta.url), 'utf8'),
  ) as Gold;
  const dir = mkdtempSync(join(tmpdir(), 'eval-lang-'));
  const rows: string[] = [];
  const stats = new Map<
    string,
    { n: number; right: number; sourced: number; found: number; unseen: number }
  >();
  const confusion = new Map<string, number>();
  const seen = new Set<string>();
  try {
    for (const [page, g] of Object.entries(gold.pages)) {
      const byHash = new Map(g.sentences.map((s) => [s.hash, s]));
      const st = stats.get(g.lang) ?? { n: 0, right: 0, sourced: 0, found: 0, unseen: byHash.size };
      if (!stats.has(g.lang)) stats.set(g.lang, st);
      else st.unseen += byHash.size;
      for (const { text, p } of predictPage(data, page, dir)) {
        const shown = displayOf(p.kind) ?? 'none';
        const src = p.attributions.find((a) => a.source?.named)?.source;
        rows.push(
          [page, hashOf(text), shown, src ? (src.resolved ?? src.text) : '', text].join('\t'),
        );
        const want = byHash.get(hashOf(text));
        if (!want) continue;
        if (!seen.has(page + want.hash)) st.unseen--;
        seen.add(page + want.hash);
        st.n++;
        if (want.kind === shown) st.right++;
        const key = `${g.lang} ${want.kind}→${shown}`;
        confusion.set(key, (confusion.get(key) ?? 0) + 1);
        if (want.kind === 'sourced' && want.source) {
          st.sourced++;
          if (sourceFound(want.source, p)) st.found++;
        }
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  if (draft) writeFileSync(draft, rows.join('\n') + '\n');
  const pct = (a: number, b: number) => (b ? ((100 * a) / b).toFixed(1) : '–');
  console.log('lang  sentences  kind right  named source found  (gold sentences not seen)');
  for (const [lang, s] of stats) {
    console.log(
      `${lang.padEnd(5)} ${String(s.n).padStart(9)}  ${pct(s.right, s.n).padStart(9)} %  ${pct(s.found, s.sourced).padStart(8)} % of ${s.sourced}  (${s.unseen})`,
    );
  }
  console.log('\nconfusions (gold→shown):');
  for (const [k, n] of [...confusion].sort())
    if (!/ (\w+)→\1$/.test(k)) console.log(`  ${k}: ${n}`);
}

main();
