import { analyseText } from '../claims/index.ts';
import { extractArticle, type ExtractedArticle } from '../extract/index.ts';
import type { SentenceAnalysis } from '../model/claim.ts';
import type { ReportInput } from '../model/report.ts';
import { siteOf } from '../text/site.ts';
import { toReportSentences } from './report-sentences.ts';

/** Everything the content script and the CLI need from one page. */
export interface DocumentAnalysis {
  article: ExtractedArticle;
  sentences: SentenceAnalysis[];
  report: ReportInput;
}

/**
 * Extracts the article from `doc`, analyses its claims and shapes the report to store.
 * `budgetMs` bounds the extraction (the CLI allows more than a page's default).
 */
export function analyseDocument(
  doc: Document,
  url: string,
  options: { budgetMs?: number } = {},
): DocumentAnalysis {
  const article = extractArticle(doc, { url, ...options });
  const meta = article.metadata;
  const sentences = article.isArticle
    ? analyseText(article.text, {
        lang: meta.lang,
        // Each paragraph's own language (the extractor's guess), for sentences that differ
        // from the page's `lang`.
        blocks: article.paragraphs.map(({ start, end, lang }) => ({ start, end, lang })),
        title: meta.title,
      })
    : [];
  const report: ReportInput = {
    url,
    canonicalUrl: meta.canonicalUrl,
    site: meta.siteName ?? siteOf(url) ?? url,
    title: meta.title ?? '',
    byline: meta.byline,
    publishedTime: meta.publishedTime,
    lang: meta.lang,
    text: article.text,
    sentences: toReportSentences(sentences),
  };
  return { article, sentences, report };
}

/** A report from plain article text (the CLI's `.txt` input). */
export function reportFromText(
  text: string,
  meta: { url: string; title?: string | null; site?: string | null; publishedTime?: string | null },
): { sentences: SentenceAnalysis[]; report: ReportInput } {
  const sentences = analyseText(text, { title: meta.title ?? null });
  return {
    sentences,
    report: {
      url: meta.url,
      canonicalUrl: null,
      site: meta.site ?? siteOf(meta.url) ?? meta.url,
      title: meta.title ?? '',
      byline: null,
      publishedTime: meta.publishedTime ?? null,
      lang: null,
      text,
      sentences: toReportSentences(sentences),
    },
  };
}
