/**
 * How far can anyone get on PolNeAR? Human agreement on the articles several people annotated,
 * beside the claims stage scored against the same people.
 *
 *   npm run eval:agreement -- ../shared/data/polnear/train
 *
 * Three rows per measure, all overlap P / R / F1 as `eval:claims` counts them, on the articles
 * with at least MIN_ANNOTATORS annotation files:
 * - one annotator against another (every ordered pair);
 * - the majority of the others against the one left out: a span counts when it shares characters
 *   with spans of more than half of the other annotators. It is the score of a system that
 *   predicted the consensus perfectly, so targets above it ask for more than the data holds;
 * - `analyseText` against each annotator, as `eval:claims` scores it.
 * The sentence row uses our sentence splitter for everyone, so only the labels differ. Cue and
 * source are also scored by exact span (same first and last character), one annotator against
 * another and ours against each: how often two people mark the very same words.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyseText, splitSentences } from '../../src/claims/index.ts';
import type { GoldFile, MatchCounts, Role } from './polnear.ts';
import {
  addMatches,
  addOverlaps,
  emptyCounts,
  goldCarries,
  listSplit,
  overlaps,
  predictedSpans,
  prf,
  readGold,
  ROLES,
} from './polnear.ts';

// Three annotators or more make a majority of the others meaningful (two would be one pair).
const MIN_ANNOTATORS = 3;

type Measure = Role | 'sentence';
const MEASURES: Measure[] = [...ROLES, 'sentence'];
type Spans = Record<Measure, Array<{ frags: Array<[number, number]> }>>;
type Tally = Record<Measure, MatchCounts>;

const frag = (start: number, end: number) => ({ frags: [[start, end]] as Array<[number, number]> });

function tally(): Tally {
  return {
    cue: emptyCounts(),
    source: emptyCounts(),
    content: emptyCounts(),
    sentence: emptyCounts(),
  };
}

function add(t: Tally, pred: Spans, gold: Spans): void {
  for (const m of MEASURES) addOverlaps(t[m], pred[m], gold[m]);
}

/** One annotator's spans, with the sentences (ours) their annotations make carry an attribution. */
function spansOf(gold: GoldFile, sentences: Array<{ start: number; end: number }>): Spans {
  return {
    ...gold.spans,
    sentence: sentences
      .filter((s) => goldCarries(gold, s.start, s.end))
      .map((s) => frag(s.start, s.end)),
  };
}

/** Spans that more than half of `others` mark (by shared characters), one per overlapping group. */
function majority(others: Spans[]): Spans {
  const out = {} as Spans;
  for (const m of MEASURES) {
    const all = others.flatMap((o, who) => o[m].map((span) => ({ span, who })));
    const kept: Array<{ frags: Array<[number, number]> }> = [];
    for (const { span } of all) {
      const voters = new Set(all.filter((x) => overlaps(span, x.span)).map((x) => x.who));
      if (voters.size * 2 > others.length && !kept.some((k) => overlaps(k, span))) kept.push(span);
    }
    out[m] = kept;
  }
  return out;
}

function systemSpans(text: string): Spans {
  const sentences = analyseText(text);
  return {
    cue: predictedSpans(sentences, 'cue'),
    source: predictedSpans(sentences, 'source'),
    content: predictedSpans(sentences, 'content'),
    sentence: sentences.filter((s) => s.attributions.length > 0).map((s) => frag(s.start, s.end)),
  };
}

// The roles whose exact spans are compared (content spans are clauses: exact is rarely asked).
const EXACT_ROLES = ['cue', 'source'] as const;
type Exact = Record<(typeof EXACT_ROLES)[number], MatchCounts>;
const first = (s: { frags: Array<[number, number]> }) => s.frags[0]![0];
const last = (s: { frags: Array<[number, number]> }) => s.frags[s.frags.length - 1]![1];

function addExact(t: Exact, pred: Spans, gold: Spans): void {
  for (const m of EXACT_ROLES)
    addMatches(t[m], pred[m], gold[m], (p, g) => first(p) === first(g) && last(p) === last(g));
}

function main(): void {
  const dir = process.argv[2];
  if (!dir || !existsSync(join(dir, 'attributions'))) {
    console.error(
      'usage: npm run eval:agreement -- <polnear split dir with text/ and attributions/>',
    );
    process.exit(2);
  }
  const pairwise = tally();
  const consensus = tally();
  const system = tally();
  const pairExact: Exact = { cue: emptyCounts(), source: emptyCounts() };
  const systemExact: Exact = { cue: emptyCounts(), source: emptyCounts() };
  let articles = 0;
  let files = 0;
  for (const { file, anns } of listSplit(dir)) {
    if (anns.length < MIN_ANNOTATORS) continue;
    articles++;
    files += anns.length;
    const text = readFileSync(file, 'utf8');
    const sentences = splitSentences(text);
    const people = anns.map((a) => spansOf(readGold(a), sentences));
    const ours = systemSpans(text);
    people.forEach((gold, i) => {
      people.forEach((other, j) => {
        if (i !== j) add(pairwise, other, gold);
        if (i !== j) addExact(pairExact, other, gold);
      });
      add(consensus, majority(people.filter((_, j) => j !== i)), gold);
      add(system, ours, gold);
      addExact(systemExact, ours, gold);
    });
  }
  if (articles === 0) {
    console.error(`no article in ${dir} has ${MIN_ANNOTATORS} or more annotation files`);
    process.exit(1);
  }
  console.log(`PolNeAR ${dir}: ${articles} articles with ${files} annotation files\n`);
  console.log(
    '| measure | one annotator vs another | majority of the others vs one | Corroborate vs each |',
  );
  console.log('|---|---|---|---|');
  const cell = (c: MatchCounts) => {
    const { p, r, f1 } = prf(c);
    return `${p.toFixed(3)} / ${r.toFixed(3)} / **${f1.toFixed(3)}**`;
  };
  for (const m of MEASURES)
    console.log(`| ${m} | ${cell(pairwise[m])} | ${cell(consensus[m])} | ${cell(system[m])} |`);
  for (const m of EXACT_ROLES)
    console.log(`| ${m} (exact) | ${cell(pairExact[m])} | – | ${cell(systemExact[m])} |`);
  console.log(
    '\n(overlap P / R / F1 unless exact; sentence = "this sentence carries an attribution")',
  );
}

main();
