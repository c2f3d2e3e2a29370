import { defineConfig } from 'vite';

/**
 * The command-line tool, compiled to plain JavaScript for Node (`npm run build:cli`, also run
 * by `prepare`): nothing compiles TypeScript when `corroborate` starts. Packages stay
 * external (installed as the package's dependencies); each command is its own chunk, loaded
 * only when named, so `--version` and `--help` load almost nothing.
 */
export default defineConfig({
  publicDir: false,
  logLevel: 'warn',
  build: {
    ssr: 'src/cli/corroborate.ts',
    outDir: 'dist-cli',
    emptyOutDir: true,
    target: 'node20',
    sourcemap: false,
    minify: false,
    rollupOptions: {
      output: {
        entryFileNames: 'corroborate.js',
        chunkFileNames: '[name].js',
        banner: (chunk) => (chunk.isEntry ? '#!/usr/bin/env node' : ''),
      },
    },
  },
});
