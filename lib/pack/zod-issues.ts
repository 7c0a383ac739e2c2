import type { z } from 'zod';
import { CATEGORIES, type Category } from '../categories';
import { categoryLabel } from '../i18n/labels';
import type { Lang } from '../i18n/make-t';
import { valueKindNames } from './error-messages';
import type { RawPackError } from './pack-error';

// Turns zod's issues into Kizuki's own error codes, so messages are worded in the UI language (zod's
// own text is English) and tests can assert the code rather than the wording.

type Issue = z.core.$ZodIssue;

/** What kind of JSON value this is, as the pack format's words name it: `string`, `array`, `null`… */
export function describeValue(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  return typeof v;
}

/** A kind of value in the operator's words: 数値, 文字列, 配列… (the JSON name when there is none). */
function kindName(kind: string, lang: Lang): string {
  return (valueKindNames[lang] as Record<string, string>)[kind] ?? kind;
}

/** An allowed value as the lead types it, with what it means: `"complaint"（苦情）`. */
function allowedValue(v: unknown, lang: Lang): string {
  const json = JSON.stringify(v);
  if (typeof v === 'string' && (CATEGORIES as readonly string[]).includes(v)) {
    const label = categoryLabel(v as Category, lang);
    return lang === 'ja' ? `${json}（${label}）` : `${json} (${label})`;
  }
  return json;
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = root;
  for (const key of path) {
    if (v === null || typeof v !== 'object' || !Object.prototype.hasOwnProperty.call(v, key)) return undefined;
    v = (v as Record<PropertyKey, unknown>)[key];
  }
  return v;
}

/** A text pattern a field must follow, said by what the field is, not by zod's regular expression. */
function formatCode(path: (string | number)[]): RawPackError['code'] {
  const field = path.at(-1);
  if (field === 'id') return 'invalid-id';
  if (field === 'flags') return 'invalid-flags';
  if (field === 'mustEmpty') return 'invalid-must-empty';
  return 'invalid-format';
}

export function fromZodIssue(issue: Issue, root: unknown, lang: Lang): RawPackError {
  const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
  const found = valueAt(root, issue.path);
  switch (issue.code) {
    case 'invalid_type':
      if (found === undefined) return { path, code: 'required' };
      return { path, code: 'type', vars: { expected: kindName(issue.expected, lang), found: kindName(describeValue(found), lang) } };
    case 'too_big':
      if (issue.origin === 'string') return { path, code: 'too-long', vars: { limit: Number(issue.maximum) } };
      if (issue.origin === 'array') return { path, code: 'too-many', vars: { limit: Number(issue.maximum) } };
      return { path, code: 'too-big', vars: { limit: Number(issue.maximum) } };
    case 'too_small':
      if (issue.origin === 'string') return { path, code: 'too-short' };
      if (issue.origin === 'array') return { path, code: 'too-few', vars: { limit: Number(issue.minimum) } };
      return { path, code: 'too-small', vars: { limit: Number(issue.minimum) } };
    case 'invalid_format':
      return { path, code: formatCode(path) };
    case 'invalid_value':
      return { path, code: 'invalid-value', vars: { values: issue.values.map((v) => allowedValue(v, lang)).join(', ') } };
    case 'custom':
      return { path, code: issue.message === 'empty term' ? 'empty-term' : 'invalid', vars: { detail: issue.message } };
    default:
      // The message zod wrote for this issue, in the operator's language (validate.ts parses with zod's locale).
      return { path, code: 'invalid', vars: { detail: issue.message } };
  }
}
