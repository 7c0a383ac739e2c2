import { createInterface } from 'node:readline';

export interface CliIO {
  stdin: NodeJS.ReadableStream;
  stdout: (line: string) => void;
  stderr: (line: string) => void;
}

export const processIO: CliIO = {
  stdin: process.stdin,
  stdout: (line) => process.stdout.write(line + '\n'),
  stderr: (line) => process.stderr.write(line + '\n'),
};

/** Reads lines from a stream, one at a time, without loading all of it. */
export function readLines(stream: NodeJS.ReadableStream): AsyncIterable<string> {
  return createInterface({ input: stream, crlfDelay: Infinity });
}

/** Parses `--name value` and `--flag` options; returns positional arguments in `_`. */
export function parseArgs(argv: string[]): { _: string[]; [k: string]: string | boolean | string[] } {
  const out: { _: string[]; [k: string]: string | boolean | string[] } = { _: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (!arg.startsWith('--')) { out._.push(arg); continue; }
    const name = arg.slice(2);
    const next = argv[i + 1];
    if (next !== undefined && !next.startsWith('--')) {
      const prev = out[name];
      out[name] = prev === undefined ? next : ([] as string[]).concat(prev as string | string[], next);
      i++;
    } else out[name] = true;
  }
  return out;
}
