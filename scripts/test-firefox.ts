import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

// The Firefox browser tests (tests/e2e-firefox/*.test.ts): node's test runner, one file at a time,
// each file launching its own Firefox (puppeteer-core over WebDriver BiDi) with the built
// .output/firefox-mv2. Ends with `e2e-firefox: N passed, N failed, N skipped`; with
// KIZUKI_SUMMARY_FILE set it also writes those counts there for `npm test`'s closing lines.
const root = path.resolve(import.meta.dirname, '..');
const dir = path.join(root, 'tests', 'e2e-firefox');
const tap = path.join(root, '.tmp', 'e2e-firefox.tap');
mkdirSync(path.dirname(tap), { recursive: true });
rmSync(tap, { force: true });

const manifest = path.join(root, '.output', 'firefox-mv2', 'manifest.json');
const files = readdirSync(dir).filter((f) => f.endsWith('.test.ts')).sort().map((f) => path.join(dir, f));
const counts = { passed: 0, failed: 0, skipped: 0 };

if (!existsSync(manifest)) {
  console.error(`No Firefox build at ${path.dirname(manifest)}: run \`npm run build:firefox\` first.`);
  counts.failed = 1;
} else {
  const started = Date.now();
  const run = spawnSync(
    process.execPath,
    ['--import', 'tsx', '--test', '--test-concurrency=1', '--test-reporter=spec', '--test-reporter-destination=stdout',
      '--test-reporter=tap', `--test-reporter-destination=${tap}`, ...files],
    { cwd: root, stdio: 'inherit' },
  );
  const text = existsSync(tap) ? readFileSync(tap, 'utf8') : '';
  // TAP's closing totals (cancelled tests, e.g. a file that crashed, count as failed).
  const total = (name: string) => Number(text.match(new RegExp(`^# ${name} (\\d+)$`, 'm'))?.[1] ?? 0);
  counts.passed = total('pass');
  counts.failed = total('fail') + total('cancelled');
  counts.skipped = total('skipped') + total('todo');
  if (run.status !== 0 && counts.failed === 0) counts.failed = 1; // the runner broke before reporting
  console.log(`\nFirefox tests took ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

const line = `e2e-firefox: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`;
console.log(line);
if (process.env.KIZUKI_SUMMARY_FILE) writeFileSync(process.env.KIZUKI_SUMMARY_FILE, JSON.stringify(counts));
process.exit(counts.failed === 0 && counts.passed > 0 ? 0 : 1);
