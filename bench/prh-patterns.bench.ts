import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { applyRule } from '../lib/prh/apply-rule';
import { importPrh } from '../lib/prh/import-prh';

// Patterns from prh files run on the linear-time engine (lib/prh/linear-regex.ts). Baseline in the
// same run: JavaScript's own RegExp on the same safe pattern and text. Then a pattern that makes a
// backtracking engine explode, on a 40-character draft (RegExp is timed only on shorter drafts: on
// 40 characters it would not return), and SmartHR's whole dictionary on a reply-sized draft.

/**
 * µs per call: the best of several short windows, after the JIT has settled (re2js is plain
 * JavaScript, its first calls are slow) — on a shared machine the best window is the steadiest figure.
 */
function time(fn: () => unknown, windows = 8, windowMs = 60, warmUpMs = 300): number {
  for (const s = performance.now(); performance.now() - s < warmUpMs; ) fn();
  let best = Infinity;
  for (let w = 0; w < windows; w++) {
    let n = 0;
    const start = performance.now();
    while (performance.now() - start < windowMs) {
      fn();
      n++;
    }
    best = Math.min(best, ((performance.now() - start) * 1000) / n);
  }
  return best;
}

const natives = new Map<string, RegExp>();
function nativeHits(source: string, flags: string, text: string): number {
  const key = `${flags}/${source}`;
  const re = natives.get(key) ?? new RegExp(source, flags);
  natives.set(key, re);
  re.lastIndex = 0;
  let n = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0] === '') re.lastIndex++;
    else n++;
  }
  return n;
}

const us = (x: number) => (x >= 1000 ? `${(x / 1000).toFixed(1)} ms` : `${x.toFixed(1)} µs`);
const DRAFT = 'お問い合わせ頂きありがとうございます。サーバの状態を確認いたしますので、少々お待ち下さい。';

export async function run(): Promise<void> {
  const safe = { source: 'サーバ(?!ー)|頂([いかきくけこ])', flags: 'gmu' };
  const base = time(() => nativeHits(safe.source, safe.flags, DRAFT));
  const linear = time(() => applyRule(safe, '$&', DRAFT));
  console.log(`safe pattern, ${DRAFT.length}-char draft: linear engine ${us(linear)} (ratio ${(linear / base).toFixed(1)}× vs RegExp ${us(base)})`);

  const evil = { source: '[]|(a+)+$|[]', flags: 'gmu' };
  const draft40 = 'a'.repeat(39) + '!';
  const evilLinear = time(() => applyRule(evil, 'x', draft40));
  console.log(`(a+)+$ hidden behind [], 40-char draft: linear engine ${us(evilLinear)} (ratio ${(evilLinear / base).toFixed(1)}× vs RegExp on the safe pattern ${us(base)})`);
  for (const n of [20, 24]) {
    const d = 'a'.repeat(n - 1) + '!';
    const t = time(() => nativeHits(evil.source, evil.flags, d), 1, 50, 0);
    console.log(`  RegExp on the same pattern, ${n}-char draft: ${us(t)}${n === 24 ? ` (doubles with each character: 40 would take ~${((t * 2 ** (40 - n)) / 3.6e9).toFixed(0)} h)` : ''}`);
  }

  const poly = { source: 'a*a*a*b', flags: 'gmu' };
  const text5k = 'a'.repeat(5_000);
  // Runs of a's broken by x, and one b at the very end: the engine cannot skip ahead to a literal.
  const broken5k = ('a'.repeat(99) + 'x').repeat(50).slice(0, 4_999) + 'b';
  const polyLinear = time(() => applyRule(poly, 'x', broken5k));
  console.log(`a*a*a*b on 5,000 characters (a-runs, one b at the end): linear engine ${us(polyLinear)} (ratio ${(polyLinear / base).toFixed(1)}× vs RegExp on the safe pattern ${us(base)})`);
  for (const n of [100, 200]) {
    const t = time(() => nativeHits(poly.source, poly.flags, text5k.slice(0, n)), 1, 50, 0);
    console.log(`  RegExp on the same pattern, ${n} a's and no b: ${us(t)}`);
  }

  const dir = path.resolve(import.meta.dirname, '..', '../shared/data/ng-words/smarthr');
  if (!existsSync(path.join(dir, 'prh-idiomatic-usage.yml'))) return console.log('SmartHR dictionary: skipped (../shared/data is absent)');
  const r = await importPrh('prh-idiomatic-usage.yml', (ref) => readFile(path.join(dir, ref), 'utf8'), { lang: 'en' });
  if (!r.ok) throw new Error(r.errors.join('\n'));
  const words = r.ngWords.filter((w) => w.pattern);
  const draft = DRAFT.repeat(Math.ceil(280 / DRAFT.length)).slice(0, 280);
  const allNative = time(() => words.reduce((s, w) => s + nativeHits(w.pattern!.source, w.pattern!.flags.includes('g') ? w.pattern!.flags : w.pattern!.flags + 'g', draft), 0), 8, 150);
  const allLinear = time(() => words.reduce((s, w) => s + applyRule(w.pattern!, w.suggest ?? '', draft).length, 0), 8, 150);
  console.log(`SmartHR dictionary (${words.length} rules), 280-char draft: linear engine ${us(allLinear)} per check (ratio ${(allLinear / allNative).toFixed(1)}× vs RegExp ${us(allNative)})`);
}
