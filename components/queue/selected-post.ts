import { z } from 'zod';
import { db } from '@/lib/db/database';

// db.kv 'selectedPost' is written by the background when a chip's Reply button sends composer/open,
// and by the panel when the operator picks a post in the queue. Accept a bare post id too, so either
// writer can stay minimal.
const selectionSchema = z.union([
  z.object({ postId: z.string().min(1), tabId: z.number().nullish(), at: z.number().optional() }),
  z.string().min(1).transform((postId) => ({ postId, tabId: undefined, at: undefined })),
]);
export type Selection = z.infer<typeof selectionSchema>;

export const SELECTED_POST_KEY = 'selectedPost';

export async function readSelection(): Promise<Selection | null> {
  const row = await db.kv.get(SELECTED_POST_KEY);
  const parsed = selectionSchema.safeParse(row?.value);
  return parsed.success ? parsed.data : null;
}

export async function selectPost(postId: string, tabId?: number): Promise<void> {
  await db.kv.put({ key: SELECTED_POST_KEY, value: { postId, tabId, at: Date.now() } });
}

export async function clearSelection(): Promise<void> {
  await db.kv.delete(SELECTED_POST_KEY);
}
