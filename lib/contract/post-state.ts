// The handled/claimed state of a post as chips, the queue and the composer all read it
// (lib/handled/post-states.ts getPostStates). No zod here: the content script imports this file.

/** Who did something, as a record stores it: the id the server checks and the name people read. */
export interface OperatorRef {
  operator: string;
  operatorName: string;
}

export interface PostState {
  /** Every operator's record, oldest first (offline duplicates included). */
  handled: (OperatorRef & { handledAt: number; action: string })[];
  /** A live claim ("佐藤さんが返信中"), or null. */
  claim: (OperatorRef & { expiresAt: number }) | null;
  /**
   * When the team's reply deadline for the post passes (epoch ms), worked out by the background from
   * the pack's policy; absent when no deadline is set. The chip marks the post overdue after it.
   */
  deadline?: number;
  /** The team's category (a correction or the learned layer) when it differs from the rules' reading. */
  category?: 'complaint' | 'question' | 'request' | 'praise' | 'other';
}

/**
 * How long "Undo" stays available after marking a post handled: the background refuses later, and
 * chip and panel hide their buttons at `handledAt + UNDO_WINDOW_MS`, read from the same record.
 */
export const UNDO_WINDOW_MS = 10_000;

/** Until when an undo of a record made at `handledAt` is accepted (epoch ms). */
export const undoUntil = (handledAt: number): number => handledAt + UNDO_WINDOW_MS;
