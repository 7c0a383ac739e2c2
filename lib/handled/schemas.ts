import { z } from 'zod';
import { CATEGORIES } from '../categories';
import { HANDLED_ACTIONS } from '../db/records';

// What content scripts send about a post is untrusted: bounded strings, known enums, sane numbers.
const postId = z.string().regex(/^\d{1,25}$/);

/** Only a post on X: the URL ends up as a link in the panel and in exported CSV. */
const xUrl = z.string().max(500).refine((value) => {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' && /^(x|twitter)\.com$/.test(url.hostname);
  } catch {
    return false;
  }
}, 'not a post URL on x.com');

export const postSummarySchema = z.object({
  postId,
  url: xUrl,
  authorHandle: z.string().max(50),
  displayName: z.string().max(200),
  text: z.string().max(10_000),
  lang: z.string().max(20).nullable(),
  publishedAt: z.number().int().nonnegative().nullable(),
  category: z.enum(CATEGORIES),
  priority: z.number().min(0).max(100),
  brands: z.array(z.string().max(100)).max(50),
  matches: z
    .array(
      z.object({
        kind: z.string().max(30),
        term: z.string().max(200),
        start: z.number().int().nonnegative(),
        end: z.number().int().nonnegative(),
        brandId: z.string().max(100).optional(),
      }),
    )
    .max(500),
});

export const handledMarkSchema = z.object({
  type: z.literal('handled/mark'),
  post: postSummarySchema,
  action: z.enum(HANDLED_ACTIONS),
  replyText: z.string().max(10_000).optional(),
  note: z.string().max(2_000).optional(),
});

export const handledUndoSchema = z.object({ type: z.literal('handled/undo'), postId });

/** A screenful of posts; more than this in one request is a bug or abuse, not a timeline. */
export const postsStateSchema = z.object({ type: z.literal('posts/state'), postIds: z.array(postId).max(500) });
