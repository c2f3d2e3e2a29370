/**
 * Error analysis for the claims stage on PolNeAR: which gold spans are missed and which predicted
 * ones are spurious, grouped by pattern so the biggest buckets show first.
 *
 *   npx tsx test/eval/claims-misses.ts ../shared/data/polnear/dev [--show BUCKET] [--top N]
 *
 * Runs `analyseText` in process (as `corroborate claims` does for a `.txt` file). Buckets:
 * missed cues by their (lower-cased) text and by shape, spurious cues by text, missed sentences
 * (gold carries an attribution, we found none) by why, and missed sources and contents by whether
 * their cue was found. `--show` prints up to 40 examples of one bucket, e.g. `--show cue:reported`,
 * `--show sent:in-content`, `--show fp:says`, `--show source:cue-found`.
 */
import { readFileSync } from 'node:fs';
import { analyseText } from '../../src/claims/index.ts';
import { CUE_NOUNS, CUE_VERBS } from '../../src/claims/lexicon.ts';
import type { SentenceAnalysis } from '../../src/model/claim.ts';
import type { GoldRelation, GoldSpan } from './polnear.ts';
import { listSplit, overlaps, readGold } from './polnear.ts';

interface Example {
  article: string;
  line: string;
}

class Buckets {
  private counts = new Map<string, number>();
  private examples = new Map<string, Example[]>();
  add(key: string, ex: Example): void {
    this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
    const list = this.examples.get(key) ?? [];
    if (list.length < 40) list.push(ex);
    this.examples.set(key, list);
  }
  top(n: number): Array<[string, number]> {
    return [...this.counts].sort((a, b) => b[1] - a[1]).slice(0, n);
  }
  total(): number {
    let n = 0;
    for (const v of this.counts.values()) n += v;
    return n;
  }
  show(key: string): Example[] {
    return this.examples.get(key) ?? [];
  }
}

const asFrag = (s: { start: number; end: number }) => ({
  frags: [[s.start, s.end]] as Array<[number, number]>,
});

function sentenceOf(sentences: SentenceAnalysis[], at: number): SentenceAnalysis | undefined {
  return sentences.find((s) => s.start <= at && at < s.end);
}

/** The cue's words as a bucket key: lower case, auxiliaries kept ("has said" → "has said"). */
function cueKey(text: string): string {
  return text.toLowerCase().replace(/[’]/g, "'").replace(/\s+/g, ' ').trim();
}

function cueShape(text: string): string {
  const words = text.toLowerCase().split(/\s+/);
  if (/according/.test(text.toLowerCase())) return 'according';
  if (words.some((w) => CUE_VERBS.has(w))) return 'known-verb';
  if (words.some((w) => CUE_NOUNS.has(w))) return 'known-noun';
  if (/^[:—–-]$/.test(text.trim())) return 'punct';
  return 'unknown';
}

function mark(text: string, s: SentenceAnalysis | undefined, g: GoldSpan): string {
  if (!s) return `«${g.text}»`;
  const a = Math.max(s.start, g.start);
  const b = Math.min(s.end, g.end);
  if (a >= b) return text.slice(s.start, s.end);
  return `${text.slice(s.start, a)}[[${text.slice(a, b)}]]${text.slice(b, s.end)}`;
}

function main(): void {
  const dir = process.argv[2];
  if (!dir) {
    console.error(
      'usage: npx tsx test/eval/claims-misses.ts <polnear split> [--show KEY] [--top N]',
    );
    process.exit(2);
  }
  const showAt = process.argv.indexOf('--show');
  const show = showAt > 0 ? process.argv[showAt + 1] : undefined;
  const topAt = process.argv.indexOf('--top');
  const top = topAt > 0 ? Number(process.argv[topAt + 1]) : 30;
  const missedCue = new Buckets();
  const missedCueShape = new Buckets();
  const spurious = new Buckets();
  const missedSent = new Buckets();
  const spuriousSent = new Buckets();
  const missedSource = new Buckets();
  const missedContent = new Buckets();
  // Predicted cues per key, so a spurious bucket shows its share of all predictions.
  const predicted = new Map<string, number>();
  const all = new Map<string, Buckets>([
    ['cue', missedCue],
    ['shape', missedCueShape],
    ['fp', spurious],
    ['sent', missedSent],
    ['sentfp', spuriousSent],
    ['source', missedSource],
    ['content', missedContent],
  ]);
  for (const { article, file, anns } of listSplit(dir)) {
    const text = readFileSync(file, 'utf8');
    const sentences = analyseText(text);
    const cues = sentences.flatMap((s) => s.attributions.map((a) => a.cue));
    const sources = sentences.flatMap((s) =>
      s.attributions.flatMap((a) => (a.source ? [a.source] : [])),
    );
    const contents = sentences.flatMap((s) =>
      s.attributions.flatMap((a) => (a.content ? [a.content] : [])),
    );
    for (const ann of anns) {
      const gold = readGold(ann);
      const found = (g: GoldSpan | null, pred: Array<{ start: number; end: number }>) =>
        Boolean(g && pred.some((p) => overlaps(asFrag(p), g)));
      for (const rel of gold.relations) {
        const g = rel.cue;
        if (!g) continue;
        const s = sentenceOf(sentences, g.start);
        const ex = { article, line: mark(text, s, g) + srcNote(text, rel, s) };
        if (!found(g, cues)) {
          missedCue.add(`cue:${cueKey(g.text)}`, ex);
          const where = s && s.attributions.length > 0 ? 'other-attr-in-sentence' : 'bare-sentence';
          missedCueShape.add(`shape:${cueShape(g.text)}/${where}`, ex);
        }
        if (rel.source && !found(rel.source, sources)) {
          const why = !found(g, cues)
            ? 'cue-missed'
            : rel.source.start < (s?.start ?? 0) || rel.source.end > (s?.end ?? 0)
              ? 'other-sentence'
              : 'cue-found';
          missedSource.add(`source:${why}`, {
            article,
            line:
              mark(text, sentenceOf(sentences, rel.source.start), rel.source) +
              ` ⇐ cue «${g.text}»`,
          });
        }
        if (rel.content && !found(rel.content, contents)) {
          const why = !found(g, cues) ? 'cue-missed' : 'cue-found';
          missedContent.add(`content:${why}`, { article, line: ex.line });
        }
      }
      for (const c of cues) {
        predicted.set(`fp:${cueKey(c.text)}`, (predicted.get(`fp:${cueKey(c.text)}`) ?? 0) + 1);
        if (gold.spans.cue.some((g) => overlaps(asFrag(c), g))) continue;
        const s = sentenceOf(sentences, c.start);
        const line = s
          ? `${text.slice(s.start, c.start)}{{${c.text}}}${text.slice(c.end, s.end)}`
          : c.text;
        spurious.add(`fp:${cueKey(c.text)}`, { article, line });
      }
      for (const s of sentences) {
        const sp = asFrag(s);
        const goldCue = gold.spans.cue.some((c) => overlaps(sp, c));
        const inContent = gold.spans.content.some((c) =>
          c.frags.some(([a, b]) => a <= s.start && s.end <= b),
        );
        const pred = s.attributions.length > 0;
        const line = s.text;
        if ((goldCue || inContent) && !pred) {
          const why = goldCue ? 'cue-in-sentence' : 'in-content';
          missedSent.add(`sent:${why}`, { article, line });
        } else if (pred && !goldCue && !inContent) {
          const carried = s.attributions.every(
            (a) => a.cue.start < s.start || a.cue.start >= s.end,
          );
          spuriousSent.add(`sentfp:${carried ? 'carried' : s.attributions[0]!.cue.text}`, {
            article,
            line,
          });
        }
      }
    }
  }
  if (show) {
    const b = all.get(show.split(':')[0]!);
    for (const ex of b?.show(show) ?? []) console.log(`- (${ex.article}) ${ex.line}\n`);
    return;
  }
  for (const [name, b] of all) {
    console.log(`\n## ${name} (${b.total()})`);
    for (const [k, n] of b.top(top)) {
      const of = name === 'fp' ? ` of ${predicted.get(k) ?? 0}` : '';
      console.log(`${String(n).padStart(5)}  ${k}${of}`);
    }
  }
}

function srcNote(text: string, rel: GoldRelation, s: SentenceAnalysis | undefined): string {
  if (!rel.source) return '  [no source]';
  const inside = s && rel.source.start >= s.start && rel.source.end <= s.end;
  return inside ? `  [src «${rel.source.text}»]` : `  [src elsewhere «${rel.source.text}»]`;
}

main();
