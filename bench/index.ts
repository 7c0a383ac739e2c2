import { readdirSync } from 'node:fs';
import path from 'node:path';

// Runs every bench/*.bench.ts in turn (or those named on the command line). Each prints its figures
// next to a baseline measured in the same run.
const only = process.argv.slice(2);
const files = readdirSync(import.meta.dirname)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();
for (const file of files) {
  console.log(`\n## ${file.replace('.bench.ts', '')}`);
  const mod = (await import(path.join(import.meta.dirname, file))) as { run: () => Promise<void> };
  await mod.run();
}
