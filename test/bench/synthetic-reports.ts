/**
 * Synthetic reports for the store benchmarks. Pseudo-words with a Zipf-like frequency stand in
 * for vocabulary (so the index sees tens of thousands of distinct tokens); real function words,
 * reporting verbs, spelling variants and number formats give the engine what rewrites really
 * change.
 */
import type { ClaimKind } from '../../src/model/claim.ts';
import type { ReportInput, ReportSentence } from '../../src/model/report.ts';
import { seededRandom } from '../fuzz/random.ts';

const SENTENCES_PER_REPORT = 30;
const PAGE_SENTENCES = 40;
const VOCABULARY = 30_000;
const FUNCTION_WORDS =
  'the of to and a in that for on with as by was has is from at its after'.split(' ');
const SPELLINGS: Array<[string, string]> = [
  ['emphasized', 'emphasised'],
  ['defense', 'defence'],
  ['organization', 'organisation'],
  ['recognized', 'recognised'],
  ['neighbor', 'neighbour'],
  ['program', 'programme'],
];
const CUES = ['said', 'told reporters', 'said in a statement', 'according to officials'];
const SYLLABLES = 'ka lo mi ter san vo ri den ul bra nek sho tai gor pel xi mun dra es qua'.split(
  ' ',
);

interface Story {
  title: string;
  names: string[];
  claims: string[];
  site: string;
  published: number;
}

export class ReportGenerator {
  private readonly random: () => number;
  private readonly words: string[] = [];
  private readonly stories: Story[] = [];
  private serial = 0;

  constructor(seed: number) {
    this.random = seededRandom(seed);
    const seen = new Set<string>();
    while (seen.size < VOCABULARY) {
      let w = '';
      for (let i = 0, n = 2 + this.int(3); i < n; i++) w += this.pick(SYLLABLES);
      seen.add(w);
    }
    this.words.push(...seen);
  }

  private int(n: number): number {
    return Math.floor(this.random() * n);
  }
  private pick<T>(xs: readonly T[]): T {
    return xs[this.int(xs.length)]!;
  }
  private word(): string {
    return this.words[Math.floor(Math.pow(this.random(), 2.2) * this.words.length)]!;
  }
  private name(): string {
    return this.word().replace(/^./, (c) => c.toUpperCase());
  }
  private number(): string {
    const n = (1 + this.int(900)) * 1000;
    return this.random() < 0.5 ? n.toLocaleString('en-US') : String(this.int(100));
  }

  private claim(names: string[]): string {
    const parts: string[] = [];
    for (let i = 0, n = 12 + this.int(16); i < n; i++) {
      const r = this.random();
      if (r < 0.38) parts.push(this.pick(FUNCTION_WORDS));
      else if (r < 0.42) parts.push(this.number());
      else if (r < 0.45) parts.push(this.pick(SPELLINGS)[0]);
      else parts.push(this.word());
    }
    const body = `${this.pick(names)} ${parts.join(' ')}`;
    return this.random() < 0.5 ? `${body}, ${this.pick(names)} ${this.pick(CUES)}.` : `${body}.`;
  }

  private story(): Story {
    const names = [this.name(), this.name(), `${this.name()} Ministry`];
    const story: Story = {
      title: `${names[0]} ${this.word()} ${this.word()} ${this.word()}`,
      names,
      claims: Array.from({ length: SENTENCES_PER_REPORT }, () => this.claim(names)),
      site: `${this.word()}.example`,
      published: Date.UTC(2025, 0, 1) + this.int(365 * 86_400_000),
    };
    this.stories.push(story);
    return story;
  }

  /** What a rewrite changes: spelling, number format, a dropped attribution, words. */
  private edit(s: string): string {
    let out = s;
    const r = this.random();
    if (r < 0.25) for (const [us, uk] of SPELLINGS) out = out.replaceAll(us, uk);
    else if (r < 0.45) out = out.replace(/(\d+),000\b/, '$1K');
    else if (r < 0.65)
      out = out.replace(
        /, [^,]+ (said|told reporters|said in a statement|according to officials)\.$/,
        '.',
      );
    const words = out.split(' ');
    for (let e = 0, n = 1 + this.int(2); e < n && words.length > 8; e++) {
      const i = 1 + this.int(words.length - 3);
      if (this.random() < 0.5) words.splice(i, 1);
      else words[i] = this.word();
    }
    return words.join(' ');
  }

  private build(story: Story, claims: string[], site: string): ReportInput {
    this.serial += 1;
    const sentences: ReportSentence[] = [];
    let text = '';
    for (const claim of claims) {
      if (text) text += ' ';
      const start = text.length;
      text += claim;
      const cue = CUES.find((c) => claim.includes(`${c}.`)) ?? null;
      const kind: ClaimKind = cue ? 'sourced' : claim.length < 40 ? 'none' : 'unattributed';
      sentences.push({
        index: sentences.length,
        text: claim,
        start,
        end: text.length,
        kind,
        hedged: false,
        source: cue ? story.names[0]! : null,
        sourceType: cue ? 'person' : null,
        cue,
      });
    }
    const url = `https://${site}/news/${this.serial}-${story.title.toLowerCase().replaceAll(' ', '-')}`;
    return {
      url,
      canonicalUrl: url,
      site,
      title: story.title,
      byline: `By ${this.name()} ${this.name()}`,
      publishedTime: new Date(story.published + this.int(86_400_000)).toISOString(),
      lang: 'en',
      text,
      sentences,
    };
  }

  /** 35 % wire originals, 30 % copies, 25 % rewrites mixing own claims, 10 % unrelated. */
  private report(): ReportInput {
    const r = this.random();
    if (r < 0.35 || this.stories.length === 0 || r >= 0.9) {
      const story = this.story();
      return this.build(story, story.claims, story.site);
    }
    const base = this.pick(this.stories);
    const site = `${this.word()}.example`;
    if (r < 0.65) {
      const kept = base.claims.filter(() => this.random() < 0.75);
      return this.build(
        base,
        kept.map((c) => (this.random() < 0.3 ? this.edit(c) : c)),
        site,
      );
    }
    const own = Array.from({ length: SENTENCES_PER_REPORT }, () => this.claim(base.names));
    const mixed = own.map((c, i) => (this.random() < 0.4 ? this.edit(base.claims[i]!) : c));
    return this.build(base, mixed, site);
  }

  reports(n: number): ReportInput[] {
    return Array.from({ length: n }, () => this.report());
  }

  /** Pages a reader opens next: part of a known story, rewritten, plus their own claims. */
  pages(n: number): ReportInput[] {
    return Array.from({ length: n }, () => {
      const base = this.pick(this.stories);
      const claims = Array.from({ length: PAGE_SENTENCES }, (_, i) =>
        this.random() < 0.5
          ? this.edit(base.claims[i % base.claims.length]!)
          : this.claim(base.names),
      );
      return this.build(base, claims, `${this.word()}.example`);
    });
  }
}
