import { BUILTIN_TONES } from '../i18n/labels';
import { TEMPLATE_VARIABLES } from '../reply/fill-template';
import type { RawPackError } from './pack-error';
import type { Pack } from './schema';

// What a lead checking a pack wants to hear about, though the pack is valid: a template whose tone
// nothing defines (`"tone": "polite"` shows up as a tone of its own, beside formal and casual) and a
// template variable Kizuki never fills (`{{nmae}}` reaches the reply as a gap to type in by hand).
// Warnings never refuse a pack: a tone may belong to a persona of another active pack.

const VARIABLE = /\{\{\s*([^{}]*?)\s*\}\}/g;

/** Levenshtein distance, enough to suggest `name` for `nmae`. */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diag = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = row[j]!;
      row[j] = Math.min(up + 1, row[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return row[b.length]!;
}

/** The known word a typo most likely meant (at most two edits away), if any. */
export function closest(word: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = 3;
  for (const k of known) {
    const d = distance(word.toLowerCase(), k.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [k, d];
  }
  return best;
}

export function checkPackWarnings(pack: Pack): RawPackError[] {
  const out: RawPackError[] = [];
  const tones = [...BUILTIN_TONES, ...(pack.personas ?? []).map((p) => p.tone)];
  const variables = TEMPLATE_VARIABLES.map((v) => `{{${v}}}`).join(' ');
  (pack.templates ?? []).forEach((tpl, i) => {
    if (!tones.includes(tpl.tone)) {
      const guess = closest(tpl.tone, tones);
      out.push({ path: ['templates', i, 'tone'], code: guess ? 'unknown-tone-guess' : 'unknown-tone', vars: { tone: tpl.tone, known: tones.join(', '), guess: guess ?? '' } });
    }
    for (const m of tpl.text.matchAll(VARIABLE)) {
      const name = m[1]!;
      if ((TEMPLATE_VARIABLES as readonly string[]).includes(name)) continue;
      const guess = closest(name, TEMPLATE_VARIABLES);
      out.push({ path: ['templates', i, 'text'], code: guess ? 'unknown-variable-guess' : 'unknown-variable', vars: { variable: m[0], known: variables, guess: guess ? `{{${guess}}}` : '' } });
    }
  });
  return out;
}
