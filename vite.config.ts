import { crx } from '@crxjs/vite-plugin';
import { defineConfig } from 'vite';
import manifest from './manifest.json' with { type: 'json' };

// One build for Chromium into dist/. Loopback host access in manifest.json exists
// so the built-in sample pages (npm run demo) and the end-to-end tests are annotated
// without a permission prompt; `npm run package` strips it from store zips.
export default defineConfig({
  plugins: [crx({ manifest: manifest as never })],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 400,
  },
});
