import { readLines, type CliIO } from './io';

// A password for a command: from a terminal without echoing it, or as the first line of standard
// input (`printf '%s\n' "$PW" | kizuki … --user NAME:-`), so it never has to sit in the shell history.

interface TtyIn extends NodeJS.ReadableStream {
  isTTY?: boolean;
  setRawMode?: (mode: boolean) => void;
}

function readHidden(stdin: TtyIn, io: CliIO, prompt: string): Promise<string | null> {
  return new Promise((resolve) => {
    process.stderr.write(prompt);
    let typed = '';
    const finish = (value: string | null) => {
      stdin.setRawMode?.(false);
      stdin.removeListener('data', onData);
      stdin.pause();
      io.stderr('');
      resolve(value);
    };
    const onData = (chunk: Buffer | string) => {
      for (const ch of String(chunk)) {
        if (ch === '\r' || ch === '\n') return finish(typed);
        if (ch === '\u0003' || ch === '\u0004') return finish(null); // Ctrl-C, Ctrl-D
        typed = ch === '\u007f' || ch === '\b' ? typed.slice(0, -1) : typed + ch;
      }
    };
    stdin.setRawMode?.(true);
    stdin.resume();
    stdin.on('data', onData);
  });
}

/** Reads one password; null when none was given (end of input, or Ctrl-C at the prompt). */
export async function readSecret(io: CliIO, prompt: string): Promise<string | null> {
  const stdin = io.stdin as TtyIn;
  if (stdin.isTTY && stdin.setRawMode) return readHidden(stdin, io, prompt);
  for await (const line of readLines(stdin)) return line.replace(/\r$/, '');
  return null;
}
