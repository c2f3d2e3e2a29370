// The browsers' own promise-based `browser` namespace, used directly: Firefox has always had it,
// Chromium since 144 (minimum_chrome_version in vite.config.ts), the first version that also
// sends a Promise returned by a runtime.onMessage listener as the reply. Typed with
// @types/webextension-polyfill (types only: no polyfill is bundled).
import type { Browser } from 'webextension-polyfill';

declare global {
  const browser: Browser;
}
