import type { Difference, SourceNaming } from '../model/report.ts';
import { t, type MessageKey } from './t.ts';

/** Message key per difference (and per variant where the data differ in shape). */
function detailKey(d: Difference): MessageKey {
  switch (d.type) {
    case 'attribution-dropped':
      return 'diffDetailAttributionDropped';
    case 'attribution-added':
      return 'diffDetailAttributionAdded';
    case 'attribution-changed':
      return 'diffDetailAttributionChanged';
    case 'hedge-added':
      return d.ours ? 'diffDetailHedgeAdded' : 'diffDetailHedgeAddedNoWord';
    case 'hedge-removed':
      return d.theirs ? 'diffDetailHedgeRemoved' : 'diffDetailHedgeRemovedNoWord';
    case 'number-changed':
      return 'diffDetailNumberChanged';
    case 'quote-altered':
      return 'diffDetailQuoteAltered';
    case 'detail-added':
      return 'diffDetailOnlyOurs';
    case 'detail-missing':
      return 'diffDetailOnlyTheirs';
    case 'wording':
      return d.spelling ? 'diffDetailSpelling' : 'diffDetailWording';
  }
}

/** A side's source as the reader reads it: its name, or what kind of unnamed source. */
function sourceText(name: string | null, naming: SourceNaming | undefined): string {
  if (name && naming !== 'anonymous' && naming !== 'unnamed') return name;
  return t(naming === 'anonymous' ? 'diffSourceAnonymous' : 'diffSourceUnnamed');
}

/**
 * One plain-text sentence explaining a difference from this page's side, e.g. "AP attributes
 * this to the defence ministry; this page does not". `theirs` names the other report (its site).
 * Substitutions: $1 the other report, $2 our part, $3 their part.
 */
export function differenceDetail(d: Difference, theirs: string): string {
  const attribution = d.type.startsWith('attribution-');
  const ours = attribution ? sourceText(d.ours, d.naming?.ours) : (d.ours ?? '');
  const their = attribution ? sourceText(d.theirs, d.naming?.theirs) : (d.theirs ?? '');
  const text = t(detailKey(d), [theirs, ours, their]);
  // A message may open with the other report's label ("the other report hedges…").
  return text.charAt(0).toUpperCase() + text.slice(1);
}
