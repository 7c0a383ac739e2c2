import { parse as parseYaml } from 'yaml';
import { currentLang, makeT, type Lang } from '../i18n/make-t';
import { PACK_LIMITS } from '../pack/limits';
import type { NgWord } from '../pack/schema';
import { formatPath } from '../pack/json-path';
import { fixText } from './apply-rule';
import { compileRule, type CompiledRule } from './compile-rule';
import { prhMessages } from './messages';
import { prhFileSchema, type PrhFile } from './prh-schema';
import { resolveRef } from './resolve-ref';
import { checkRegex } from './linear-regex';

// prh YAML dictionaries → Kizuki NG words. Every rule is compiled, checked for runaway patterns, and
// its specs run; one failing rule refuses the whole import, naming the file and the rule.

export type PrhLoader = (ref: string) => Promise<string>;
export type PrhImportResult = { ok: true; ngWords: NgWord[]; files: string[] } | { ok: false; errors: string[] };

const MAX_IMPORT_DEPTH = 8;
/**
 * Imports may form a web (nine files importing each other five times is 488,281 paths): each file is
 * loaded once, each (file, ignored rules) pair read once, and the whole import is bounded.
 */
export const PRH_LIMITS = { files: 100, totalBytes: 5_000_000, reads: 1_000 } as const;

interface Ctx {
  load: PrhLoader;
  t: ReturnType<typeof makeT<(typeof prhMessages)['en']>>;
  rules: { file: string; rule: CompiledRule }[];
  files: string[];
  errors: string[];
  /** Each file loaded once: its parsed content, or undefined when it was refused. */
  loaded: Map<string, Promise<PrhFile | undefined>>;
  bytes: number;
  /** (file, what it ignores, whether it follows imports) already read. */
  read: Set<string>;
  /** Set once a limit is hit, so the refusal is said once and nothing more is loaded. */
  stopped: boolean;
}

export async function importPrh(entry: string, load: PrhLoader, { lang = currentLang(), severity = 'warning' as NgWord['severity'] } = {}): Promise<PrhImportResult> {
  const ctx: Ctx = { load, t: makeT(prhMessages, lang), rules: [], files: [], errors: [], loaded: new Map(), bytes: 0, read: new Set(), stopped: false };
  await readFile(ctx, entry, [], new Set());
  if (ctx.errors.length) return { ok: false, errors: ctx.errors };
  if (ctx.rules.length > PACK_LIMITS.ngWords) return { ok: false, errors: [ctx.t('tooMany', { limit: PACK_LIMITS.ngWords })] };
  const ngWords: NgWord[] = [];
  const seen = new Set<string>();
  for (const { file, rule } of ctx.rules) {
    // The same file reached through two imports (a diamond) gives its rules once.
    const key = `${rule.pattern.flags}/${rule.pattern.source}/${rule.pattern.mustEmpty ?? ''}→${rule.expected}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const problem = checkCompiled(ctx, file, rule);
    if (problem) ctx.errors.push(problem);
    else ngWords.push(toNgWord(rule, severity, entry));
  }
  return ctx.errors.length ? { ok: false, errors: ctx.errors } : { ok: true, ngWords, files: ctx.files };
}

async function readFile(ctx: Ctx, ref: string, chain: string[], ignore: Set<string>, followImports = true): Promise<void> {
  if (chain.includes(ref)) return void ctx.errors.push(ctx.t('cycle', { file: ref, chain: [...chain, ref].join(' → ') }));
  if (chain.length > MAX_IMPORT_DEPTH) return void ctx.errors.push(ctx.t('tooDeep', { file: ref, limit: MAX_IMPORT_DEPTH }));
  if (ctx.stopped) return;
  const key = JSON.stringify([ref, [...ignore].sort(), followImports]);
  if (ctx.read.has(key)) return;
  ctx.read.add(key);
  if (ctx.read.size > PRH_LIMITS.reads) return stop(ctx, ctx.t('tooManyReads', { limit: PRH_LIMITS.reads }));
  if (!ctx.loaded.has(ref)) {
    if (ctx.loaded.size >= PRH_LIMITS.files) return stop(ctx, ctx.t('tooManyFiles', { limit: PRH_LIMITS.files }));
    ctx.loaded.set(ref, loadFile(ctx, ref));
  }
  const file = await ctx.loaded.get(ref);
  if (!file) return;
  const imports = file.imports === undefined || !followImports ? [] : Array.isArray(file.imports) ? file.imports : [file.imports];
  for (const imp of imports) {
    const spec = typeof imp === 'string' ? { path: imp } : imp;
    const skip = new Set(ignore);
    for (const r of (typeof imp === 'string' ? [] : imp.ignoreRules) ?? []) skip.add(typeof r === 'string' ? r : (r.expected ?? r.pattern ?? ''));
    const follow = typeof imp === 'string' || !imp.disableImports;
    await readFile(ctx, resolveRef(ref, spec.path), [...chain, ref], skip, follow);
  }
  for (const [i, raw] of (file.rules ?? []).entries()) {
    const name = typeof raw === 'string' ? raw : raw.expected;
    if (ignore.has(name) || (typeof raw !== 'string' && typeof raw.pattern === 'string' && ignore.has(raw.pattern))) continue;
    try {
      ctx.rules.push({ file: ref, rule: compileRule(raw) });
    } catch (e) {
      ctx.errors.push(ctx.t('rule', { file: ref, rule: name || `#${i}`, detail: (e as Error).message }));
    }
  }
}

function stop(ctx: Ctx, message: string): void {
  if (!ctx.stopped) ctx.errors.push(message);
  ctx.stopped = true;
}

async function loadFile(ctx: Ctx, ref: string): Promise<PrhFile | undefined> {
  let text: string;
  try {
    text = await ctx.load(ref);
  } catch (e) {
    return void ctx.errors.push(ctx.t('load', { file: ref, detail: (e as Error).message }));
  }
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > PACK_LIMITS.fileBytes) {
    return void ctx.errors.push(ctx.t('load', { file: ref, detail: `> ${PACK_LIMITS.fileBytes} bytes` }));
  }
  ctx.bytes += bytes;
  if (ctx.bytes > PRH_LIMITS.totalBytes) return void stop(ctx, ctx.t('tooManyBytes', { limit: PRH_LIMITS.totalBytes }));
  let doc: unknown;
  try {
    // maxAliasCount stops "billion laughs" alias bombs from expanding in memory.
    doc = parseYaml(text, { maxAliasCount: 100, prettyErrors: true });
  } catch (e) {
    return void ctx.errors.push(ctx.t('yaml', { file: ref, detail: (e as Error).message.split('\n')[0]! }));
  }
  const parsed = prhFileSchema.safeParse(doc ?? {});
  if (!parsed.success) {
    for (const issue of parsed.error.issues.slice(0, 20)) {
      const path = formatPath(issue.path.filter((p): p is string | number => typeof p !== 'symbol'));
      ctx.errors.push(ctx.t('shape', { file: ref, path, detail: issue.message }));
    }
    return undefined;
  }
  ctx.files.push(ref);
  return parsed.data;
}

/** Safety, then prh's own self-test: every spec's `from` must become its `to`. */
function checkCompiled(ctx: Ctx, file: string, rule: CompiledRule): string | null {
  const label = rule.expected;
  const safety = checkRegex(rule.pattern.source, rule.pattern.flags);
  if (!safety.ok) return ctx.t('unsafe', { file, rule: label, detail: safety.reason });
  if (rule.expected.length > PACK_LIMITS.termLength) return ctx.t('suggestTooLong', { file, rule: label, limit: PACK_LIMITS.termLength });
  for (const spec of rule.specs) {
    const got = fixText(rule.pattern, rule.expected, spec.from);
    if (got !== spec.to) return ctx.t('spec', { file, rule: label, from: spec.from, to: spec.to, got });
  }
  return null;
}

function toNgWord(rule: CompiledRule, severity: NgWord['severity'], entry: string): NgWord {
  const label = rule.plain[0] ?? `/${rule.pattern.source}/`;
  return {
    term: label.length > PACK_LIMITS.termLength ? label.slice(0, PACK_LIMITS.termLength - 1) + '…' : label,
    severity,
    suggest: rule.expected,
    ...(rule.reason ? { reason: rule.reason.slice(0, PACK_LIMITS.nameLength) } : {}),
    pattern: rule.pattern,
    origin: `prh:${entry}`.slice(0, PACK_LIMITS.nameLength),
  };
}
