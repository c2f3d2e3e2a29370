import type { Attribution, SentenceAnalysis, SourceType } from '../model/claim.ts';

/** Why a sentence got its kind, in the pieces the popover and live region show. */
export interface ClaimExplanation {
  /** Display name of the source (pronouns resolved), or null. */
  source: string | null;
  sourceType: SourceType | null;
  /** The words the page used for the source when a pronoun or short form was resolved. */
  sourceAsWritten: string | null;
  named: boolean;
  cue: string | null;
  hedges: string[];
  /** Machine-readable reasons from the claim analysis (`number`, `hedge`, …). */
  reasons: string[];
}

/** The attribution that best explains the sentence: a named source first, then any source. */
export function mainAttribution(s: SentenceAnalysis): Attribution | null {
  return (
    s.attributions.find((a) => a.source?.named) ??
    s.attributions.find((a) => a.source) ??
    s.attributions[0] ??
    null
  );
}

export function explainClaim(s: SentenceAnalysis): ClaimExplanation {
  const main = mainAttribution(s);
  const src = main?.source ?? null;
  const resolved = src?.resolved?.trim() || null;
  const written = src?.text.replace(/\s+/g, ' ').trim() ?? null;
  const name = resolved ?? written;
  return {
    source: name || null,
    sourceType: src?.type ?? null,
    sourceAsWritten: resolved && written && resolved !== written ? written : null,
    named: !!src?.named,
    cue: main?.cue.text.replace(/\s+/g, ' ').trim() || null,
    hedges: [...new Set(s.hedges.map((h) => h.text.replace(/\s+/g, ' ').trim()))].filter(Boolean),
    reasons: s.reasons,
  };
}
