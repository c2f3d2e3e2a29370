import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

/**
 * Bundles one module of the core into a minified IIFE (exposed as `globalThis[name]`) in a
 * temporary folder, to inject into a browser page for timing; also reports its size.
 */
export async function bundleForBrowser(
  entry: string,
  name: string,
): Promise<{ code: string; raw: number; gzip: number }> {
  const outDir = mkdtempSync(join(tmpdir(), 'corroborate-bench-'));
  await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      outDir,
      emptyOutDir: true,
      minify: true,
      lib: { entry, name, formats: ['iife'], fileName: () => 'bundle.js' },
    },
  });
  const code = readFileSync(join(outDir, 'bundle.js'), 'utf8');
  rmSync(outDir, { recursive: true, force: true });
  return { code, raw: Buffer.byteLength(code), gzip: gzipSync(code).length };
}
