import { h, render } from 'preact';
import { displayOf, type SentenceAnalysis } from '../model/claim.ts';
import type { PageAnswer, ReportInput, StoryRole } from '../model/report.ts';
import type { PageSummary } from '../model/summary.ts';
import { siteOf } from '../text/site.ts';
import { whyText } from '../ui/ClaimWhy.tsx';
import { explainClaim } from '../ui/explain-claim.ts';
import type { LegendProps } from '../ui/Legend.tsx';
import { Overlay, type OverlayProps } from '../ui/Overlay.tsx';
import { t } from '../ui/t.ts';
import { buildSummary } from './build-summary.ts';
import { ClaimHighlights } from './claim-highlights.ts';
import type { PaintedClaim } from './painted-claim.ts';
import { watchPage, type ChangeReason } from './page-watch.ts';
import { chooseLegendCorner, type LegendCorner } from './legend-corner.ts';
import { createShadowHost, removeStaleHosts, type ShadowHost } from './shadow-host.ts';
import { dropUntrustedInput, fromReader, type TrustCheck } from './trusted-input.ts';

/** What the session needs from the extraction: whether it is an article, and its root. */
export interface SessionArticle {
  isArticle: boolean;
  root?: Element | null;
}

/** When to look again for a page's corner widget that loads after the article (chat, cookies). */
const LATE_WIDGET_MS = 2500;

export interface SessionAnalysis<A extends SessionArticle> {
  article: A;
  sentences: SentenceAnalysis[];
  report: ReportInput;
}

export interface SessionDeps<A extends SessionArticle> {
  view: Window;
  analyse: (doc: Document, url: string) => SessionAnalysis<A>;
  rangeForText: (article: A, start: number, end: number) => Range | null;
  matchPage: (report: ReportInput) => Promise<PageAnswer>;
  isSitePaused: (hostname: string) => Promise<boolean>;
  /** Open shadow root (development builds) or closed (store builds). */
  openShadow: boolean;
  /** Whether an event is the reader's own input (`isTrusted`); unit tests fake it. */
  trusted?: TrustCheck;
  /** Re-analyse on SPA navigation and late content (off in unit tests). */
  watch: boolean;
  onError?: (where: string, error: unknown) => void;
  /** Remembers the legend's collapsed state across pages (extension storage). */
  prefs?: {
    load: () => Promise<{ legendCollapsed?: boolean }>;
    save: (prefs: { legendCollapsed: boolean }) => Promise<void>;
  };
}

export type SessionState = 'starting' | 'paused' | 'not-article' | 'ready' | 'error' | 'destroyed';

interface OpenPopover {
  index: number;
  anchor: () => DOMRect | null;
  autoFocus: boolean;
}

/**
 * Everything Corroborate does in one page: analysis, highlights, popover, legend, keyboard and
 * the answers to the popup. `destroy()` removes all of it and leaves the page as it was.
 */
export class PageSession<A extends SessionArticle> {
  state: SessionState = 'starting';
  private readonly controller = new AbortController();
  private readonly doc: Document;
  private analysis: SessionAnalysis<A> | null = null;
  private claims: PaintedClaim[] = [];
  private ui: ShadowHost | null = null;
  private highlights: ClaimHighlights | null = null;
  private matches: PageAnswer | null = null;
  private matchesError: string | null = null;
  private highlightsOn = true;
  private legendCollapsed = false;
  private legendCorner: LegendCorner = 'right';
  private focused: number | null = null;
  private popover: OpenPopover | null = null;
  private returnFocus: HTMLElement | null = null;
  /** The open card came from the legend: Esc goes back there first, then to the page. */
  private openedFromLegend = false;
  private announcement = '';
  private generation = 0;
  private lastText: string | null = null;
  private lastUrl: string | null = null;
  private readonly trusted: TrustCheck;

  constructor(private readonly deps: SessionDeps<A>) {
    this.doc = deps.view.document;
    this.trusted = deps.trusted ?? fromReader;
  }

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  /** Checks the site is not paused, then analyses and paints. */
  async start(): Promise<void> {
    let paused = false;
    try {
      paused = await this.deps.isSitePaused(siteOf(this.deps.view.location.href) ?? '');
    } catch (error) {
      this.deps.onError?.('settings', error);
    }
    try {
      this.legendCollapsed = !!(await this.deps.prefs?.load())?.legendCollapsed;
    } catch (error) {
      this.deps.onError?.('prefs', error);
    }
    if (this.state === 'destroyed') return;
    if (paused) {
      this.state = 'paused';
      this.highlightsOn = false;
      return;
    }
    this.listen();
    this.run('initial');
  }

  /** Analyses the page again; repaints, and asks the background only when the text changed. */
  run(reason: ChangeReason | 'initial'): void {
    if (this.state === 'destroyed') return;
    const url = this.deps.view.location.href;
    let analysis: SessionAnalysis<A>;
    try {
      analysis = this.deps.analyse(this.doc, url);
    } catch (error) {
      this.deps.onError?.('analyse', error);
      if (reason === 'initial') this.state = 'error';
      return;
    }
    this.analysis = analysis;
    if (!analysis.article.isArticle) {
      this.state = 'not-article';
      this.teardownUi();
      this.claims = [];
      this.matches = null;
      return;
    }
    this.claims = this.anchor(analysis);
    this.state = 'ready';
    this.ensureUi();
    const textChanged = analysis.report.text !== this.lastText || url !== this.lastUrl;
    if (textChanged) {
      this.closePopover(false);
      this.focused = null;
    } else if (this.popover && !this.claims.some((c) => c.index === this.popover?.index)) {
      this.closePopover(false);
    }
    this.highlights?.paint(this.claims);
    this.highlights?.setFocused(this.focused);
    this.update();
    if (textChanged) {
      this.lastText = analysis.report.text;
      this.lastUrl = url;
      void this.matchPage(analysis.report);
    }
  }

  getSummary(): PageSummary {
    const a = this.analysis;
    return buildSummary({
      url: this.deps.view.location.href,
      title: a?.report.title || this.doc.title,
      site: a?.report.site || (siteOf(this.deps.view.location.href) ?? ''),
      isArticle: this.state === 'ready' && !!a?.article.isArticle,
      sentences: this.state === 'ready' ? (a?.sentences ?? []) : [],
      matches: this.matches,
      highlightsOn: this.state === 'ready' && this.highlightsOn,
      // Nothing more will come for a page that is not an article, paused or failed.
      ready:
        this.state !== 'starting' &&
        (this.state !== 'ready' || !!this.matches || !!this.matchesError),
      error: this.matchesError,
    });
  }

  /** Moves to a claim (popup's jump-to): scrolls it into view, marks it, opens its card. */
  focusClaim(index: number, open = true): boolean {
    const claim = this.claims.find((c) => c.index === index);
    if (!claim) return false;
    if (!this.highlightsOn) this.setHighlights(true);
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
    if (this.claims.length === 0 || this.state !== 'ready') return null;
    if (!this.highlightsOn) this.setHighlights(true);
    const at = this.claims.findIndex((c) => c.index === (this.popover?.index ?? this.focused));
    const n = this.claims.length;
    const next = at < 0 ? (direction === 1 ? 0 : n - 1) : (at + direction + n) % n;
    const claim = this.claims[next];
    if (!claim) return null;
    this.rememberFocus();
    this.legendCollapsed = false;
    this.focusOn(claim);
    if (this.popover) this.openPopover(claim.index, { autoFocus: true });
    else this.focusLegend();
    return claim.index;
  }

  setHighlights(on: boolean): boolean {
    if (on && this.state === 'paused') {
      this.highlightsOn = true;
      this.listen();
      this.run('initial');
      return (this.state as SessionState) === 'ready';
    }
    this.highlightsOn = on;
    if (!on) {
      this.closePopover(false);
      this.focused = null;
      this.highlights?.setFocused(null);
    }
    this.highlights?.setVisible(on);
    this.update();
    return on;
  }

  destroy(): void {
    if (this.state === 'destroyed') return;
    this.state = 'destroyed';
    this.controller.abort();
    this.teardownUi();
    this.claims = [];
    this.analysis = null;
  }

  // ——— internals ———

  private listening = false;

  private listen(): void {
    if (this.listening) return;
    this.listening = true;
    const opts = { capture: true, signal: this.controller.signal };
    this.doc.addEventListener('click', (e) => this.onClick(e), opts);
    this.doc.addEventListener('keydown', (e) => this.onKeyDown(e), opts);
    // Hover tint: one hit-test per frame at most, mouse only.
    let frame = 0;
    let last: PointerEvent | null = null;
    this.doc.addEventListener(
      'pointermove',
      (e) => {
        if (e.pointerType !== 'mouse' || !this.trusted(e)) return;
        last = e;
        if (frame) return;
        frame = this.deps.view.requestAnimationFrame(() => {
          frame = 0;
          const hit = last && this.highlights?.claimAt(last.clientX, last.clientY);
          this.highlights?.setHovered(hit ? hit.index : null);
        });
      },
      { passive: true, signal: this.controller.signal },
    );
    // The page's own corner widgets appear late and move with the layout: look again then.
    const recheck = () => this.placeLegend();
    this.deps.view.addEventListener('resize', recheck, {
      passive: true,
      signal: this.controller.signal,
    });
    const late = this.deps.view.setTimeout(recheck, LATE_WIDGET_MS);
    this.controller.signal.addEventListener('abort', () => this.deps.view.clearTimeout(late));
    if (this.deps.watch) {
      watchPage(this.deps.view, {
        root: () => {
          const root = this.analysis?.article.root ?? null;
          return this.analysis?.article.isArticle ? root : null;
        },
        onChange: (reason) => this.run(reason),
        signal: this.controller.signal,
      });
    }
  }

  private anchor(analysis: SessionAnalysis<A>): PaintedClaim[] {
    const out: PaintedClaim[] = [];
    analysis.sentences.forEach((s, index) => {
      const display = displayOf(s.kind);
      if (!display) return;
      let range: Range | null = null;
      try {
        range = this.deps.rangeForText(analysis.article, s.start, s.end);
      } catch (error) {
        this.deps.onError?.('rangeForText', error);
      }
      if (range && !range.collapsed) out.push({ index, display, range });
    });
    return out;
  }

  private async matchPage(report: ReportInput): Promise<void> {
    const generation = ++this.generation;
    this.matches = null;
    this.matchesError = null;
    this.setHostState();
    try {
      const matches = await this.deps.matchPage(report);
      if (generation !== this.generation || this.state === 'destroyed') return;
      this.matches = matches;
    } catch (error) {
      if (generation !== this.generation || this.state === 'destroyed') return;
      this.matchesError = error instanceof Error ? error.message : String(error);
      this.deps.onError?.('matchPage', error);
    }
    this.update();
  }

  private ensureUi(): void {
    if (this.ui) return;
    removeStaleHosts(this.doc);
    this.ui = createShadowHost(this.doc, { open: this.deps.openShadow });
    dropUntrustedInput(this.ui.root, this.controller.signal, this.trusted);
    this.highlights = new ClaimHighlights(this.doc, this.ui.boxes);
    this.highlights.setVisible(this.highlightsOn);
    this.legendCorner = chooseLegendCorner(this.doc, this.deps.view, this.ui.host);
  }

  /** Moves the legend off a corner the page's own widget took since the last look. */
  private placeLegend(): void {
    if (!this.ui) return;
    const corner = chooseLegendCorner(this.doc, this.deps.view, this.ui.host);
    if (corner === this.legendCorner) return;
    this.legendCorner = corner;
    this.update();
  }

  private teardownUi(): void {
    this.popover = null;
    if (this.ui) render(null, this.ui.mount);
    this.highlights?.destroy();
    this.highlights = null;
    this.ui?.destroy();
    this.ui = null;
  }

  /** State for tests and tools, inside our shadow root: the host carries no data-* state. */
  private setHostState(): void {
    const host = this.ui?.mount;
    if (!host) return;
    host.dataset.state = this.state;
    host.dataset.claims = String(this.claims.length);
    host.dataset.matches = this.matchesError ? 'error' : this.matches ? 'ready' : 'pending';
    host.dataset.highlights = this.highlightsOn ? 'on' : 'off';
    host.dataset.native = this.highlights?.native ? 'true' : 'false';
  }

  private onClick(event: MouseEvent): void {
    // A page script's synthetic click must not open (or close) a card.
    if (!this.trusted(event)) return;
    if (event.button !== 0 || !this.ui || !this.highlights) return;
    if (event.composedPath().includes(this.ui.host)) return;
    const target = event.target as Element | null;
    const interactive = target?.closest?.(
      'a[href], button, input, select, textarea, label, summary, [contenteditable=""], [contenteditable="true"], [role="button"], [role="link"]',
    );
    const selection = this.deps.view.getSelection();
    const selecting = !!selection && !selection.isCollapsed;
    const hit =
      interactive || selecting ? null : this.highlights.claimAt(event.clientX, event.clientY);
    if (hit) {
      this.rememberFocus();
      this.focused = hit.index;
      this.highlights.setFocused(hit.index);
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
    if (event.key !== 'Escape' || !this.ui || !this.trusted(event)) return;
    if (this.popover) this.closePopover(true);
    else if (this.focused !== null) this.clearFocus();
  }

  private openPopover(
    index: number,
    options: { near?: { x: number; y: number }; autoFocus: boolean },
  ): void {
    const highlights = this.highlights;
    if (!highlights) return;
    // Sit below (or above) the whole claim, horizontally at the clicked line; re-read on
    // every scroll so the card follows the text.
    const near = options.near;
    const anchor = (): DOMRect | null => {
      const claim = this.claims.find((c) => c.index === index);
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
    this.update();
  }

  private closePopover(restoreFocus: boolean): void {
    if (!this.popover) return;
    this.popover = null;
    const toLegend = this.openedFromLegend && this.focused !== null;
    this.openedFromLegend = false;
    this.update();
    if (!restoreFocus) return;
    if (toLegend) this.focusLegend();
    else this.restoreFocus();
  }

  private clearFocus(): void {
    this.focused = null;
    this.highlights?.setFocused(null);
    this.update();
    this.restoreFocus();
  }

  private focusOn(claim: PaintedClaim): void {
    this.focused = claim.index;
    this.highlights?.setFocused(claim.index);
    this.scrollToClaim(claim);
    this.announceClaim(claim.index);
    this.update();
  }

  private scrollToClaim(claim: PaintedClaim): void {
    const view = this.deps.view;
    const rect = claim.range.getClientRects()[0];
    if (!rect) return;
    if (rect.top >= view.innerHeight * 0.15 && rect.bottom <= view.innerHeight * 0.7) return;
    const smooth = !view.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
    const el = claim.range.startContainer.parentElement;
    // Inner scrollers first (nearest), then the window puts the line a third of the way down.
    el?.scrollIntoView?.({ block: 'nearest' });
    const again = claim.range.getClientRects()[0] ?? rect;
    view.scrollBy?.({
      top: again.top - view.innerHeight / 3,
      behavior: smooth ? 'smooth' : 'auto',
    });
  }

  private rememberFocus(): void {
    const active = this.doc.activeElement as HTMLElement | null;
    if (active && active !== this.ui?.host && active !== this.doc.body) this.returnFocus = active;
    else if (!this.popover && this.focused === null) this.returnFocus = null;
  }

  private restoreFocus(): void {
    const el = this.returnFocus;
    this.returnFocus = null;
    if (el?.isConnected) el.focus({ preventScroll: true });
    else if (this.ui) {
      const active = (this.ui.host.shadowRoot ?? this.ui.root).activeElement as HTMLElement | null;
      active?.blur();
    }
  }

  private focusLegend(): void {
    this.update();
    const button = this.ui?.root.querySelector<HTMLElement>('[data-cb="legend-open"]');
    button?.focus({ preventScroll: true });
  }

  private claimLabel(index: number): { ordinal: number; total: number; text: string } | null {
    const pos = this.claims.findIndex((c) => c.index === index);
    const claim = this.claims[pos];
    const sentence = this.analysis?.sentences[index];
    if (!claim || !sentence) return null;
    const kind = t(claim.display === 'sourced' ? 'kindSourced' : 'kindUnverified');
    const why = whyText(sentence.kind, explainClaim(sentence));
    return { ordinal: pos + 1, total: this.claims.length, text: `${kind}: ${why}` };
  }

  private announceClaim(index: number): void {
    const label = this.claimLabel(index);
    if (!label) return;
    const text = t('announceClaim', [label.ordinal, label.total, label.text]);
    // A trailing zero-width space makes a repeated announcement a change the reader hears.
    this.announcement = this.announcement === text ? `${text}\u200b` : text;
  }

  private update(): void {
    this.setHostState();
    const ui = this.ui;
    const analysis = this.analysis;
    if (!ui || !analysis) return;
    const sourced = this.claims.filter((c) => c.display === 'sourced').length;
    const focusedLabel = this.focused !== null ? this.claimLabel(this.focused) : null;
    const legend: LegendProps = {
      sourced,
      unverified: this.claims.length - sourced,
      highlightsOn: this.highlightsOn,
      collapsed: this.legendCollapsed,
      corner: this.legendCorner,
      focused: focusedLabel
        ? { ordinal: focusedLabel.ordinal, total: focusedLabel.total, label: focusedLabel.text }
        : null,
      onToggleHighlights: () => this.setHighlights(!this.highlightsOn),
      onCollapse: (collapsed) => {
        this.legendCollapsed = collapsed;
        this.update();
        this.deps.prefs?.save({ legendCollapsed: collapsed }).catch((e: unknown) => {
          this.deps.onError?.('prefs', e);
        });
        // Keep keyboard focus in our UI: on the button that replaced the one just pressed.
        const next = collapsed ? 'legend-expand' : 'legend-collapse';
        this.ui?.root.querySelector<HTMLElement>(`[data-cb="${next}"]`)?.focus();
      },
      onStep: (d) => this.stepClaim(d),
      onOpen: () => {
        if (this.focused === null) return;
        this.openPopover(this.focused, { autoFocus: true });
        this.openedFromLegend = true;
      },
    };
    let popover: OverlayProps['popover'] = null;
    const open = this.popover;
    const claimPos = open ? this.claims.findIndex((c) => c.index === open.index) : -1;
    const claim = this.claims[claimPos];
    const sentence = open ? analysis.sentences[open.index] : undefined;
    if (open && claim && sentence) {
      const roles: Record<number, StoryRole> = {};
      for (const m of this.matches?.story ?? []) roles[m.reportId] = m.role;
      popover = {
        claim: {
          index: open.index,
          ordinal: claimPos + 1,
          total: this.claims.length,
          display: claim.display,
          sentence,
        },
        matches: this.matchesError
          ? []
          : this.matches
            ? (this.matches.matches[open.index] ?? [])
            : null,
        reports: this.matches?.reports ?? {},
        roles,
        ...(this.matches?.outlets?.[open.index]
          ? { outlets: this.matches.outlets[open.index] }
          : {}),
        error: this.matchesError,
        anchor: open.anchor,
        autoFocus: open.autoFocus,
      };
    }
    const props: OverlayProps = {
      legend,
      popover,
      announcement: this.announcement,
      view: this.deps.view,
      onClosePopover: () => this.closePopover(true),
      onStep: (d) => this.stepClaim(d),
    };
    render(h(Overlay, props), ui.mount);
  }
}
