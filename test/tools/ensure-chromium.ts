import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { CHROMIUM } from '../e2e/harness/chromium.ts';

/**
 * Makes sure a Chromium is there for the demo: installs Debian's package when
 * running as root on Debian, otherwise says in one line what to do.
 */
export function ensureChromium(): void {
  if (existsSync(CHROMIUM)) return;
  const root = process.getuid?.() === 0;
  if (root && existsSync('/usr/bin/apt-get') && !process.env.PUPPETEER_EXECUTABLE_PATH) {
    console.log('Chromium is missing: installing Debian package "chromium" (apt-get)…');
    execFileSync('apt-get', ['update', '-q'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-q', '--no-install-recommends', 'chromium'], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    if (existsSync(CHROMIUM)) return;
  }
  throw new Error(
    `Chromium not found at ${CHROMIUM}: install it (Debian/Ubuntu: sudo apt-get install chromium) or set PUPPETEER_EXECUTABLE_PATH to a Chromium or Chrome for Testing binary.`,
  );
}
