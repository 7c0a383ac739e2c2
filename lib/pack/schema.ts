import { z } from 'zod';
import { CATEGORIES } from '../categories';
import { PACK_LIMITS as L } from './limits';

// The single source of the pack format (v1). Types are inferred from it; the JSON Schema in
// schema/pack.schema.json is generated from it.

const id = z
  .string()
  .min(1)
  .max(L.idLength)
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'id: letters, digits, ".", "_" or "-"');
const term = z
  .string()
  .max(L.termLength)
  .refine((s) => s.trim().length > 0, 'empty term');
const category = z.enum(CATEGORIES);
// Tones are open strings: formal and casual are always known, a pack may define personas.
const tone = z.string().min(1).max(40);

export const brandSchema = z.looseObject({
  id,
  name: z.string().min(1).max(L.nameLength),
  terms: z.array(term).min(1).max(L.termsPerBrand),
  exclude: z.array(term).max(L.excludesPerBrand).optional(),
  /** The brand's own X accounts, without "@": a post that mentions one, or replies to one, is a brand post. */
  handles: z.array(z.string().regex(/^@?[A-Za-z0-9_]{1,15}$/, 'handle: an X account name, 1–15 letters, digits or "_"')).max(L.handlesPerBrand).optional(),
});

export const signalSchema = z.looseObject({
  category: category.exclude(['other']),
  terms: z.array(term).min(1).max(L.termsPerSignal),
  weight: z.number().min(0).max(10).optional(),
});

export const templateSchema = z.looseObject({
  id,
  category,
  tone,
  text: z.string().min(1).max(L.templateLength),
  lang: z.string().min(2).max(16).optional(),
  name: z.string().max(L.nameLength).optional(),
});

export const ngWordSchema = z.looseObject({
  term,
  severity: z.enum(['error', 'warning', 'info']).default('warning'),
  suggest: z.string().max(L.termLength).optional(),
  reason: z.string().max(L.nameLength).optional(),
  // Optional, from a prh dictionary: a checked regular expression (lib/prh/safe-regex.ts) applied by
  // lib/prh/apply-rule.ts; `suggest` may use $1…; a match whose group `mustEmpty` ($1…) captured text is
  // not reported (prh's regexpMustEmpty). Without it, `term` is matched as plain text.
  pattern: z
    .object({
      source: z.string().min(1).max(L.patternLength),
      flags: z.string().regex(/^[gimsuy]*$/).max(6),
      mustEmpty: z.string().regex(/^\$[1-9]$/).optional(),
    })
    .optional(),
  /** Where an imported NG word came from (e.g. `prh:smarthr.yml`), so a re-import replaces its own entries. */
  origin: z.string().max(L.nameLength).optional(),
});

export const personaSchema = z.looseObject({
  tone,
  name: z.string().min(1).max(L.nameLength),
  description: z.string().max(1000).optional(),
});

export const savedSearchSchema = z.looseObject({
  name: z.string().min(1).max(L.nameLength),
  query: z.string().min(1).max(500),
});

export const packSchema = z.looseObject({
  format: z.literal('kizuki.pack'),
  version: z.literal(1),
  id,
  name: z.string().min(1).max(L.nameLength),
  packVersion: z.string().max(40).optional(),
  updatedAt: z.string().max(40).optional(),
  brands: z.array(brandSchema).min(1).max(L.brands),
  signals: z.array(signalSchema).max(L.signals).optional(),
  templates: z.array(templateSchema).max(L.templates).optional(),
  ngWords: z.array(ngWordSchema).max(L.ngWords).optional(),
  personas: z.array(personaSchema).max(50).optional(),
  searches: z.array(savedSearchSchema).max(L.searches).optional(),
});

export type Pack = z.infer<typeof packSchema>;
export type Brand = z.infer<typeof brandSchema>;
export type Signal = z.infer<typeof signalSchema>;
export type Template = z.infer<typeof templateSchema>;
export type NgWord = z.infer<typeof ngWordSchema>;
