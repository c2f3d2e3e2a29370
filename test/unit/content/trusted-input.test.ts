import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import messages from '../../../src/public/_locales/en/messages.json';
import { PageSession, type SessionDeps } from '../../../src/content/page-session.ts';
import { HOST_ID } from '../../../src/content/shadow-host.ts';
import { dropUntrustedInput, GUARDED_INPUT } from '../../../src/content/trusted-input.ts';
import type { PageMatches, ReportInput } from '../../../src/model/report.ts';
import { useCatalogue, type Catalogue } from '../../../src/ui/t.ts';

// happy-dom marks every dispatched event untrusted, as a browser does a page script's.
const synthetic = (type: string): Event =>
  type.startsWith('key')
    ? new KeyboardEvent(type, { bubbles: true, composed: true, key: 'Enter' })
    : new MouseEvent(type, { bubbles: true, composed: true, clientX: 5, clientY: 5 });

describe('dropUntrustedInput', () => {
  it.each(GUARDED_INPUT.map((type) => [type]))(
    'stops a page-made %s before our UI sees it, and lets the reader’s through',
    (type) => {
      const host = document.createElement('div');
      document.body.append(host);
      const root = host.attachShadow({ mode: 'open' });
      const button = document.createElement('button');
      root.append(button);
      let seen = 0;
      button.addEventListener(type, () => seen++);
      const controller = new AbortController();
      dropUntrustedInput(root, controller.signal);
      button.dispatchEvent(synthetic(type));
      expect(seen).toBe(0);
      controller.abort();
      // Same event, now counted as the reader's: it reaches the button.
      const reader = new AbortController();
      dropUntrustedInput(root, reader.signal, () => true);
      button.dispatchEvent(synthetic(type));
      expect(seen).toBe(1);
      reader.abort();
      host.remove();
    },
  );
});

describe('PageSession and synthetic input', () => {
  beforeEach(() => {
    useCatalogue(messages as Catalogue);
    document.body.innerHTML =
      '<article id="story"><p id="p1">Putin said Moscow is ready for talks.</p></article>';
  });
  afterEach(() => useCatalogue(null));

  function deps(trusted?: (e: Event) => boolean): SessionDeps<{ isArticle: boolean }> {
    const text = 'Putin said Moscow is ready for talks.';
    return {
      view: document.defaultView!,
      analyse: () => ({
        article: { isArticle: true },
        sentences: [
          {
            start: 0,
            end: text.length,
            text,
            kind: 'sourced',
            hedged: false,
            hedges: [],
            attributions: [],
            reasons: [],
          },
        ],
        report: { text } as ReportInput,
      }),
      rangeForText: () => {
        const range = document.createRange();
        range.selectNodeContents(document.getElementById('p1')!);
        return range;
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
      ...(trusted ? { trusted } : {}),
    };
  }

  it.each([
    ['a page script', undefined, true],
    ['the reader', () => true, false],
  ] as const)('Escape from %s: card still open = %s', async (_who, trusted, stillOpen) => {
    const session = new PageSession(deps(trusted));
    await session.start();
    session.focusClaim(0);
    const root = document.getElementById(HOST_ID)!.shadowRoot!;
    expect(root.querySelector('[role="dialog"]')).not.toBeNull();
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(root.querySelector('[role="dialog"]') !== null).toBe(stillOpen);
    session.destroy();
  });
});
