import { h, render } from 'preact';
import { displayOf } from '../model/claim.ts';
import type { PageAnswer, ReportInput } from '../model/report.ts';
import type { PageSummary } from '../model/summary.ts';
import { siteOf } from '../text/site.ts';
import { Overlay } from '../ui/Overlay.tsx';
import { buildSummary } from './build-summary.ts';
import { ClaimHighlights } from './claim-highlights.ts';
import { ClaimNavigation } from './claim-navigation.ts';
import { overlayProps } from './overlay-props.ts';
import type { PaintedClaim } from './painted-claim.ts';
import { watchPage, type ChangeReason } from './page-watch.ts';
import { chooseLegendCorner, type LegendCorner } from './legend-corner.ts';
import { createShadowHost, removeStaleHosts, type ShadowHost } from './shadow-host.ts';
import { tintOnHover } from './hover-tint.ts';
import type { SessionAnalysis, SessionArticle, SessionDeps, SessionState } from './session-deps.ts';
import { dropUntrustedInput, fromReader, type TrustCheck } from './trusted-input.ts';

export type { SessionAnalysis, SessionArticle, SessionDeps, SessionState } from './session-deps.ts';

/** When to look again for a page's corner widget that loads after the article (chat, cookies). */
const LATE_WIDGET_MS = 2500;

/**
 * Everything Corroborate does in one page, from start to `destroy()`: analysis, highlights, the
 * overlay and the answers to the popup; moving between claims is `ClaimNavigation`'s, what the
 * overlay shows `overlayProps`'. `destroy()` removes all of it and leaves the page as it was.
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
  private readonly navigation: ClaimNavigation;
  private generation = 0;
  private lastText: string | null = null;
  private lastUrl: string | null = null;
  private readonly trusted: TrustCheck;

  constructor(private readonly deps: SessionDeps<A>) {
    this.doc = deps.view.document;
    this.trusted = deps.trusted ?? fromReader;
    this.navigation = new ClaimNavigation({
      doc: this.doc,
      view: deps.view,
      trusted: this.trusted,
      claims: () => this.claims,
      sentences: () => this.analysis?.sentences ?? [],
      highlights: () => this.highlights,
      ui: () => this.ui,
      ready: () => this.state === 'ready',
      highlightsOn: () => this.highlightsOn,
      showHighlights: () => this.setHighlights(true),
      expandLegend: () => {
        this.legendCollapsed = false;
      },
      update: () => this.update(),
    });
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
    if (textChanged) this.navigation.reset();
    else this.navigation.keepIfPresent();
    this.highlights?.paint(this.claims);
    this.highlights?.setFocused(this.navigation.focused);
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
    return this.navigation.focusClaim(index, open);
  }

  /** Next (1) or previous (-1) claim in page order, wrapping around; its index or null. */
  stepClaim(direction: 1 | -1): number | null {
    return this.navigation.stepClaim(direction);
  }

  setHighlights(on: boolean): boolean {
    if (on && this.state === 'paused') {
      this.highlightsOn = true;
      this.listen();
      this.run('initial');
      return (this.state as SessionState) === 'ready';
    }
    this.highlightsOn = on;
    if (!on) this.navigation.hide();
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
    this.navigation.listen(this.controller.signal);
    tintOnHover(this.deps.view, this.trusted, () => this.highlights, this.controller.signal);
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
    this.navigation.dropPopover();
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

  /** The legend's collapse button: remembered across pages, focus kept on its replacement. */
  private collapseLegend(collapsed: boolean): void {
    this.legendCollapsed = collapsed;
    this.update();
    this.deps.prefs?.save({ legendCollapsed: collapsed }).catch((e: unknown) => {
      this.deps.onError?.('prefs', e);
    });
    // Keep keyboard focus in our UI: on the button that replaced the one just pressed.
    const next = collapsed ? 'legend-expand' : 'legend-collapse';
    this.ui?.root.querySelector<HTMLElement>(`[data-cb="${next}"]`)?.focus();
  }

  private update(): void {
    this.setHostState();
    const ui = this.ui;
    const analysis = this.analysis;
    if (!ui || !analysis) return;
    const nav = this.navigation;
    const props = overlayProps(
      {
        view: this.deps.view,
        claims: this.claims,
        sentences: analysis.sentences,
        matches: this.matches,
        matchesError: this.matchesError,
        highlightsOn: this.highlightsOn,
        legendCollapsed: this.legendCollapsed,
        legendCorner: this.legendCorner,
        focused: nav.focused,
        popover: nav.popover,
        announcement: nav.announcement,
      },
      {
        toggleHighlights: () => this.setHighlights(!this.highlightsOn),
        collapseLegend: (collapsed) => this.collapseLegend(collapsed),
        step: (d) => this.stepClaim(d),
        openFocused: () => nav.openFocused(),
        closePopover: () => nav.closePopover(true),
      },
    );
    render(h(Overlay, props), ui.mount);
  }
}
