import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { chromiumPath } from '../tests/e2e/support/extension';

// Runs every bench/*.bench.ts in turn (or those named on the command line). Each prints its figures
// next to a baseline measured in the same run.

/**
 * What the figures were measured on. The same code read the team inbox from Chromium's IndexedDB
 * five to seven times faster on one machine's fresh Chromium than in every earlier run, whose
 * version nobody had written down: a run's figures compare only with the browser named beside them.
 */
function measuredOn(): string {
  let browser: string;
  try {
    browser = execFileSync(chromiumPath, ['--version'], { encoding: 'utf8', timeout: 10_000, stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    browser = `no Chromium version from ${chromiumPath}`;
  }
  return `measured on: ${browser}; Node ${process.version}; ${availableParallelism()} cores`;
}

const only = process.argv.slice(2);
const files = readdirSync(import.meta.dirname)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();
console.log(measuredOn());
for (const file of files) {
  console.log(`\n## ${file.replace('.bench.ts', '')}`);
  const mod = (await import(path.join(import.meta.dirname, file))) as { run: () => Promise<void> };
  await mod.run();
}
