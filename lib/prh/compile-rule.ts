import type { RulePattern } from './apply-rule';
import type { PrhRule } from './prh-schema';

// One prh rule → one regular expression, built the way prh builds it (lib/utils/regexp.ts there):
// no pattern → `expected` with every Latin letter/digit also matching its other case and full width;
// a plain string → escaped; `/source/flags` → as written; several → one alternation; flags `gmu`
// (+`i` when a pattern asks for it). Unlike prh, a plain pattern with wordBoundary is escaped too.

const REGEX_STRING = /^\/(.*)\/([gimsuy]*)$/s;
const HANKAKU = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
const ZENKAKU = 'ａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ０１２３４５６７８９';

export interface CompiledRule {
  expected: string;
  pattern: RulePattern;
  /** The plain (non-regex) patterns, for a readable label. */
  plain: string[];
  reason?: string;
  specs: { from: string; to: string }[];
}

export function escapeRegex(s: string): string {
  return s.replace(/[\\*+.?{}()|^$[\]/]/g, '\\$&');
}

function spreadAlphaNum(s: string): string {
  return [...s]
    .map((ch) => {
      const upper = HANKAKU.indexOf(ch.toUpperCase());
      const lower = HANKAKU.indexOf(ch.toLowerCase());
      if (upper === -1 && lower === -1) return escapeRegex(ch);
      if (upper === lower) return `[${ch}${ZENKAKU[upper]}]`;
      return `[${ch.toUpperCase()}${ch.toLowerCase()}${ZENKAKU[upper]}${ZENKAKU[lower]}]`;
    })
    .join('');
}

/** One pattern string → regex source, and whether it asked for case-insensitivity. */
function toSource(p: string, wordBoundary: boolean): { source: string; ignoreCase: boolean; plain?: string } {
  const m = REGEX_STRING.exec(p);
  if (m) return { source: m[1]!, ignoreCase: m[2]!.includes('i') };
  const escaped = escapeRegex(p);
  return { source: wordBoundary ? `\\b${escaped}\\b` : escaped, ignoreCase: false, plain: p };
}

export function compileRule(rule: PrhRule): CompiledRule {
  const r = typeof rule === 'string' ? { expected: rule } : rule;
  const wordBoundary = ('options' in r && r.options?.wordBoundary) || false;
  const raw = typeof rule === 'string' ? undefined : (rule.pattern ?? rule.patterns);
  const list = raw === undefined ? [] : Array.isArray(raw) ? raw : [raw];
  let parts: { source: string; ignoreCase: boolean; plain?: string }[];
  if (list.length === 0) {
    const spread = spreadAlphaNum(r.expected);
    parts = [{ source: wordBoundary ? `\\b${spread}\\b` : spread, ignoreCase: false }];
  } else parts = list.map((p) => toSource(p, wordBoundary));
  const source = parts.length === 1 ? parts[0]!.source : `(?:${parts.map((p) => p.source).join('|')})`;
  const flags = parts.some((p) => p.ignoreCase) ? 'gimu' : 'gmu';
  return {
    expected: r.expected,
    pattern: { source, flags, ...('regexpMustEmpty' in r && r.regexpMustEmpty ? { mustEmpty: r.regexpMustEmpty } : {}) },
    plain: parts.flatMap((p) => (p.plain ? [p.plain] : [])),
    reason: 'prh' in r ? r.prh?.trim() : undefined,
    specs: ('specs' in r && r.specs) || [],
  };
}
