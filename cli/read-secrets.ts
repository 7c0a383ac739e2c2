import { createInterface } from 'node:readline';
import { Writable } from 'node:stream';

// Passwords given as `-` on the command line (`--admin admin:-`, `--operator 佐藤:-`) are read here
// instead, so they never appear in the shell history or in the process list (`ps`). From a terminal,
// each is asked for with a prompt and not echoed; from a pipe, one line each, in the order given.

export interface SecretRequest {
  /** Shown in the prompt: "Password for 佐藤: ". */
  label: string;
}

/** One answer per request, in order; null when the input ends before all are given. */
export async function readSecrets(input: NodeJS.ReadableStream & { isTTY?: boolean }, requests: SecretRequest[], promptTo: NodeJS.WritableStream = process.stderr): Promise<string[] | null> {
  if (requests.length === 0) return [];
  const terminal = Boolean(input.isTTY);
  let muted = false;
  // From a terminal: write the prompt, then swallow the echo of what is typed.
  const output = new Writable({
    write(chunk, _enc, done) {
      if (!muted) promptTo.write(chunk);
      done();
    },
  });
  const rl = createInterface({ input, output, terminal, crlfDelay: Infinity });
  const answers: string[] = [];
  const lines = rl[Symbol.asyncIterator]();
  try {
    for (const r of requests) {
      if (terminal) {
        muted = false;
        output.write(`Password for ${r.label}: `);
        muted = true;
      }
      const next = await lines.next();
      if (terminal) promptTo.write('\n');
      if (next.done) return null;
      answers.push(next.value);
    }
    return answers;
  } finally {
    rl.close();
  }
}
