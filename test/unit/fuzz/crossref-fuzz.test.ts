// Generated reports through the cross-referencing engine: scores in [0, 1], matches
// that point at real sentences, a sentence always finding its exact copy, a
// snapshot that round-trips, and a corrupted snapshot (a damaged or hostile store)
// refused with the documented error instead of a crash or a hang.
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../src/cli/parse-html.ts';
import {
  CANDIDATE_THRESHOLD,
  matchPage,
  queryPage,
  overlapScore,
  isMatchable,
  MatchIndex,
} from '../../../src/crossref/index.ts';
import { tokenize } from '../../../src/crossref/tokenize.ts';
import type { Report } from '../../../src/model/report.ts';
import { analyseDocument } from '../../../src/pipeline/analyse-document.ts';
import { generateDocument, type DocumentShape } from '../../fuzz/generate-document.ts';
import { intBetween, seededRandom } from '../../fuzz/random.ts';

const SEED = 20261124;
/** Reports in the index (each also stored once more as an exact copy). */
const REPORTS = 24;
const SHAPES: DocumentShape[] = [
  'random',
  'quotes',
  'mixed-script',
  'metadata',
  'entities',
  'punctuation',
];
/** Damaged snapshots tried per kind of damage. */
const CORRUPTIONS = 60;
const DIFFERENCE_TYPES = new Set([
  'attribution-dropped',
  'attribution-added',
  'attribution-changed',
  'number-changed',
  'hedge-added',
  'hedge-removed',
  'quote-altered',
  'detail-missing',
  'detail-added',
  'wording',
]);

function buildReports(): Report[] {
  const random = seededRandom(SEED);
  const reports: Report[] = [];
  for (let i = 0; i < REPORTS; i++) {
    const shape = SHAPES[i % SHAPES.length] ?? 'random';
    const html = generateDocument(random, { shape, scale: 0.1 });
    const { report } = analyseDocument(parseHtml(html), `http://127.0.0.1/fuzz/${i}.html`);
    const original: Report = { ...report, id: 2 * i + 1, readAt: 1_700_000_000_000 + i };
    // The copy: same sentences, another site (an aggregator that took the text whole).
    const copy: Report = {
      ...original,
      id: 2 * i + 2,
      url: `http://127.0.0.1/copy/${i}.html`,
      canonicalUrl: null,
      site: 'copy',
    };
    reports.push(original, copy);
  }
  return reports;
}

describe('cross-referencing fuzz', () => {
  const reports = buildReports();
  const byId = new Map(reports.map((r) => [r.id, r]));
  const index = new MatchIndex();
  for (const r of reports) index.add(r.id, r.sentences);

  it('scores in [0, 1], pointing at real sentences, and each sentence finds its exact copy', () => {
    const problems: string[] = [];
    for (const r of reports) {
      const results = index.query(r.sentences, { excludeReportId: r.id });
      expect(results).toHaveLength(r.sentences.length);
      for (const [i, matches] of results.entries()) {
        for (const m of matches) {
          const other = byId.get(m.reportId);
          if (!other) problems.push(`report ${r.id} sentence ${i}: unknown report ${m.reportId}`);
          else if (!other.sentences[m.sentenceIndex])
            problems.push(
              `report ${r.id} sentence ${i}: no sentence ${m.sentenceIndex} in ${m.reportId}`,
            );
          if (!(m.score >= CANDIDATE_THRESHOLD && m.score <= 1))
            problems.push(`report ${r.id} sentence ${i}: score ${m.score}`);
          if (m.reportId === r.id) problems.push(`report ${r.id} matched itself`);
        }
        // Its exact copy is in the index, so the best match must score as high as the
        // sentence scores against itself (other reports may tie: the fuzz text repeats).
        const sentence = r.sentences[i];
        if (!sentence || !isMatchable(sentence)) continue;
        const tokens = tokenize(sentence.text);
        const self = overlapScore(tokens, tokens);
        const best = matches[0]?.score ?? 0;
        if (self >= CANDIDATE_THRESHOLD && best < self - 1e-9) {
          problems.push(
            `report ${r.id} sentence ${i}: best ${best} < ${self} for its copy: ${JSON.stringify(sentence.text.slice(0, 80))}`,
          );
        }
      }
    }
    expect(problems.slice(0, 20)).toEqual([]);
  });

  it('assembles page matches whose every reference resolves', () => {
    for (const r of reports) {
      const page = matchPage(r, r.id, queryPage(index, r, r.id), byId, { now: 1_800_000_000_000 });
      for (const [key, matches] of Object.entries(page.matches)) {
        expect(r.sentences[Number(key)]).toBeDefined();
        for (const m of matches) {
          expect(page.reports[m.reportId]).toBeDefined();
          expect(m.score).toBeGreaterThanOrEqual(0);
          expect(m.score).toBeLessThanOrEqual(1);
          for (const d of m.differences) expect(DIFFERENCE_TYPES.has(d.type)).toBe(true);
        }
      }
      for (const member of page.story) {
        expect(byId.has(member.reportId)).toBe(true);
        expect(member.reportId).not.toBe(r.id);
      }
    }
  });

  it('round-trips its snapshot with the same answers', () => {
    const loaded = MatchIndex.deserialize(index.serialize());
    for (const r of reports.slice(0, 8)) {
      expect(loaded.query(r.sentences, { excludeReportId: r.id })).toEqual(
        index.query(r.sentences, { excludeReportId: r.id }),
      );
    }
  });

  it('refuses damaged snapshots with its own error, never another crash', () => {
    const bytes = index.serialize();
    const random = seededRandom(SEED + 1);
    const damaged: Array<[string, Uint8Array]> = [['empty', new Uint8Array(0)]];
    for (let i = 0; i < CORRUPTIONS; i++) {
      const cut = intBetween(random, 0, bytes.length - 1);
      damaged.push([`truncated at ${cut}`, bytes.slice(0, cut)]);
      const flipped = bytes.slice();
      for (let k = 0; k < intBetween(random, 1, 8); k++) {
        const at = intBetween(random, 0, flipped.length - 1);
        flipped[at] = (flipped[at] ?? 0) ^ intBetween(random, 1, 255);
      }
      damaged.push([`flipped bytes #${i}`, flipped]);
      damaged.push([
        `garbage #${i}`,
        Uint8Array.from({ length: intBetween(random, 1, 4096) }, () => intBetween(random, 0, 255)),
      ]);
    }
    const probe = reports[0]?.sentences ?? [];
    const crashes: string[] = [];
    for (const [what, data] of damaged) {
      try {
        // A snapshot that still loads must answer queries without throwing.
        MatchIndex.deserialize(data).query(probe);
      } catch (error) {
        const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
        if (!message.startsWith('Error: MatchIndex.deserialize'))
          crashes.push(`${what}: ${message.slice(0, 160)}`);
      }
    }
    expect(crashes).toEqual([]);
  });
});
