import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, existsSync, rmSync } from 'node:fs';
import path from 'node:path';

// `npm test`: the type check, unit tests, fresh builds, then the browser tests on them: Chromium's
// (Playwright), then Firefox's (puppeteer-core, scripts/test-firefox.ts). Each runner keeps its
// own output; at the end one plain line per runner says what passed, failed and was skipped, and the
// exit status is non-zero if anything failed — also when an earlier step broke.
const root = path.resolve(import.meta.dirname, '..');
// Not under test-results/: Playwright empties that folder when it starts.
const reports = path.join(root, '.tmp', 'test-summaries');
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });
const unitJson = path.join(reports, 'unit.json');
const e2eJson = path.join(reports, 'e2e.json');
const firefoxJson = path.join(reports, 'e2e-firefox.json');

function step(args: string[], env: NodeJS.ProcessEnv = {}): boolean {
  const result = spawnSync('npx', args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status === 0;
}

const typesOk = step(['tsc', '--noEmit', '-p', '.']);
if (!typesOk) console.error('\nTypeScript found errors (above); the tests still run.');
const unitOk = step(['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${unitJson}`]);
const buildOk = step(['wxt', 'build']);
const e2eOk = buildOk && step(['playwright', 'test'], { PLAYWRIGHT_JSON_OUTPUT_FILE: e2eJson, KIZUKI_JSON_REPORT: '1' });
const firefoxBuildOk = step(['wxt', 'build', '-b', 'firefox']);
const firefoxOk = firefoxBuildOk && step(['tsx', 'scripts/test-firefox.ts'], { KIZUKI_SUMMARY_FILE: firefoxJson });

function unitLine(): string {
  if (!existsSync(unitJson)) return 'unit: 0 passed, 1 failed (the runner did not finish)';
  const r = JSON.parse(readFileSync(unitJson, 'utf8')) as { numPassedTests: number; numFailedTests: number; numPendingTests: number; numTodoTests: number };
  return `unit: ${r.numPassedTests} passed, ${r.numFailedTests} failed, ${r.numPendingTests + r.numTodoTests} skipped`;
}

function e2eLine(): string {
  if (!buildOk) return 'e2e: 0 passed, 1 failed (the extension did not build)';
  if (!existsSync(e2eJson)) return 'e2e: 0 passed, 1 failed (the runner did not finish)';
  const { stats } = JSON.parse(readFileSync(e2eJson, 'utf8')) as { stats: { expected: number; unexpected: number; flaky: number; skipped: number } };
  return `e2e: ${stats.expected + stats.flaky} passed, ${stats.unexpected} failed, ${stats.skipped} skipped`;
}

function firefoxLine(): string {
  if (!firefoxBuildOk) return 'e2e-firefox: 0 passed, 1 failed (the Firefox build failed)';
  if (!existsSync(firefoxJson)) return 'e2e-firefox: 0 passed, 1 failed (the runner did not finish)';
  const r = JSON.parse(readFileSync(firefoxJson, 'utf8')) as { passed: number; failed: number; skipped: number };
  return `e2e-firefox: ${r.passed} passed, ${r.failed} failed, ${r.skipped} skipped`;
}

const lines = [unitLine(), e2eLine(), firefoxLine()];
console.log('\n' + lines.join('\n'));
const allReported = lines.every((line) => / 0 failed/.test(line));
process.exit(typesOk && unitOk && e2eOk && firefoxOk && allReported ? 0 : 1);
