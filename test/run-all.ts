// `npm test`: type-check, lint, format check, unit tests, then the end-to-end suite
// in real browsers. Each static check counts as one test; vitest suites count
// their own tests. Ends with the plain line `N passed, N failed` that CI reads.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

interface Tally {
  passed: number;
  failed: number;
  skipped: number;
}

const REPORT_DIR = '.tmp/test-reports';
const tally: Tally = { passed: 0, failed: 0, skipped: 0 };
const lines: string[] = [];

function run(command: string, args: string[]): number {
  const result = spawnSync(command, args, { stdio: 'inherit', env: process.env });
  return result.status ?? 1;
}

function check(name: string, command: string, args: string[]): void {
  console.log(`\n── ${name}: ${command} ${args.join(' ')}`);
  const ok = run(command, args) === 0;
  if (ok) tally.passed++;
  else tally.failed++;
  lines.push(`${ok ? 'pass' : 'FAIL'}  ${name}`);
}

function suite(name: string, config: string | null): void {
  const out = `${REPORT_DIR}/${name}.json`;
  rmSync(out, { force: true });
  const args = [
    'vitest',
    'run',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${out}`,
  ];
  if (config) args.push('-c', config);
  console.log(`\n── ${name}: npx ${args.join(' ')}`);
  const status = run('npx', args);
  if (!existsSync(out)) {
    tally.failed++;
    lines.push(`FAIL  ${name}: the runner wrote no report (exit ${status})`);
    return;
  }
  const report = JSON.parse(readFileSync(out, 'utf8')) as {
    numPassedTests: number;
    numFailedTests: number;
    numPendingTests: number;
    numTodoTests: number;
    numFailedTestSuites: number;
  };
  tally.passed += report.numPassedTests;
  // A suite that failed to load counts as a failure even when it declared no test.
  const failed = report.numFailedTests + report.numFailedTestSuites;
  tally.failed += failed;
  tally.skipped += report.numPendingTests + report.numTodoTests;
  lines.push(
    `${failed ? 'FAIL' : 'pass'}  ${name}: ${report.numPassedTests} passed, ${failed} failed`,
  );
}

mkdirSync(REPORT_DIR, { recursive: true });
const only = process.argv[2];
if (!only || only === 'static') {
  check('typecheck', 'npx', ['tsc', '-p', 'tsconfig.json']);
  check('typecheck (extension code, no Node types)', 'npx', ['tsc', '-p', 'tsconfig.core.json']);
  check('eslint', 'npx', ['eslint', '.']);
  check('prettier', 'npx', ['prettier', '--check', '.']);
  check('no import circle in src', 'npx', ['tsx', 'test/tools/import-cycles.ts', 'src']);
}
if (!only || only === 'unit') suite('unit', null);
if (!only || only === 'e2e') {
  check('build', 'npx', ['vite', 'build']);
  suite('e2e', 'vitest.e2e.config.ts');
}

console.log('\n' + lines.join('\n'));
const skipped = tally.skipped ? `, ${tally.skipped} skipped` : '';
console.log(`${tally.passed} passed, ${tally.failed} failed${skipped}`);
process.exitCode = tally.failed === 0 && tally.passed > 0 ? 0 : 1;
