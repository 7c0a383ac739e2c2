import type { z } from 'zod';
import type { RawPackError } from './pack-error';

// Turns zod's issues into Kizuki's own error codes, so messages can be worded in the UI language and
// tests can assert the code rather than zod's English.

type Issue = z.core.$ZodIssue;

export function describeValue(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  return typeof v;
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = root;
  for (const key of path) {
    if (v === null || typeof v !== 'object' || !Object.prototype.hasOwnProperty.call(v, key)) return undefined;
    v = (v as Record<PropertyKey, unknown>)[key];
  }
  return v;
}

export function fromZodIssue(issue: Issue, root: unknown): RawPackError {
  const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
  const found = valueAt(root, issue.path);
  switch (issue.code) {
    case 'invalid_type':
      if (found === undefined) return { path, code: 'required' };
      return { path, code: 'type', vars: { expected: issue.expected, found: describeValue(found) } };
    case 'too_big':
      if (issue.origin === 'string') return { path, code: 'too-long', vars: { limit: Number(issue.maximum) } };
      if (issue.origin === 'array') return { path, code: 'too-many', vars: { limit: Number(issue.maximum) } };
      return { path, code: 'too-big', vars: { limit: Number(issue.maximum) } };
    case 'too_small':
      if (issue.origin === 'string') return { path, code: 'too-short' };
      if (issue.origin === 'array') return { path, code: 'too-few', vars: { limit: Number(issue.minimum) } };
      return { path, code: 'too-small', vars: { limit: Number(issue.minimum) } };
    case 'invalid_format':
      return { path, code: path.at(-1) === 'id' ? 'invalid-id' : 'invalid', vars: { detail: issue.message } };
    case 'invalid_value':
      return { path, code: 'invalid-value', vars: { values: issue.values.map((v) => JSON.stringify(v)).join(', ') } };
    case 'custom':
      return { path, code: issue.message === 'empty term' ? 'empty-term' : 'invalid', vars: { detail: issue.message } };
    default:
      return { path, code: 'invalid', vars: { detail: issue.message } };
  }
}
