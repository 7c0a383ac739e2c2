import { existsSync } from 'node:fs';
import path from 'node:path';
import { processIO, type CliIO } from './io';

// `npm run --silent kizuki -- <command> …`: each command is cli/commands/<command>.ts.
const [command, ...rest] = process.argv.slice(2);
const file = command && /^[a-z-]+$/.test(command) ? path.join(import.meta.dirname, 'commands', `${command}.ts`) : '';

if (!file || !existsSync(file)) {
  process.stderr.write(`usage: kizuki <classify|check-reply|check-pack|prh-import|sync-setup|pack-publish> [options]\n`);
  process.exit(2);
}
const mod = (await import(file)) as { run: (argv: string[], io: CliIO) => Promise<number> };
process.exitCode = await mod.run(rest, processIO);
