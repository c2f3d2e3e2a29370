/**
 * `npm run eval:links -- DATA [--show N]`: how often the engine links claims of pages that are
 * not one story. DATA/readability-pages/<name>/source.html and DATA/extraction-dev/html/*.html.gz
 * are a few hundred articles from dozens of sites on unrelated subjects, so nearly every link
 * between two of them is a false one (a few may be real: boilerplate or a shared wire story,
 * which is why the pairs are printed for a reader to check). Every page is analysed, stored in
 * one index, then cross-referenced against all the others exactly as the extension does.
 */
import { fileURLToPath } from 'node:url';
import { parseHtml } from '../../src/cli/parse-html.ts';
import { MatchIndex, isMatchable, matchPage, queryPage } from '../../src/crossref/index.ts';
import type { Report } from '../../src/model/report.ts';
import { analyseDocument } from '../../src/pipeline/analyse-document.ts';
import { loadCorpusPages } from '../tools/corpus-pages.ts';

export function evalLinks(data: string, show: number): void {
  const reports: Report[] = [];
  const pages = loadCorpusPages(data);
  if (pages.length === 0)
    throw new Error(`no pages under ${data}/readability-pages or extraction-dev`);
  for (const [i, p] of pages.entries()) {
    const { report } = analyseDocument(parseHtml(p.html), `https://example.test/${p.name}`);
    // One site per page, so that no page is taken for another copy of itself.
    reports.push({ ...report, id: i + 1, site: p.name, readAt: i });
  }
  const index = new MatchIndex();
  for (const r of reports) index.add(r.id, r.sentences);
  const byId = new Map(reports.map((r) => [r.id, r]));
  const claims = reports.reduce((n, r) => n + r.sentences.filter(isMatchable).length, 0);
  let same = 0;
  let overlap = 0;
  let identical = 0;
  let stories = 0;
  const examples: string[] = [];
  const storyPairs = new Set<string>();
  const started = performance.now();
  for (const r of reports) {
    const result = matchPage(r, r.id, queryPage(index, r, r.id), byId);
    stories += result.story.length;
    for (const member of result.story) {
      const names = [r.site, byId.get(member.reportId)?.site ?? '?'].sort();
      storyPairs.add(names.join(' + '));
    }
    for (const [i, list] of Object.entries(result.matches)) {
      const ours = r.sentences.find((s) => s.index === Number(i))?.text ?? '';
      for (const m of list) {
        // The test pages repeat some texts whole (lorem ipsum fillers): true copies, not errors.
        if (m.sentence === ours) {
          identical++;
          continue;
        }
        if (m.relation === 'same') same++;
        else overlap++;
        {
          examples.push(
            `${m.relation} ${m.score.toFixed(2)}  ${r.site}: ${ours.slice(0, 110)}\n` +
              `           ${byId.get(m.reportId)?.site}: ${m.sentence.slice(0, 110)}`,
          );
        }
      }
    }
  }
  const ms = performance.now() - started;
  console.log(`pages: ${reports.length}, claims indexed: ${claims}`);
  console.log(`identical sentences linked (true copies): ${identical}`);
  console.log(`other links between different pages: ${same} same-claim, ${overlap} overlapping`);
  console.log(
    `  per 1,000 claims: ${(((same + overlap) / Math.max(1, claims)) * 1000).toFixed(2)}`,
  );
  console.log(
    `story groupings between different pages: ${stories} (${storyPairs.size} pairs of pages)`,
  );
  console.log(`cross-referencing every page: ${ms.toFixed(0)} ms in all`);
  // An even sample of the links, for a reader to judge.
  const step = Math.max(1, Math.floor(examples.length / Math.max(1, show)));
  for (let k = 0; k < examples.length && k / step < show; k += step) console.log(examples[k]);
  if (show > 0) console.log(`pages grouped as one story:\n  ${[...storyPairs].join('\n  ')}`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const data = process.argv[2];
  if (!data) {
    console.error('usage: npm run eval:links -- PATH/shared/data [--show N]');
    process.exit(2);
  }
  const at = process.argv.indexOf('--show');
  const show = at > 0 ? Number(process.argv[at + 1] ?? 20) : 20;
  try {
    evalLinks(data, show);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(2);
  }
}
