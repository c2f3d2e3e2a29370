import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ClaimHighlights } from '../../../src/content/claim-highlights.ts';
import type { PaintedClaim } from '../../../src/content/painted-claim.ts';
import { HIGHLIGHT_NAMES } from '../../../src/content/highlight-sheet.ts';

class FakeHighlight extends Set<AbstractRange> {
  priority = 0;
}

type Hit = { highlight: FakeHighlight; ranges: AbstractRange[] };

function view(): Window {
  return document.defaultView!;
}

describe('ClaimHighlights', () => {
  let registry: Map<string, FakeHighlight> & {
    highlightsFromPoint?: (x: number, y: number) => Hit[];
  };
  let claims: PaintedClaim[];
  let layer: HTMLElement;

  beforeEach(() => {
    document.body.innerHTML = '<p id="p">Putin said yes. Troops massed.</p>';
    const text = document.getElementById('p')!.firstChild as Text;
    const range = (a: number, b: number) => {
      const r = document.createRange();
      r.setStart(text, a);
      r.setEnd(text, b);
      return r;
    };
    claims = [
      { index: 0, display: 'sourced', range: range(0, 15) },
      { index: 1, display: 'unverified', range: range(16, 30) },
    ];
    registry = new Map();
    Object.assign(view(), { Highlight: FakeHighlight });
    Object.defineProperty(view(), 'CSS', { value: { highlights: registry }, configurable: true });
    layer = document.createElement('div');
  });

  afterEach(() => {
    delete (view() as { Highlight?: unknown }).Highlight;
    delete (view() as { CSS?: unknown }).CSS;
  });

  it('puts each claim in its kind, the focused one on top, and hides them all when off', () => {
    const h = new ClaimHighlights(document, layer);
    h.paint(claims);
    h.setFocused(1);
    expect([...registry.get(HIGHLIGHT_NAMES.sourced)!]).toEqual([claims[0]!.range]);
    expect([...registry.get(HIGHLIGHT_NAMES.unverified)!]).toEqual([claims[1]!.range]);
    expect([...registry.get(HIGHLIGHT_NAMES.focus)!]).toEqual([claims[1]!.range]);
    expect(registry.get(HIGHLIGHT_NAMES.focus)!.priority).toBeGreaterThan(0);
    h.setVisible(false);
    expect(registry.size).toBe(0);
    h.setVisible(true);
    expect(registry.size).toBe(4);
    h.destroy();
    expect(registry.size).toBe(0);
  });

  it('finds the clicked claim from highlightsFromPoint ranges', () => {
    const h = new ClaimHighlights(document, layer);
    h.paint(claims);
    registry.highlightsFromPoint = () => [
      { highlight: registry.get(HIGHLIGHT_NAMES.unverified)!, ranges: [claims[1]!.range] },
    ];
    expect(h.claimAt(10, 10)?.index).toBe(1);
    registry.highlightsFromPoint = () => [];
    expect(h.claimAt(10, 10)).toBeNull();
    h.setVisible(false);
    registry.highlightsFromPoint = () => [
      { highlight: registry.get(HIGHLIGHT_NAMES.unverified)!, ranges: [claims[1]!.range] },
    ];
    expect(h.claimAt(10, 10)).toBeNull();
    h.destroy();
  });

  it('ignores ranges that are not ours', () => {
    const h = new ClaimHighlights(document, layer);
    h.paint(claims);
    const foreign = document.createRange();
    registry.highlightsFromPoint = () => [{ highlight: new FakeHighlight(), ranges: [foreign] }];
    expect(h.claimAt(1, 1)).toBeNull();
    h.destroy();
  });
});
