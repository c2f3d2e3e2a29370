import type { SentenceAnalysis } from '../model/claim.ts';
import { t } from '../ui/t.ts';
import type { ClaimHighlights } from './claim-highlights.ts';
import { claimLabel, type OpenPopover } from './overlay-props.ts';
import type { PaintedClaim } from './painted-claim.ts';
import { scrollToClaim } from './scroll-to-claim.ts';
import type { ShadowHost } from './shadow-host.ts';
import type { TrustCheck } from './trusted-input.ts';

// Controls inside the page that a click on a claim's text must leave to the page.
const INTERACTIVE =
  'a[href], button, input, select, textarea, label, summary, [contenteditable=""], [contenteditable="true"], [role="button"], [role="link"]';

/** What navigation reads from, and asks of, the page session it belongs to. */
export interface NavigationHost {
  doc: Document;
  view: Window;
  trusted: TrustCheck;
  claims: () => readonly PaintedClaim[];
  sentences: () => readonly SentenceAnalysis[];
  highlights: () => ClaimHighlights | null;
  ui: () => ShadowHost | null;
  /** The session shows claims now (an article, analysed, not destroyed). */
  ready: () => boolean;
  highlightsOn: () => boolean;
  showHighlights: () => void;
  expandLegend: () => void;
  /** Renders the overlay again from the current state. */
  update: () => void;
}

/**
 * Moving between claims: clicks on highlighted text, the claim card, Esc, stepping from the
 * legend or the popup, where keyboard focus goes and comes back to, and what a screen reader
 * hears. Its listeners live until the signal given to `listen` aborts.
 */
export class ClaimNavigation {
  focused: number | null = null;
  popover: OpenPopover | null = null;
  announcement = '';
  private returnFocus: HTMLElement | null = null;
  /** The open card came from the legend: Esc goes back there first, then to the page. */
  private openedFromLegend = false;

  constructor(private readonly host: NavigationHost) {}

  /** Clicks and Esc on the page, captured before its own handlers, until `signal` aborts. */
  listen(signal: AbortSignal): void {
    const opts = { capture: true, signal };
    this.host.doc.addEventListener('click', (e) => this.onClick(e), opts);
    this.host.doc.addEventListener('keydown', (e) => this.onKeyDown(e), opts);
  }

  /** Moves to a claim (popup's jump-to): scrolls it into view, marks it, opens its card. */
  focusClaim(index: number, open: boolean): boolean {
    const claim = this.host.claims().find((c) => c.index === index);
    if (!claim) return false;
    if (!this.host.highlightsOn()) this.host.showHighlights();
    this.rememberFocus();
    this.focusOn(claim);
    if (open) {
      this.openedFromLegend = false;
      this.openPopover(index, { autoFocus: true });
    }
    return true;
  }

  /** Next (1) or previous (-1) claim in page order, wrapping around; its index or null. */
  stepClaim(direction: 1 | -1): number | null {
    const claims = this.host.claims();
    if (claims.length === 0 || !this.host.ready()) return null;
    if (!this.host.highlightsOn()) this.host.showHighlights();
    const at = claims.findIndex((c) => c.index === (this.popover?.index ?? this.focused));
    const n = claims.length;
    const next = at < 0 ? (direction === 1 ? 0 : n - 1) : (at + direction + n) % n;
    const claim = claims[next];
    if (!claim) return null;
    this.rememberFocus();
    this.host.expandLegend();
    this.focusOn(claim);
    if (this.popover) this.openPopover(claim.index, { autoFocus: true });
    else this.focusLegend();
    return claim.index;
  }

  /** The legend's "open": the focused claim's card, Esc returning to the legend. */
  openFocused(): void {
    if (this.focused === null) return;
    this.openPopover(this.focused, { autoFocus: true });
    this.openedFromLegend = true;
  }

  /** The page's text changed: nothing stays open or focused. */
  reset(): void {
    this.closePopover(false);
    this.focused = null;
  }

  /** Highlights went off: the card closes and no claim stays marked. */
  hide(): void {
    this.closePopover(false);
    this.focused = null;
    this.host.highlights()?.setFocused(null);
  }

  /** The page was analysed again: a card whose claim is gone closes. */
  keepIfPresent(): void {
    const open = this.popover;
    if (open && !this.host.claims().some((c) => c.index === open.index)) this.closePopover(false);
  }

  /** The UI was torn down with the card in it. */
  dropPopover(): void {
    this.popover = null;
  }

  closePopover(restoreFocus: boolean): void {
    if (!this.popover) return;
    this.popover = null;
    const toLegend = this.openedFromLegend && this.focused !== null;
    this.openedFromLegend = false;
    this.host.update();
    if (!restoreFocus) return;
    if (toLegend) this.focusLegend();
    else this.restoreFocus();
  }

  private onClick(event: MouseEvent): void {
    // A page script's synthetic click must not open (or close) a card.
    if (!this.host.trusted(event)) return;
    const ui = this.host.ui();
    const highlights = this.host.highlights();
    if (event.button !== 0 || !ui || !highlights) return;
    if (event.composedPath().includes(ui.host)) return;
    const target = event.target as Element | null;
    const interactive = target?.closest?.(INTERACTIVE);
    const selection = this.host.view.getSelection();
    const selecting = !!selection && !selection.isCollapsed;
    const hit = interactive || selecting ? null : highlights.claimAt(event.clientX, event.clientY);
    if (hit) {
      this.rememberFocus();
      this.focused = hit.index;
      highlights.setFocused(hit.index);
      this.openPopover(hit.index, {
        near: { x: event.clientX, y: event.clientY },
        autoFocus: true,
      });
    } else if (this.popover) {
      this.closePopover(false);
    }
  }

  private onKeyDown(event: KeyboardEvent): void {
    // Esc anywhere (page or our UI) closes the card, then ends claim navigation; focus goes
    // back where it was before we took it.
    if (event.key !== 'Escape' || !this.host.ui() || !this.host.trusted(event)) return;
    if (this.popover) this.closePopover(true);
    else if (this.focused !== null) this.clearFocus();
  }

  private openPopover(
    index: number,
    options: { near?: { x: number; y: number }; autoFocus: boolean },
  ): void {
    const highlights = this.host.highlights();
    if (!highlights) return;
    // Sit below (or above) the whole claim, horizontally at the clicked line; re-read on
    // every scroll so the card follows the text.
    const near = options.near;
    const anchor = (): DOMRect | null => {
      const claim = this.host.claims().find((c) => c.index === index);
      if (!claim) return null;
      const rects = [...claim.range.getClientRects()].filter((r) => r.width > 0 || r.height > 0);
      const first = rects[0];
      if (!first) return null;
      const box = claim.range.getBoundingClientRect();
      const line = near ? (highlights.rectOf(index, near) ?? first) : first;
      const left = near ? Math.max(line.left, Math.min(near.x - 48, line.right - 48)) : line.left;
      return new DOMRect(left, box.top, Math.max(1, box.right - left), box.height);
    };
    this.focused = index;
    highlights.setFocused(index);
    this.popover = { index, anchor, autoFocus: options.autoFocus };
    // A click or a jump from the popup starts afresh; stepping inside the card keeps the origin.
    if (options.near) this.openedFromLegend = false;
    this.announceClaim(index);
    this.host.update();
  }

  private clearFocus(): void {
    this.focused = null;
    this.host.highlights()?.setFocused(null);
    this.host.update();
    this.restoreFocus();
  }

  private focusOn(claim: PaintedClaim): void {
    this.focused = claim.index;
    this.host.highlights()?.setFocused(claim.index);
    scrollToClaim(this.host.view, claim);
    this.announceClaim(claim.index);
    this.host.update();
  }

  private rememberFocus(): void {
    const active = this.host.doc.activeElement as HTMLElement | null;
    const ui = this.host.ui();
    if (active && active !== ui?.host && active !== this.host.doc.body) this.returnFocus = active;
    else if (!this.popover && this.focused === null) this.returnFocus = null;
  }

  private restoreFocus(): void {
    const el = this.returnFocus;
    this.returnFocus = null;
    const ui = this.host.ui();
    if (el?.isConnected) el.focus({ preventScroll: true });
    else if (ui) {
      const active = (ui.host.shadowRoot ?? ui.root).activeElement as HTMLElement | null;
      active?.blur();
    }
  }

  private focusLegend(): void {
    this.host.update();
    const button = this.host.ui()?.root.querySelector<HTMLElement>('[data-cb="legend-open"]');
    button?.focus({ preventScroll: true });
  }

  private announceClaim(index: number): void {
    const label = claimLabel(this.host.claims(), this.host.sentences(), index);
    if (!label) return;
    const text = t('announceClaim', [label.ordinal, label.total, label.text]);
    // A trailing zero-width space makes a repeated announcement a change the reader hears.
    this.announcement = this.announcement === text ? `${text}\u200b` : text;
  }
}
