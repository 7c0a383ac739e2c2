import { z } from 'zod';
import { CATEGORIES } from '../categories';
import { operatorIdSchema, postIdSchema } from './records';

// An operator's correction of a post's category: the team's teaching for the learned layer
// (lib/classify/learned.ts). One per operator per post; the post's words travel with it because
// the model learns from wording, not from ids.

/** Post text kept with a correction: enough to learn from, short enough to sync cheaply. */
export const CORRECTION_TEXT_MAX = 2000;

export const correctionRecordSchema = z.object({
  postId: postIdSchema,
  operator: operatorIdSchema,
  operatorName: z.string().max(100),
  /** The category the operator confirmed. */
  category: z.enum(CATEGORIES),
  /** What Kizuki had said (rules or learned layer), for the export and for measuring the rules. */
  previousCategory: z.enum(CATEGORIES),
  text: z.string().max(CORRECTION_TEXT_MAX),
  brands: z.array(z.string().max(100)).max(50),
  correctedAt: z.number().int().nonnegative(),
  /** 'local' = not yet accepted by the team server; 'synced' = accepted; 'remote' = a teammate's; 'refused' = the server said no (see sync errors). */
  sync: z.enum(['local', 'synced', 'remote', 'refused']),
});
export type CorrectionRecord = z.infer<typeof correctionRecordSchema>;
