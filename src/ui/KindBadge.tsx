import type { ClaimDisplay } from '../model/claim.ts';
import { t } from './t.ts';

/** "Sourced" / "Unverified" pill with the same line style as the page highlight. */
export function KindBadge({ display }: { display: Exclude<ClaimDisplay, null> }) {
  return (
    <span class={`cb-badge cb-badge--${display}`}>
      <span class={`cb-swatch cb-swatch--${display}`} aria-hidden="true" />
      {t(display === 'sourced' ? 'kindSourced' : 'kindUnverified')}
    </span>
  );
}
