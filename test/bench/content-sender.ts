import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { CDPSession, Page } from 'puppeteer-core';
import { CHANNEL, PORT_NAME } from '../../src/messaging/protocol.ts';
import type { ReportInput } from '../../src/model/report.ts';

/**
 * matchPage as a content script sends it. The background takes a page's report only from a
 * content script of that page's own http(s) origin, so the benchmarks open a blank page on a
 * loopback server (where test builds inject the content script) and run the message in the
 * content script's own isolated world, found through DevTools.
 */

/** A loopback server answering every path with the same blank page. */
export async function blankPageServer(): Promise<{ url: string; close: () => Promise<void> }> {
  const server: Server = createServer((_, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end('<!doctype html><title>bench</title><p>bench driver</p>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/driver`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

interface ContextEvent {
  context: { id: number; origin: string; auxData?: { type?: string } };
}

const worlds = new WeakMap<Page, Promise<{ session: CDPSession; contextId: number }>>();

/** The content script's execution context in `page` (waits for the script to be injected). */
export function contentWorld(page: Page, extensionId: string) {
  let world = worlds.get(page);
  if (!world) {
    world = (async () => {
      const session = await page.createCDPSession();
      const found: number[] = [];
      session.on('Runtime.executionContextCreated', (e: ContextEvent) => {
        if (e.context.origin === `chrome-extension://${extensionId}`) found.push(e.context.id);
      });
      await session.send('Runtime.enable');
      for (let i = 0; i < 200 && found.length === 0; i++) {
        await new Promise((r) => setTimeout(r, 50));
      }
      const contextId = found[0];
      if (contextId === undefined) throw new Error('no content script in the driver page');
      return { session, contextId };
    })();
    worlds.set(page, world);
  }
  return world;
}

/**
 * How the request travels: `port` as the content script sends it (src/messaging/port-client.ts:
 * one runtime.connect port, requests numbered, replies matched by id, reopened after the worker
 * closed it), `message` as one runtime.sendMessage (what the content script did before session 9).
 */
export type Via = 'port' | 'message';

/** Installs, once per content-script world, a port sender speaking the port client's wire format. */
const PORT_SENDER = `globalThis.__benchPortSend ??= (() => {
  let port = null;
  let next = 1;
  const pending = new Map();
  const open = () => {
    port = chrome.runtime.connect({ name: ${JSON.stringify(PORT_NAME)} });
    const mine = port;
    port.onMessage.addListener((reply) => {
      const done = pending.get(reply.id);
      pending.delete(reply.id);
      done?.resolve(reply);
    });
    port.onDisconnect.addListener(() => {
      if (port === mine) port = null;
      const reason = chrome.runtime.lastError?.message ?? 'closed';
      for (const done of pending.values()) done.reject(new Error('port closed: ' + reason));
      pending.clear();
    });
  };
  return (message) => new Promise((resolve, reject) => {
    if (!port) open();
    const id = next++;
    pending.set(id, { resolve, reject });
    port.postMessage({ ...message, id });
  });
})();`;

/** The background's per-tab rate limit (burst, then one request per 2 s): wait, ask again. */
const RATE_LIMIT_WAIT_MS = 2_100;

/**
 * Sends matchPage for `report` (moved to the page's origin) from the content script; ms of
 * the answered request. A request the per-tab rate limit refuses is sent again after a wait.
 */
export async function matchFromContentScript(
  page: Page,
  extensionId: string,
  report: ReportInput,
  via: Via = 'port',
): Promise<{ ms: number; matched: number; story: number }> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await sendOnce(page, extensionId, report, via);
    } catch (error) {
      if (attempt >= 10 || !String(error).includes('too often')) throw error;
      await new Promise((r) => setTimeout(r, RATE_LIMIT_WAIT_MS));
    }
  }
}

async function sendOnce(
  page: Page,
  extensionId: string,
  report: ReportInput,
  via: Via,
): Promise<{ ms: number; matched: number; story: number }> {
  const { session, contextId } = await contentWorld(page, extensionId);
  const send = via === 'port' ? 'globalThis.__benchPortSend' : 'chrome.runtime.sendMessage';
  const expression = `${via === 'port' ? PORT_SENDER : ''}(async (input) => {
    const url = location.origin + new URL(input.url).pathname;
    const t0 = performance.now();
    const reply = await ${send}({
      channel: ${JSON.stringify(CHANNEL)},
      method: 'matchPage',
      params: { ...input, url, canonicalUrl: url },
    });
    const ms = performance.now() - t0;
    if (!reply || !reply.ok) throw new Error('matchPage failed: ' + JSON.stringify(reply));
    return { ms, matched: Object.keys(reply.value.matches).length, story: reply.value.story.length };
  })(${JSON.stringify(report)})`;
  const result = (await session.send('Runtime.evaluate', {
    expression,
    contextId,
    awaitPromise: true,
    returnByValue: true,
  })) as {
    result: { value?: { ms: number; matched: number; story: number } };
    exceptionDetails?: { exception?: { description?: string }; text: string };
  };
  if (result.exceptionDetails) {
    const { exception, text } = result.exceptionDetails;
    throw new Error(exception?.description ?? text);
  }
  return result.result.value!;
}
