import { crx } from '@crxjs/vite-plugin';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build, defineConfig, type Plugin } from 'vite';
import baseManifest from './manifest.json' with { type: 'json' };
import { NoticeCollector } from './scripts/third-party-notices.ts';
import { CONTENT_SCRIPT_FILE as CONTENT_SCRIPT } from './src/background/content-script-file.ts';

type Manifest = typeof baseManifest & Record<string, unknown>;

/** Firefox add-on id: fixed so storage and granted permissions survive updates. */
const GECKO_ID = 'corroborate@corroborate.invalid';
/**
 * Chromium 144: the native `browser` namespace, with a Promise returned by a runtime.onMessage
 * listener sent as the reply (what the messaging server does; no polyfill). Everything else
 * used is older: CSS Custom Highlight API 105, storage.session 102, scripting 96, MV3 module
 * service worker 92, commands.getAll / storage.sync promises 88+.
 */
const CHROME_MIN_VERSION = '144';
/**
 * Highlights need the CSS Custom Highlight API (140); data_collection_permissions needs 142.
 * `browser` and promise replies from runtime.onMessage listeners are native in every version.
 */
const GECKO_MIN_VERSION = '142.0';
/** Loopback access exists only so the sample pages and tests need no prompt. */
const LOOPBACK = ['http://127.0.0.1/*', 'http://localhost/*'];
/** Store builds ask for every site at run time: no loopback access. */
function forStore(m: Manifest): Manifest {
  return { ...m, host_permissions: m.host_permissions.filter((p) => !LOOPBACK.includes(p)) };
}

/** Firefox MV3: background scripts instead of a service worker, a gecko id, no data collected. */
function forFirefox(m: Manifest): Manifest {
  const { minimum_chrome_version: _chromeOnly, ...rest } = m;
  return {
    ...rest,
    background: { scripts: [m.background.service_worker], type: 'module' },
    browser_specific_settings: {
      gecko: {
        id: GECKO_ID,
        strict_min_version: GECKO_MIN_VERSION,
        data_collection_permissions: { required: ['none'] },
      },
    },
  } as unknown as Manifest;
}

/**
 * Builds src/content/index.ts into `content.js` — one classic self-contained file, because it
 * is injected on sites the reader grants at run time and lazy-loaded chunks would have to be
 * web accessible to all of them — beside the extension build, then declares it
 * in the built manifest: statically on loopback for development builds, and only dynamically
 * (registered by the background for granted sites, or injected on demand) in store builds.
 */
function contentScript(store: boolean, notices: NoticeCollector): Plugin {
  let outDir = '';
  return {
    name: 'corroborate-content-script',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    async closeBundle() {
      await build({
        configFile: false,
        logLevel: 'warn',
        plugins: [notices.plugin()],
        // Our shadow root is open in development builds (tests read it), closed in the store's.
        define: { __CORROBORATE_OPEN_SHADOW__: JSON.stringify(!store) },
        build: {
          outDir,
          emptyOutDir: false,
          target: 'es2022',
          lib: {
            entry: resolve('src/content/index.ts'),
            formats: ['iife'],
            name: 'corroborateContent',
            fileName: () => CONTENT_SCRIPT,
          },
        },
      });
      const path = join(outDir, 'manifest.json');
      const manifest = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
      if (!store)
        manifest.content_scripts = [
          { matches: LOOPBACK, js: [CONTENT_SCRIPT], run_at: 'document_idle' },
        ];
      writeFileSync(path, `${JSON.stringify(manifest, null, 2)}\n`);
      // Both builds (extension pages and content script) have reported their packages now.
      notices.write(outDir, resolve('.'));
    },
  };
}

// Modes: (default) Chromium → dist/, `firefox` → dist-firefox/,
// `store` and `firefox-store` → the same without loopback access, for the zips.
export default defineConfig(({ mode }) => {
  const firefox = mode.startsWith('firefox');
  const store = mode.endsWith('store');
  let manifest = { ...baseManifest, minimum_chrome_version: CHROME_MIN_VERSION } as Manifest;
  if (store) manifest = forStore(manifest);
  if (firefox) manifest = forFirefox(manifest);
  const outDir = `dist${firefox ? '-firefox' : ''}${store ? '-store' : ''}`;
  const notices = new NoticeCollector();
  return {
    publicDir: 'src/public',
    plugins: [
      crx({ manifest: manifest as never, browser: firefox ? 'firefox' : 'chrome' }),
      notices.plugin(),
      contentScript(store, notices),
    ],
    build: {
      outDir,
      emptyOutDir: true,
      target: 'es2022',
      sourcemap: false,
      chunkSizeWarningLimit: 400,
    },
  };
});
