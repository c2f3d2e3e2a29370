import type { Page } from 'puppeteer-core';

/**
 * Evaluates `expression` in our content script's isolated world of `page` (what a compromised
 * renderer could run there), through the DevTools protocol. `extensionOrigin` is
 * `chrome-extension://<id>`. Exceptions come back as `{ threw: text }`.
 */
export async function inIsolatedWorld(
  page: Page,
  extensionOrigin: string,
  expression: string,
): Promise<unknown> {
  const session = await page.createCDPSession();
  const contexts: Array<{ id: number; origin: string }> = [];
  session.on(
    'Runtime.executionContextCreated',
    (e: { context: { id: number; origin: string } }) => {
      contexts.push(e.context);
    },
  );
  await session.send('Runtime.enable');
  const context = contexts.find((c) => c.origin === extensionOrigin);
  if (!context) throw new Error('no isolated world of ours on the page');
  const result = (await session.send('Runtime.evaluate', {
    expression,
    contextId: context.id,
    awaitPromise: true,
    returnByValue: true,
  })) as { result: { value: unknown }; exceptionDetails?: { text: string } };
  await session.detach();
  if (result.exceptionDetails) return { threw: result.exceptionDetails.text };
  return result.result.value;
}
