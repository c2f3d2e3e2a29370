// `npm run package`: builds the store modes (no loopback access, no static content
// script) for both browsers and writes store-ready zips to artifacts/packages/,
// after `web-ext lint` has passed the Firefox one. Prints each file and its size.
import { spawnSync } from 'node:child_process';
import { CONTENT_SCRIPT_FILE } from '../../src/background/content-script-file.ts';
import { NOTICES_FILE } from '../../scripts/third-party-notices.ts';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { crc32, deflateRawSync } from 'node:zlib';

const OUT_DIR = 'artifacts/packages';
/** One fixed timestamp (2026-01-01 00:00) in every entry, so the same build gives the same zip. */
const DOS_TIME = 0;
const DOS_DATE = ((2026 - 1980) << 9) | (1 << 5) | 1;
/** Below this size deflate rarely pays for itself; store the bytes as they are. */
const STORE_BELOW = 64;

interface Target {
  mode: string;
  browser: string;
}

const TARGETS: Target[] = [
  { mode: 'store', browser: 'chrome' },
  { mode: 'firefox-store', browser: 'firefox' },
];

function sh(command: string, args: string[]): { status: number; stdout: string } {
  const result = spawnSync(command, args, {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return { status: result.status ?? 1, stdout: result.stdout ?? '' };
}

/** Every file under `dir`, as zip paths (forward slashes), sorted, manifest first. */
function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const full = join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else out.push(relative(dir, full).split(sep).join('/'));
    }
  };
  walk(dir);
  return out.sort((a, b) =>
    a === 'manifest.json' ? -1 : b === 'manifest.json' ? 1 : a.localeCompare(b),
  );
}

/** A plain zip (deflate or stored entries, no extras): what both stores accept. */
export function zipFolder(dir: string): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  const files = listFiles(dir);
  for (const path of files) {
    const data = readFileSync(join(dir, path));
    const deflated = data.length >= STORE_BELOW ? deflateRawSync(data, { level: 9 }) : data;
    const method = deflated.length < data.length ? 8 : 0;
    const body = method === 8 ? deflated : data;
    const name = Buffer.from(path, 'utf8');
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed: 2.0 (deflate)
    local.writeUInt16LE(0x0800, 6); // names are UTF-8
    local.writeUInt16LE(method, 8);
    local.writeUInt16LE(DOS_TIME, 10);
    local.writeUInt16LE(DOS_DATE, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(0x0314, 4); // made by: Unix, 2.0
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt16LE(DOS_TIME, 12);
    central.writeUInt16LE(DOS_DATE, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE((0o100644 << 16) >>> 0, 38); // regular file, rw-r--r--
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, body);
    centrals.push(central, name);
    offset += local.length + name.length + body.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

export interface LintMessage {
  level: 'error' | 'warning' | 'notice';
  code: string;
  message: string;
  file: string | null;
}

/** Runs `web-ext lint` (offline) on a Firefox build and returns what it found. */
export function lintFirefox(dir: string): {
  errors: number;
  warnings: number;
  messages: LintMessage[];
} {
  const { stdout } = sh('npx', ['web-ext', 'lint', '-s', dir, '-o', 'json', '--boring']);
  const start = stdout.indexOf('{');
  if (start < 0) throw new Error(`web-ext lint printed no report: ${stdout.slice(0, 300)}`);
  type Raw = { code: string; message: string; file?: string };
  const report = JSON.parse(stdout.slice(start)) as {
    errors: Raw[];
    warnings: Raw[];
    notices: Raw[];
  };
  const tag = (level: LintMessage['level'], list: Raw[]): LintMessage[] =>
    list.map((m) => ({ level, code: m.code, message: m.message, file: m.file ?? null }));
  return {
    errors: report.errors.length,
    warnings: report.warnings.length,
    messages: [
      ...tag('error', report.errors),
      ...tag('warning', report.warnings),
      ...tag('notice', report.notices),
    ],
  };
}

interface BuiltManifest {
  host_permissions?: string[];
  content_scripts?: Array<{ matches?: string[]; js?: string[] }>;
  browser_specific_settings?: { gecko?: { id?: string; data_collection_permissions?: unknown } };
  background?: { service_worker?: string; scripts?: string[] };
}

/** What makes a build unfit for a store: test-only access, or a part the code relies on missing. */
export function storeProblems(dir: string, browser: string): string[] {
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as BuiltManifest;
  const problems: string[] = [];
  const loopback = (p: string) => /127\.0\.0\.1|localhost/.test(p);
  if ((manifest.host_permissions ?? []).some(loopback))
    problems.push('host_permissions still grant loopback');
  if ((manifest.content_scripts ?? []).some((c) => (c.matches ?? []).some(loopback))) {
    problems.push('a static content script still matches loopback');
  }
  // The background registers and injects this fixed file (src/background/content-scripts.ts).
  if (!existsSync(join(dir, CONTENT_SCRIPT_FILE)))
    problems.push(
      `content script ${CONTENT_SCRIPT_FILE} missing from the build: "Analyse this page" and granted sites cannot work`,
    );
  // The licences of what the build bundles travel with it (scripts/third-party-notices.ts).
  const notices = join(dir, NOTICES_FILE);
  if (!existsSync(notices)) problems.push(`${NOTICES_FILE} missing: bundled licences not shipped`);
  else {
    const text = readFileSync(notices, 'utf8');
    for (const needed of ['dexie', 'Apache License', 'Mozilla Readability', 'preact'])
      if (!text.includes(needed)) problems.push(`${NOTICES_FILE} does not name ${needed}`);
  }
  if (browser === 'firefox') {
    const gecko = manifest.browser_specific_settings?.gecko;
    if (!gecko?.id) problems.push('no gecko id');
    if (!gecko?.data_collection_permissions) problems.push('no data_collection_permissions');
    if (!manifest.background?.scripts?.length) problems.push('Firefox needs background.scripts');
  }
  return problems;
}

function main(): void {
  const work = mkdtempSync(join(tmpdir(), 'corroborate-package-'));
  mkdirSync(OUT_DIR, { recursive: true });
  const version = (JSON.parse(readFileSync('manifest.json', 'utf8')) as { version: string })
    .version;
  let failed = false;
  try {
    for (const target of TARGETS) {
      // Built outside the repo so lint and format checks never see the bundles.
      const outDir = join(work, target.mode);
      const build = sh('npx', [
        'vite',
        'build',
        '--mode',
        target.mode,
        '--outDir',
        outDir,
        '--logLevel',
        'warn',
      ]);
      if (build.status !== 0) throw new Error(`vite build --mode ${target.mode} failed`);
      if (target.browser === 'firefox') {
        const lint = lintFirefox(outDir);
        console.log(
          `web-ext lint (${target.mode}): ${lint.errors} errors, ${lint.warnings} warnings`,
        );
        for (const m of lint.messages)
          console.log(`  ${m.level} ${m.code}: ${m.message} (${m.file ?? '-'})`);
        if (lint.errors > 0) failed = true;
      }
      const problems = storeProblems(outDir, target.browser);
      for (const p of problems) console.log(`  not store-ready (${target.mode}): ${p}`);
      if (problems.length) failed = true;
      const zip = zipFolder(outDir);
      const file = join(OUT_DIR, `corroborate-${target.browser}-${version}.zip`);
      writeFileSync(file, zip);
      const files = listFiles(outDir).length;
      console.log(`${file}  ${(zip.length / 1024).toFixed(1)} KiB  (${files} files)`);
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  if (failed) {
    console.error('package: the zips were written but are not store-ready (see above)');
    process.exitCode = 1;
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  try {
    main();
  } catch (error) {
    console.error(`package: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  }
}
