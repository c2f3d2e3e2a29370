// The chain a newsroom follows: `npm pack` → the tarball installed in an empty folder with no
// network (its run-time dependencies come from npm's cache, as after `npm ci`) →
// `npx corroborate --version` and `corroborate pack` on the seed's AP page → the options page
// imports the file → on the aggregator page the popup lists AP as the original.
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, describe, expect, it } from 'vitest';
import { builtCli } from '../tools/built-cli.ts';
import { launchWithExtension, type ExtensionBrowser } from './harness/chromium.ts';
import { tabIdOf, waitForAnalysis } from './harness/page-state.ts';
import { serveFolder } from './harness/static-server.ts';
import { openPopup } from './harness/ui.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const PAGES = join(ROOT, 'test/fixtures/pages');
const VERSION = (
  JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }
).version;

function run(command: string, args: string[], cwd: string): SpawnSyncReturns<string> {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', timeout: 120_000 });
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} failed (${result.status}):\n${result.stderr}`);
  }
  return result;
}

async function importThrough(page: Page, file: string): Promise<string> {
  const input = await page.waitForSelector('[data-cb="import-file"]');
  await (input as unknown as { uploadFile(path: string): Promise<void> }).uploadFile(file);
  const status = await page.waitForSelector('[data-cb="backup-status"]', { timeout: 30_000 });
  return (await status!.evaluate((el) => el.textContent)) ?? '';
}

describe('the npm package, installed from its tarball (Chromium)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'corroborate-packed-'));
  let ext: ExtensionBrowser | null = null;
  afterAll(async () => {
    await ext?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const out = join(dir, 'app', 'ap.jsonl');

  it('installs offline from the tarball, then `npx corroborate` runs and packs the AP page', () => {
    // The tarball carries dist-cli as built from the current sources (no prepare run in pack).
    builtCli();
    const packed = run(
      'npm',
      ['pack', '--ignore-scripts', '--json', '--pack-destination', dir],
      ROOT,
    );
    const tarball = join(
      dir,
      (JSON.parse(packed.stdout) as Array<{ filename: string }>)[0]!.filename,
    );
    const app = join(dir, 'app');
    mkdirSync(app);
    writeFileSync(join(app, 'package.json'), '{ "name": "reader", "private": true }\n');
    // --offline: no registry; a dependency missing from npm's cache fails here, by name.
    run(
      'npm',
      ['install', '--offline', '--no-audit', '--no-fund', '--ignore-scripts', tarball],
      app,
    );

    expect(run('npx', ['corroborate', '--version'], app).stdout.trim()).toBe(VERSION);
    run(
      'npx',
      ['corroborate', 'pack', join(PAGES, 'ap-putin-talks/index.html'), '--out', out],
      app,
    );
    const lines = readFileSync(out, 'utf8').trimEnd().split('\n');
    expect(JSON.parse(lines[0]!)).toMatchObject({ format: 'corroborate-export', version: 2 });
    expect(lines).toHaveLength(2);
  });

  it('the options page imports that file; the popup on the aggregator page lists AP as the original', async () => {
    ext = await launchWithExtension();
    const options = await ext.openExtensionPage('src/options/index.html');
    expect(await importThrough(options, out)).toBe('Imported 1 report.');
    const server = await serveFolder(PAGES);
    try {
      const page = await ext.browser.newPage();
      await page.goto(server.url('/aggregator-putin-talks/'), { waitUntil: 'load' });
      const summary = await waitForAnalysis(ext, page);
      expect(summary.story.map((m) => [m.site, m.role])).toEqual([['AP News', 'original']]);
      const popup = await openPopup(ext, await tabIdOf(ext, page));
      const member = await popup.waitForSelector('[data-cb="story-member"]');
      expect(await member!.evaluate((el) => el.getAttribute('data-role'))).toBe('original');
      expect(await member!.evaluate((el) => (el as HTMLElement).innerText)).toContain('AP News');
    } finally {
      await server.close();
    }
  });
});
