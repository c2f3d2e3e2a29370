import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'puppeteer-core';

/** One axe-core violation, cut down to what a failing assertion should print. */
export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

export interface AxeAudit {
  violations: AxeViolation[];
  /** Elements whose text contrast axe could measure and found sufficient. */
  contrastPassed: number;
}

/** The part of axe-core's API used here (it runs in the page). */
interface AxeApi {
  run(
    context: Node,
    options: object,
  ): Promise<{
    violations: Array<{
      id: string;
      impact?: string | null;
      help: string;
      nodes: Array<{ target: unknown }>;
    }>;
    passes: Array<{ id: string; nodes: unknown[] }>;
  }>;
}

// axe lays out its contrast grid from `document.body` down; our overlay host hangs off <html>
// (outside <body>, where page frameworks re-render), so its text would never be measured. The
// copy injected here walks from <html> (skipping <html> itself, which axe adds first).
// Matched exactly, so an axe upgrade fails loudly here rather than checking less.
const GRID_PATCHES: Array<[string, string]> = [
  [
    'arguments[0]:document.body,t=1<arguments.length',
    'arguments[0]:document.documentElement,t=1<arguments.length',
  ],
  [
    'i=r?o.nextNode():o.currentNode;',
    'i=r||e===document.documentElement?o.nextNode():o.currentNode;',
  ],
];

let source: string | null = null;

function axeSource(): string {
  if (source) return source;
  let text = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  for (const [from, to] of GRID_PATCHES) {
    if (text.split(from).length !== 2) throw new Error(`axe-core changed: "${from}" not found`);
    text = text.replace(from, to);
  }
  source = text;
  return source;
}

/**
 * Runs axe-core in `page`. Extension pages forbid injected <script> tags (CSP), so the library
 * is evaluated through the DevTools protocol instead. `within` is a selector whose element
 * (and, for a shadow host, its open shadow tree) is checked; the whole document otherwise.
 */
export async function axeAudit(page: Page, within?: string): Promise<AxeAudit> {
  const loaded = await page.evaluate(() => typeof (window as { axe?: unknown }).axe === 'object');
  if (!loaded) await page.evaluate(axeSource());
  return page.evaluate(async (selector: string | null) => {
    const axe = (window as unknown as { axe: AxeApi }).axe;
    const context = selector ? document.querySelector(selector) : document;
    if (!context) throw new Error(`axe: nothing matches ${selector}`);
    const result = await axe.run(context, { resultTypes: ['violations', 'passes'] });
    return {
      violations: result.violations.map((v) => ({
        id: v.id,
        impact: v.impact ?? null,
        help: v.help,
        targets: v.nodes.map((n) => JSON.stringify(n.target)),
      })),
      contrastPassed: result.passes.find((p) => p.id === 'color-contrast')?.nodes.length ?? 0,
    };
  }, within ?? null);
}
