import type { ClaimKind, SourceType } from '../model/claim.ts';
import type { ClaimExplanation } from './explain-claim.ts';
import { notFlaggedKeys } from './not-flagged.ts';
import { t, type MessageKey } from './t.ts';

const TYPE_KEYS: Record<SourceType, MessageKey> = {
  person: 'sourceTypePerson',
  organization: 'sourceTypeOrganization',
  government: 'sourceTypeGovernment',
  media: 'sourceTypeMedia',
  document: 'sourceTypeDocument',
  other: 'sourceTypeOther',
};

// Reasons the claim analysis may give; unknown ones are not shown rather than shown raw.
const REASON_KEYS: Record<string, MessageKey> = {
  number: 'reasonNumber',
  hedge: 'reasonHedge',
  'anonymous-source': 'reasonAnonymous',
  prediction: 'reasonPrediction',
  cause: 'reasonCause',
  event: 'reasonEvent',
  'no-source': 'reasonNoSource',
  assertion: 'reasonAssertion',
};

export function sourceTypeLabel(type: SourceType): string {
  return t(TYPE_KEYS[type]);
}

/** Why a sentence is not a claim, as words ("an opinion · a question"), or '' when no reason says. */
export function notFlaggedText(reasons: readonly string[]): string {
  return notFlaggedKeys(reasons)
    .map((k) => t(k))
    .join(' · ');
}

/** The plain "why" line, also used by the live region and aria labels. */
export function whyText(kind: ClaimKind, why: ClaimExplanation): string {
  if (kind === 'none') {
    const words = notFlaggedText(why.reasons);
    return words ? `${t('whyNotFlagged')}: ${words}` : t('whyNotFlagged');
  }
  if (kind === 'sourced' && why.source) {
    return why.sourceType ? `${why.source} (${sourceTypeLabel(why.sourceType)})` : why.source;
  }
  if (kind === 'anonymous') return t('whyAnonymousShort');
  return t('whyNoSourceShort');
}

/** The claim's kind explained: who stands behind it, the cue, hedges, reasons. */
export function ClaimWhy({ kind, why }: { kind: ClaimKind; why: ClaimExplanation }) {
  if (kind === 'none') return <NotFlaggedWhy reasons={why.reasons} />;
  const reasons = why.reasons.map((r) => REASON_KEYS[r]).filter((k): k is MessageKey => !!k);
  return (
    <dl class="cb-why" data-cb="why">
      {why.source ? (
        <div class="cb-why-row">
          <dt>{t(kind === 'anonymous' ? 'whyAnonymousSource' : 'whySource')}</dt>
          <dd>
            <strong data-cb="source">{why.source}</strong>
            {why.sourceType ? (
              <span class="cb-muted"> ({sourceTypeLabel(why.sourceType)})</span>
            ) : null}
            {why.sourceAsWritten ? (
              <span class="cb-muted cb-block">{t('whyResolved', why.sourceAsWritten)}</span>
            ) : null}
          </dd>
        </div>
      ) : (
        <div class="cb-why-row">
          <dt>{t('whySource')}</dt>
          <dd>{t('whyNoSource')}</dd>
        </div>
      )}
      {why.cue ? (
        <div class="cb-why-row">
          <dt>{t('whyCue')}</dt>
          <dd data-cb="cue">“{why.cue}”</dd>
        </div>
      ) : null}
      {why.hedges.length > 0 ? (
        <div class="cb-why-row">
          <dt>{t('whyHedged')}</dt>
          <dd data-cb="hedges">{why.hedges.map((h) => `“${h}”`).join(', ')}</dd>
        </div>
      ) : null}
      {kind !== 'sourced' && reasons.length > 0 ? (
        <div class="cb-why-row">
          <dt>{t('whyBecause')}</dt>
          <dd>{reasons.map((k) => t(k)).join(' · ')}</dd>
        </div>
      ) : null}
    </dl>
  );
}

/** A sentence that is not a claim: why not, in words (the analysis's reasons mapped by not-flagged.ts). */
function NotFlaggedWhy({ reasons }: { reasons: readonly string[] }) {
  const words = notFlaggedText(reasons);
  return (
    <dl class="cb-why" data-cb="why">
      <div class="cb-why-row">
        <dt>{t('whyNotFlagged')}</dt>
        <dd data-cb="not-flagged">{words || t('notFlaggedTrivial')}</dd>
      </div>
    </dl>
  );
}
