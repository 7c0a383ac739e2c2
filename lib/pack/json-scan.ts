import { formatPath, type PathSegment } from './json-path';

// A small JSON scanner that knows where things are. JSON.parse's own error messages differ between
// engines and often omit the position, and it cannot say on which line `$.brands[0].terms[3]` sits.
// This scanner finds the first syntax error's offset, refuses absurd nesting (which would otherwise
// exhaust the stack), and records the offset of every value by its JSON path.

export type JsonScan =
  | { ok: true; offsets: Map<string, number> }
  | { ok: false; offset: number; problem: 'syntax' | 'depth'; detail: string };

class ScanError extends Error {
  constructor(
    readonly offset: number,
    readonly problem: 'syntax' | 'depth',
    detail: string,
  ) {
    super(detail);
  }
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const STRING = /"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/y;

export function scanJson(text: string, maxDepth: number): JsonScan {
  const offsets = new Map<string, number>();
  let i = 0;
  const path: PathSegment[] = [];

  const ws = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++;
  };
  const fail = (detail: string): never => {
    throw new ScanError(i, 'syntax', detail);
  };
  const expect = (ch: string) => {
    if (text[i] !== ch) fail(i >= text.length ? 'unexpected end' : `expected "${ch}"`);
    i++;
  };
  const sticky = (re: RegExp): string | undefined => {
    re.lastIndex = i;
    const m = re.exec(text);
    if (!m) return undefined;
    i += m[0].length;
    return m[0];
  };
  const string = (): string => {
    const raw = sticky(STRING);
    if (raw === undefined) fail(text[i] === '"' ? 'bad string' : 'expected a string');
    return JSON.parse(raw!) as string;
  };

  const value = (depth: number): void => {
    ws();
    offsets.set(formatPath(path), i);
    const ch = text[i];
    if (ch === '{' || ch === '[') {
      if (depth >= maxDepth) throw new ScanError(i, 'depth', 'too deep');
      if (ch === '{') object(depth + 1);
      else array(depth + 1);
    } else if (ch === '"') string();
    else if (text.startsWith('true', i)) i += 4;
    else if (text.startsWith('false', i)) i += 5;
    else if (text.startsWith('null', i)) i += 4;
    else if (sticky(NUMBER) === undefined) fail(i >= text.length ? 'unexpected end' : 'unexpected character');
  };

  const object = (depth: number) => {
    i++;
    ws();
    if (text[i] === '}') return void i++;
    for (;;) {
      ws();
      const key = string();
      ws();
      expect(':');
      path.push(key);
      value(depth);
      path.pop();
      ws();
      if (text[i] === ',') i++;
      else return expect('}');
    }
  };

  const array = (depth: number) => {
    i++;
    ws();
    if (text[i] === ']') return void i++;
    for (let n = 0; ; n++) {
      path.push(n);
      value(depth);
      path.pop();
      ws();
      if (text[i] === ',') i++;
      else return expect(']');
    }
  };

  try {
    value(0);
    ws();
    if (i < text.length) fail('unexpected text after the end');
    return { ok: true, offsets };
  } catch (e) {
    if (e instanceof ScanError) return { ok: false, offset: e.offset, problem: e.problem, detail: e.message };
    throw e;
  }
}
