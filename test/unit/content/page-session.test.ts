import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import messages from '../../../src/public/_locales/en/messages.json';
import { HIGHLIGHT_NAMES } from '../../../src/content/highlight-sheet.ts';
import {
  PageSession,
  type SessionArticle,
  type SessionDeps,
} from '../../../src/content/page-session.ts';
import { HOST_ID } from '../../../src/content/shadow-host.ts';
import type { ClaimKind, SentenceAnalysis } from '../../../src/model/claim.ts';
import type { PageMatches, ReportInput } from '../../../src/model/report.ts';
import { useCatalogue, type Catalogue } from '../../../src/ui/t.ts';

const PAGE = `<header><nav><a href="/">Home</a></nav></header>
<article id="story"><p id="p1">Putin said Moscow is ready for talks.</p>
<p id="p2">Russia massed more than 130,000 troops. <a id="link" href="#x">More</a></p></article>`;

interface FakeArticle extends SessionArticle {
  nodes: Text[];
}

/** A stand-in for the extraction: the article text is p1 + "\n\n" + p2's first text node. */
function fakeDeps(over: Partial<SessionDeps<FakeArticle>> = {}): SessionDeps<FakeArticle> {
  return {
    view: view(),
    analyse: (doc) => {
      const nodes = ['p1', 'p2'].map((id) => doc.getElementById(id)!.firstChild as Text);
      const text = nodes.map((n) => n.data).join('\n\n');
      const s1 = nodes[0]!.data.length;
      const sentences = [
        sentence(text, 0, s1, 'sourced'),
        sentence(
          text,
          s1 + 2,
          s1 + 2 + 'Russia massed more than 130,000 troops.'.length,
          'unattributed',
        ),
      ];
      return {
        article: { isArticle: true, root: doc.getElementById('story'), nodes },
        sentences,
        report: { text } as ReportInput,
      };
    },
    rangeForText: (article, start, end) => {
      // Map offsets in the joined text back to the two text nodes.
      let base = 0;
      for (const node of article.nodes) {
        if (start >= base && end <= base + node.data.length) {
          const range = document.createRange();
          range.setStart(node, start - base);
          range.setEnd(node, end - base);
          return range;
        }
        base += node.data.length + 2;
      }
      return null;
    },
    matchPage: async (): Promise<PageMatches> => ({
      reportId: 1,
      matches: {},
      story: [],
      reports: {},
    }),
    isSitePaused: async () => false,
    openShadow: true,
    watch: false,
    // happy-dom marks every dispatched event untrusted; here they stand for the reader's input.
    trusted: () => true,
    ...over,
  };
}

function sentence(text: string, start: number, end: number, kind: ClaimKind): SentenceAnalysis {
  return {
    start,
    end,
    text: text.slice(start, end),
    kind,
    hedged: false,
    hedges: [],
    attributions: [],
    reasons: [],
  };
}

class FakeHighlight extends Set<AbstractRange> {
  priority = 0;
}

// happy-dom's document.defaultView is the window the code under test sees.
function view(): Window {
  return document.defaultView!;
}

/** happy-dom has no CSS.highlights; its CSS getter makes a new object on each read. */
function installRegistry(registry: Map<string, FakeHighlight>): void {
  Object.defineProperty(view(), 'CSS', { value: { highlights: registry }, configurable: true });
}

function snapshot(): string {
  return document.documentElement.outerHTML;
}

describe('PageSession', () => {
  beforeEach(() => {
    useCatalogue(messages as Catalogue);
    document.body.innerHTML = PAGE;
  });
  afterEach(() => {
    useCatalogue(null);
    delete (view() as { Highlight?: unknown }).Highlight;
    delete (view() as { CSS?: unknown }).CSS;
  });

  it('paints with the Highlight API and destroy() leaves no trace', async () => {
    const registry = new Map<string, FakeHighlight>();
    Object.assign(view(), { Highlight: FakeHighlight });
    installRegistry(registry);
    const before = snapshot();
    const sheetsBefore = (document.adoptedStyleSheets ?? []).length;
    const session = new PageSession(fakeDeps());
    await session.start();

    expect(session.state).toBe('ready');
    const host = document.getElementById(HOST_ID)!;
    expect(host.parentElement).toBe(document.documentElement);
    expect(registry.get(HIGHLIGHT_NAMES.sourced)?.size).toBe(1);
    expect(registry.get(HIGHLIGHT_NAMES.unverified)?.size).toBe(1);
    expect([...registry.get(HIGHLIGHT_NAMES.unverified)!][0]!.toString()).toBe(
      'Russia massed more than 130,000 troops.',
    );
    expect(host.shadowRoot?.querySelector('[data-cb="legend"]')).not.toBeNull();
    // Nothing of the page changed except our host.
    host.remove();
    expect(snapshot()).toBe(before);
    document.documentElement.append(host);

    session.destroy();
    expect(snapshot()).toBe(before);
    expect(document.getElementById(HOST_ID)).toBeNull();
    expect((document.adoptedStyleSheets ?? []).length).toBe(sheetsBefore);
    expect([...registry.keys()].filter((k) => k.startsWith('corroborate'))).toEqual([]);
    expect(session.state).toBe('destroyed');
  });

  it('answers the summary and steps through claims in page order, wrapping', async () => {
    Object.assign(view(), { Highlight: FakeHighlight });
    installRegistry(new Map());
    const session = new PageSession(fakeDeps());
    await session.start();
    await Promise.resolve();
    const summary = session.getSummary();
    expect(summary.isArticle).toBe(true);
    expect(summary.counts.sourced).toBe(1);
    expect(summary.counts.unattributed).toBe(1);
    expect(summary.ready).toBe(true);
    expect(session.stepClaim(1)).toBe(0);
    expect(session.stepClaim(1)).toBe(1);
    expect(session.stepClaim(1)).toBe(0);
    expect(session.stepClaim(-1)).toBe(1);
    const live = document.getElementById(HOST_ID)!.shadowRoot!.querySelector('[data-cb="live"]');
    expect(live?.textContent).toMatch(/^Claim 2 of 2, Unverified: no source/);
    expect(session.focusClaim(0)).toBe(true);
    expect(
      document.getElementById(HOST_ID)!.shadowRoot!.querySelector('[role="dialog"]'),
    ).not.toBeNull();
    expect(session.setHighlights(false)).toBe(false);
    expect(
      document.getElementById(HOST_ID)!.shadowRoot!.querySelector('[role="dialog"]'),
    ).toBeNull();
    session.destroy();
  });

  it('without the Highlight API falls back to our own layer and still cleans up', async () => {
    const before = snapshot();
    const session = new PageSession(fakeDeps());
    await session.start();
    const mount = document.getElementById(HOST_ID)?.shadowRoot?.querySelector('[data-cb="mount"]');
    expect((mount as HTMLElement | null | undefined)?.dataset.native).toBe('false');
    session.destroy();
    expect(snapshot()).toBe(before);
  });

  it('does nothing visible on a non-article page or a paused site', async () => {
    const before = snapshot();
    const notArticle = new PageSession(
      fakeDeps({
        analyse: () => ({
          article: { isArticle: false, nodes: [] },
          sentences: [],
          report: {} as ReportInput,
        }),
      }),
    );
    await notArticle.start();
    expect(notArticle.state).toBe('not-article');
    expect(snapshot()).toBe(before);
    const paused = new PageSession(fakeDeps({ isSitePaused: async () => true }));
    await paused.start();
    expect(paused.state).toBe('paused');
    expect(snapshot()).toBe(before);
    expect(paused.getSummary().isArticle).toBe(false);
    notArticle.destroy();
    paused.destroy();
  });

  it('ignores clicks on links and closes the popover on a click outside', async () => {
    Object.assign(view(), { Highlight: FakeHighlight });
    installRegistry(new Map());
    const session = new PageSession(fakeDeps());
    await session.start();
    session.focusClaim(1);
    const root = document.getElementById(HOST_ID)!.shadowRoot!;
    expect(root.querySelector('[role="dialog"]')).not.toBeNull();
    document
      .getElementById('link')!
      .dispatchEvent(new MouseEvent('click', { bubbles: true, clientX: 1, clientY: 1 }));
    expect(root.querySelector('[role="dialog"]')).toBeNull();
    session.destroy();
    // After destroy the listener is gone: clicks do not recreate anything.
    document.body.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(document.getElementById(HOST_ID)).toBeNull();
  });
});
