import { afterEach, describe, expect, it, vi } from 'vitest';
import { createHandlers } from '../../../src/background/handlers.ts';
import { PageBudget } from '../../../src/background/page-budget.ts';
import { createCaller } from '../../../src/messaging/client-core.ts';
import { backgroundDispatcher } from '../../../src/messaging/dispatchers.ts';
import { PortClient } from '../../../src/messaging/port-client.ts';
import type { PortLike } from '../../../src/messaging/port-link.ts';
import { answerPort } from '../../../src/messaging/port-server.ts';
import { CHANNEL, PORT_NAME, type BackgroundMethods } from '../../../src/messaging/protocol.ts';
import type { Sender } from '../../../src/messaging/server-core.ts';
import type { ReportStore } from '../../../src/store/report-store.ts';
import { makeReport } from '../store/make-report.ts';

const SELF = { id: 'corroborate-id', baseUrl: 'chrome-extension://corroborate-id/' };
const CONTENT: Sender = { id: SELF.id, url: 'https://news.example/a', tab: { id: 7 }, frameId: 0 };
const OTHER_EXTENSION: Sender = { id: 'evil', url: 'https://news.example/a', tab: { id: 7 } };

type Listener<A extends unknown[]> = (...args: A) => void;

/** One end of a runtime.connect port: messages are copied and arrive on a later turn. */
class FakePort implements PortLike {
  other!: FakePort;
  connected = true;
  error: { message: string } | null = null;
  readonly posted: unknown[] = [];
  private readonly messageListeners = new Set<Listener<[unknown]>>();
  private readonly disconnectListeners = new Set<Listener<[]>>();
  constructor(
    readonly name: string,
    readonly sender?: Sender,
  ) {}
  onMessage = {
    addListener: (l: Listener<[unknown]>) => void this.messageListeners.add(l),
    removeListener: (l: Listener<[unknown]>) => void this.messageListeners.delete(l),
  };
  onDisconnect = { addListener: (l: Listener<[]>) => void this.disconnectListeners.add(l) };
  postMessage(message: unknown): void {
    if (!this.connected) throw new Error('Attempting to use a disconnected port object');
    this.posted.push(message);
    const copy = structuredClone(message);
    queueMicrotask(() => {
      if (this.other.connected) for (const l of this.other.messageListeners) l(copy);
    });
  }
  /** Like the browser: only the other end hears of it. */
  disconnect(): void {
    if (!this.connected) return;
    this.connected = this.other.connected = false;
    queueMicrotask(() => this.other.disconnectListeners.forEach((l) => l()));
  }
  /** The other end went away (worker stopped): this end hears of it. */
  dropFromOtherSide(reason?: string): void {
    if (reason) this.error = { message: reason };
    this.other.disconnect();
  }
}

function pair(name: string, sender: Sender): { client: FakePort; server: FakePort } {
  const client = new FakePort(name);
  const server = new FakePort(name, sender);
  client.other = server;
  server.other = client;
  return { client, server };
}

const matched = { reportId: 1, matches: {}, story: [], reports: {} };

/** The real handlers and dispatcher, over a store that answers matchPage after `delayMs`. */
function background(options: { delayMs?: number; budget?: PageBudget } = {}) {
  const store = {
    matchPage: async () => {
      await new Promise((r) => setTimeout(r, options.delayMs ?? 0));
      return matched;
    },
    getSettings: async () => ({ pausedSites: ['news.example'] }),
  } as unknown as ReportStore;
  const handlers = createHandlers({
    store: () => store,
    analyseTab: async () => ({ injected: false }),
    ...(options.budget ? { budget: options.budget } : {}),
  });
  return backgroundDispatcher(handlers, SELF);
}

/** A PortClient whose every connect opens a fresh pair served by `dispatch`. */
function link(
  dispatch: ReturnType<typeof background>,
  sender: Sender = CONTENT,
  extra: { signal?: AbortSignal; idleMs?: number } = {},
) {
  const ports: FakePort[] = [];
  const client = new PortClient({
    connect: () => {
      const { client: end, server } = pair(PORT_NAME, sender);
      answerPort(server, dispatch);
      ports.push(end);
      return end;
    },
    ...extra,
  });
  return { client, call: createCaller<BackgroundMethods>(client.transport), ports };
}

const report = makeReport('https://news.example/a', 'Officials said the bridge reopened. ');

afterEach(() => void vi.useRealTimers());

describe('requests over a port', () => {
  it('answers through the same dispatcher and matches replies by id, out of order', async () => {
    const { call, ports } = link(background({ delayMs: 20 }));
    const slow = call('matchPage', report);
    const fast = call('sitePaused', {});
    // The quick answer arrives first; each promise still gets its own reply.
    expect(await fast).toEqual({ paused: true });
    expect(await slow).toEqual({ matches: {}, story: [], reports: {} });
    expect(ports).toHaveLength(1);
    expect(ports[0]!.posted.map((m) => (m as { id: number }).id)).toEqual([1, 2]);
  });

  const refused: Array<[string, Sender, keyof BackgroundMethods, unknown, RegExp]> = [
    ['another extension', OTHER_EXTENSION, 'sitePaused', {}, /not this extension/],
    ['a method for our own pages', CONTENT, 'getSettings', {}, /only the extension's own pages/],
    [
      'a report under another origin',
      CONTENT,
      'matchPage',
      makeReport('https://evil.example/x', 'A said b. '),
      /its own address/,
    ],
    ['bad params', CONTENT, 'matchPage', { url: 3 }, /matchPage: invalid params/],
    [
      'a sender outside a tab',
      { id: SELF.id, url: `${SELF.baseUrl}x.html` },
      'matchPage',
      report,
      /only a content script in a tab/,
    ],
  ];
  it.each(refused)(
    'refuses %s exactly as runtime.onMessage does',
    async (_, sender, method, params, error) => {
      const { call } = link(background(), sender);
      await expect(call(method, params as never)).rejects.toThrow(error);
    },
  );

  it("applies the tab's rate limit to requests over the port", async () => {
    const budget = new PageBudget({ burst: 2, refillMs: 60_000, now: () => 0 });
    const { call } = link(background({ budget }));
    await call('matchPage', report);
    await call('matchPage', report);
    await expect(call('matchPage', report)).rejects.toThrow(/too often/);
  });

  it('closes a port that sends a message without a request id, answers a foreign one', async () => {
    const { client, server } = pair(PORT_NAME, CONTENT);
    answerPort(server, background());
    const replies: unknown[] = [];
    client.onMessage.addListener((m) => replies.push(m));
    client.postMessage({ channel: 'other/v1', id: 4 });
    await new Promise((r) => setTimeout(r, 0));
    expect(replies).toEqual([{ ok: false, error: 'Not a request of this extension', id: 4 }]);
    client.postMessage({ channel: CHANNEL, method: 'sitePaused', params: {}, id: 'x' });
    await new Promise((r) => setTimeout(r, 0));
    expect(client.connected).toBe(false);
  });

  it('leaves ports of another name alone', () => {
    const { server } = pair('something-else', CONTENT);
    const spy = vi.spyOn(server.onMessage, 'addListener');
    answerPort(server, background());
    expect(spy).not.toHaveBeenCalled();
  });

  it('fails the requests in flight when the port closes, and reconnects for the next', async () => {
    const { call, ports, client } = link(background({ delayMs: 50 }));
    const pending = call('matchPage', report);
    await new Promise((r) => setTimeout(r, 5));
    ports[0]!.dropFromOtherSide('worker stopped');
    await expect(pending).rejects.toThrow(
      'matchPage: the connection to the background closed before it answered (worker stopped)',
    );
    expect(client.inFlight).toBe(0);
    expect(await call('sitePaused', {})).toEqual({ paused: true });
    expect(ports).toHaveLength(2);
  });

  it('a request posted on a port that just closed fails, the next one reconnects', async () => {
    const { call, ports } = link(background());
    await call('sitePaused', {});
    ports[0]!.connected = false; // closed, the disconnect event not delivered yet
    await expect(call('sitePaused', {})).rejects.toThrow(/disconnected port object/);
    expect(await call('sitePaused', {})).toEqual({ paused: true });
    expect(ports).toHaveLength(2);
  });

  it('gives the error of a failed connect (an extension reloaded under the page)', async () => {
    const client = new PortClient({
      connect: () => {
        throw new Error('Extension context invalidated.');
      },
    });
    const call = createCaller<BackgroundMethods>(client.transport);
    await expect(call('sitePaused', {})).rejects.toThrow('Extension context invalidated.');
  });

  it('ends with its signal: requests in flight fail, the port closes, later calls fail', async () => {
    const controller = new AbortController();
    const { call, ports } = link(background({ delayMs: 50 }), CONTENT, {
      signal: controller.signal,
    });
    const pending = call('matchPage', report);
    await Promise.resolve();
    controller.abort();
    await expect(pending).rejects.toThrow('matchPage: the page session ended');
    expect(ports[0]!.connected).toBe(false);
    await expect(call('sitePaused', {})).rejects.toThrow('sitePaused: the page session ended');
    expect(ports).toHaveLength(1);
  });

  it('lets an idle port go and opens a new one for the next request', async () => {
    vi.useFakeTimers();
    const { call, ports } = link(background(), CONTENT, { idleMs: 1_000 });
    const first = call('sitePaused', {});
    await vi.advanceTimersByTimeAsync(0);
    await first;
    await vi.advanceTimersByTimeAsync(999);
    expect(ports[0]!.connected).toBe(true);
    await vi.advanceTimersByTimeAsync(1);
    expect(ports[0]!.connected).toBe(false);
    const second = call('sitePaused', {});
    await vi.advanceTimersByTimeAsync(0);
    expect(await second).toEqual({ paused: true });
    expect(ports).toHaveLength(2);
  });
});
