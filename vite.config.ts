import { crx } from '@crxjs/vite-plugin';
import { defineConfig } from 'vite';
import baseManifest from './manifest.json' with { type: 'json' };

type Manifest = typeof baseManifest & Record<string, unknown>;

/** Firefox add-on id: fixed so storage and granted permissions survive updates. */
const GECKO_ID = 'corroborate@corroborate.invalid';
/** Highlights need the CSS Custom Highlight API (140); data_collection_permissions needs 142. */
const GECKO_MIN_VERSION = '142.0';
/** Loopback access exists only so the sample pages and tests need no prompt. */
const LOOPBACK = ['http://127.0.0.1/*', 'http://localhost/*'];

/** Store builds ask for every site at run time: no loopback, no static content script. */
function forStore(m: Manifest): Manifest {
  const { content_scripts: _static, ...rest } = m;
  return { ...rest, host_permissions: m.host_permissions.filter((p) => !LOOPBACK.includes(p)) } as Manifest;
}

/** Firefox MV3: background scripts instead of a service worker, a gecko id, no data collected. */
function forFirefox(m: Manifest): Manifest {
  return {
    ...m,
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

// Modes: (default) Chromium → dist/, `firefox` → dist-firefox/,
// `store` and `firefox-store` → the same without loopback access, for the zips.
export default defineConfig(({ mode }) => {
  const firefox = mode.startsWith('firefox');
  const store = mode.endsWith('store');
  let manifest = baseManifest as Manifest;
  if (store) manifest = forStore(manifest);
  if (firefox) manifest = forFirefox(manifest);
  const outDir = `dist${firefox ? '-firefox' : ''}${store ? '-store' : ''}`;
  return {
    publicDir: 'public',
    plugins: [crx({ manifest: manifest as never, browser: firefox ? 'firefox' : 'chrome' })],
    build: {
      outDir,
      emptyOutDir: true,
      target: 'es2022',
      sourcemap: false,
      chunkSizeWarningLimit: 400,
    },
  };
});
