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
  // Optional, from a prh dictionary: a regular expression run by the linear-time engine (lib/prh/linear-regex.ts) through
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
  /** How often the team re-runs this search (定期巡回); overrides the pack's searchIntervalMinutes. */
  intervalMinutes: z.number().int().min(L.searchIntervalMin).max(L.searchIntervalMax).optional(),
});

// Reply deadlines: how soon a post must be answered, counted from when it was posted, optionally in
// business minutes only (the clock stops outside the hours, on days off and on listed holidays).
const clockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, 'a time of day as HH:MM');
const minutesOf = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3));
function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

export const businessHoursSchema = z
  .looseObject({
    /** 1 = Monday … 7 = Sunday (0 is also Sunday, as in cron). */
    days: z.array(z.number().int().min(0).max(7)).min(1).max(8),
    start: clockTime,
    end: clockTime,
    /** An IANA time zone, e.g. Asia/Tokyo. */
    timeZone: z.string().min(1).max(64).refine(isTimeZone, 'an IANA time zone such as Asia/Tokyo'),
    /** Dates (in timeZone) when nobody is expected to answer, e.g. national holidays. */
    holidays: z.array(z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD')).max(L.holidays).optional(),
  })
  .refine((h) => minutesOf(h.end) > minutesOf(h.start), { message: 'end must be later than start', path: ['end'] });

export const replyDeadlineSchema = z.looseObject({
  replyWithinMinutes: z.number().int().min(1).max(L.replyWithinMinutesMax),
  businessHours: businessHoursSchema.optional(),
});

/** How the composer treats a draft with an error finding (NG word, too long, personal info asked in public). */
export const replyChecksSchema = z.looseObject({
  /** false: no reply with an error goes to X from the panel; default true (the operator confirms, the record says so). */
  allowOverride: z.boolean().optional(),
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
  /** Default interval of the saved searches' rounds, in minutes. */
  searchIntervalMinutes: z.number().int().min(L.searchIntervalMin).max(L.searchIntervalMax).optional(),
  replyDeadline: replyDeadlineSchema.optional(),
  replyChecks: replyChecksSchema.optional(),
});

export type Pack = z.infer<typeof packSchema>;
export type Brand = z.infer<typeof brandSchema>;
export type Signal = z.infer<typeof signalSchema>;
export type Template = z.infer<typeof templateSchema>;
export type NgWord = z.infer<typeof ngWordSchema>;
export type ReplyChecks = z.infer<typeof replyChecksSchema>;
export type ReplyDeadline = z.infer<typeof replyDeadlineSchema>;
export type BusinessHours = z.infer<typeof businessHoursSchema>;
export type Persona = z.infer<typeof personaSchema>;
