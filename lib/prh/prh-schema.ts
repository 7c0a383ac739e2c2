import { z } from 'zod';

// prh's YAML dictionary format (https://github.com/prh/prh), the parts Kizuki reads.

const patternValue = z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]);

export const prhRuleSchema = z.union([
  z.string().min(1),
  z.looseObject({
    expected: z.string(),
    pattern: patternValue.optional(),
    patterns: patternValue.optional(),
    regexpMustEmpty: z.string().regex(/^\$[1-9]$/, 'regexpMustEmpty must be $1…$9').optional(),
    options: z.looseObject({ wordBoundary: z.boolean().optional() }).optional(),
    prh: z.string().optional(),
    specs: z.array(z.object({ from: z.string().min(1), to: z.string() })).optional(),
  }),
]);

const importSchema = z.union([
  z.string().min(1),
  z.looseObject({
    path: z.string().min(1),
    disableImports: z.boolean().optional(),
    ignoreRules: z.array(z.union([z.string(), z.looseObject({ expected: z.string().optional(), pattern: z.string().optional() })])).optional(),
  }),
]);

export const prhFileSchema = z.looseObject({
  version: z.number().optional(),
  imports: z.union([importSchema, z.array(importSchema)]).optional(),
  rules: z.array(prhRuleSchema).optional(),
});

export type PrhRule = z.infer<typeof prhRuleSchema>;
export type PrhFile = z.infer<typeof prhFileSchema>;
