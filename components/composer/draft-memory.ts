import { z } from 'zod';

// A draft survives switching panel tabs (History and back) and reopening the same post while the
// panel stays open. sessionStorage dies with the panel: drafts are never written to disk.
const savedSchema = z.object({
  tone: z.string(),
  chosenId: z.string().optional(),
  filled: z.string().optional(),
  draft: z.string(),
});
export type SavedDraft = z.infer<typeof savedSchema>;

const key = (postId: string) => `kizuki:draft:${postId}`;

export function recallDraft(postId: string): SavedDraft | null {
  try {
    const parsed = savedSchema.safeParse(JSON.parse(sessionStorage.getItem(key(postId)) ?? 'null'));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export function rememberDraft(postId: string, saved: SavedDraft): void {
  try {
    sessionStorage.setItem(key(postId), JSON.stringify(saved));
  } catch {
    // Storage full or unavailable: the draft simply is not kept.
  }
}

export function forgetDraft(postId: string): void {
  try {
    sessionStorage.removeItem(key(postId));
  } catch {
    // Nothing to forget.
  }
}
