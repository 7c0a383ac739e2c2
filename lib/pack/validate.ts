import { currentLang, makeT, type Lang } from '../i18n/make-t';
import { packErrorMessages } from './error-messages';
import { formatPath, lineColumn } from './json-path';
import { scanJson } from './json-scan';
import { PACK_LIMITS } from './limits';
import { checkPack, findForbiddenKeys } from './pack-checks';
import { checkPackWarnings } from './pack-warnings';
import type { PackError, RawPackError } from './pack-error';
import { packSchema, type Pack } from './schema';
import { describeValue, fromZodIssue } from './zod-issues';
import zodJa from 'zod/v4/locales/ja.js';

export type { PackError } from './pack-error';
/** An accepted pack carries its warnings (never a reason to refuse it); a refused one its errors. */
export type ParseResult = { ok: true; pack: Pack; warnings: PackError[] } | { ok: false; errors: PackError[] };

/** Shown at most; a badly broken file would otherwise list thousands of the same problem. */
const MAX_ERRORS = 50;

/**
 * Validates a pack from outside: JSON text (a file, a download) or an already parsed value. Every
 * problem is reported with its JSON path (and line/column when the input was text), worded in `lang`.
 * Nothing is stored here; callers store only an `ok` result, so a refused pack changes nothing.
 */
export function parsePack(input: string | unknown, { lang = currentLang() }: { lang?: Lang } = {}): ParseResult {
  const t = makeT(packErrorMessages, lang);
  const text = typeof input === 'string' ? input.replace(/^\uFEFF/, '') : undefined;
  let offsets: Map<string, number> | undefined;

  const describe = (raw: RawPackError[]): PackError[] =>
    raw.slice(0, MAX_ERRORS).map((e) => {
      const path = formatPath(e.path);
      const offset = offsets?.get(path);
      const at = text !== undefined && offset !== undefined ? lineColumn(text, offset) : undefined;
      return { path, ...at, code: e.code, message: t(e.code, e.vars) };
    });
  const fail = (raw: RawPackError[]): ParseResult => ({ ok: false, errors: describe(raw) });

  const size = byteSize(input, text);
  if (size > PACK_LIMITS.fileBytes) return fail([{ path: [], code: 'too-large', vars: { size, limit: PACK_LIMITS.fileBytes } }]);

  let value: unknown = input;
  if (text !== undefined) {
    const scan = scanJson(text, PACK_LIMITS.depth);
    if (!scan.ok) {
      const { line, column } = lineColumn(text, scan.offset);
      const code = scan.problem === 'depth' ? 'too-deep' : 'json-syntax';
      const message = t(code, { detail: scan.detail, line, column, limit: PACK_LIMITS.depth });
      return { ok: false, errors: [{ path: '$', line, column, code, message }] };
    }
    offsets = scan.offsets;
    value = JSON.parse(text);
  }

  const shape = checkEnvelope(value);
  if (shape.length) return fail(shape);
  const forbidden = findForbiddenKeys(value);
  if (forbidden.length) return fail(forbidden);
  // zod's own wording is used only for issues Kizuki has no code for; it too should be in the UI language.
  const parsed = packSchema.safeParse(value, lang === 'ja' ? { error: zodJa().localeError } : undefined);
  if (!parsed.success) return fail(parsed.error.issues.map((i) => fromZodIssue(i, value, lang)));
  const semantic = checkPack(parsed.data);
  if (semantic.length) return fail(semantic);
  return { ok: true, pack: parsed.data, warnings: describe(checkPackWarnings(parsed.data)) };
}

/** Format and version first: a file for something else should say so, not list 20 missing fields. */
function checkEnvelope(value: unknown): RawPackError[] {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return [{ path: [], code: 'not-object' }];
  const v = value as Record<string, unknown>;
  if (v.format !== 'kizuki.pack') return [{ path: ['format'], code: 'wrong-format', vars: { found: JSON.stringify(v.format) ?? 'undefined' } }];
  if (v.version !== 1) return [{ path: ['version'], code: 'unknown-version', vars: { found: JSON.stringify(v.version) ?? describeValue(v.version) } }];
  return [];
}

function byteSize(input: unknown, text: string | undefined): number {
  if (text !== undefined) return new TextEncoder().encode(text).length;
  try {
    return new TextEncoder().encode(JSON.stringify(input) ?? '').length;
  } catch {
    return Infinity; // circular or otherwise not JSON: never a pack
  }
}
