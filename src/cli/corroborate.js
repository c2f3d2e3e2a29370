#!/usr/bin/env node
// Runs the TypeScript CLI straight from src/ (tsx compiles on load), so
// `npx corroborate` works right after `npm ci` with no build step.
import { tsImport } from 'tsx/esm/api';

const { main } = await tsImport('./main.ts', import.meta.url);
process.exitCode = await main(process.argv.slice(2));
