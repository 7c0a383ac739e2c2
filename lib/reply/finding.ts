import { z } from 'zod';

// One problem found in a reply draft. Offsets are JavaScript string indices (UTF-16 code units,
// end exclusive) so they map straight onto a <textarea>'s selectionStart/selectionEnd.
export const FINDING_CODES = [
  'ng-word',
  'too-long',
  'personal-info-public',
  'emoji-in-formal',
  'template-unchanged',
  'missing-variable',
] as const;

export const fixSchema = z.object({
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  replacement: z.string(),
});

export const findingSchema = z.object({
  code: z.enum(FINDING_CODES),
  severity: z.enum(['error', 'warning', 'info']),
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  message: z.string(),
  suggest: z.string().optional(),
  fix: fixSchema.optional(),
});

export type FindingCode = (typeof FINDING_CODES)[number];
export type Fix = z.infer<typeof fixSchema>;
export type Finding = z.infer<typeof findingSchema>;

/** What a fix does, for showing it before it is applied: `before → after`, or that it removes. */
export interface FixPreview {
  before: string;
  after: string;
  removes: boolean;
}

export function previewFix(draft: string, fix: Fix): FixPreview {
  const before = draft.slice(fix.start, fix.end);
  return { before, after: fix.replacement, removes: fix.replacement.trim() === '' && before.trim() !== '' };
}
