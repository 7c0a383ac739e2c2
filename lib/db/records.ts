import type { Category } from '../categories';

export const HANDLED_ACTIONS = ['replied', 'liked', 'reposted', 'dm', 'skipped', 'escalated'] as const;
export type HandledAction = (typeof HANDLED_ACTIONS)[number];

/**
 * One operator's record that a post was handled. Created, never updated: if two operators handle the
 * same post (e.g. both offline), both records exist and both are shown.
 */
export interface HandledRecord {
  postId: string;
  operator: string;
  url: string;
  authorHandle: string;
  category: Category;
  priority: number;
  brands: string[];
  action: HandledAction;
  /** Epoch ms. */
  handledAt: number;
  /** Epoch ms, when X showed it; null when unknown. */
  publishedAt: number | null;
  replyText?: string;
  note?: string;
  /** The post's own text, for history search and the escalation list; purged with the record. */
  text?: string;
  /** Signal and urgency terms matched in the post (no brand terms): the reports' complaint terms. */
  terms?: string[];
  /** 'local' = made here, not yet accepted by the team server; 'synced' = accepted; 'remote' = a teammate's. */
  sync: 'local' | 'synced' | 'remote';
}

/** "Sato is replying": a short-lived claim on a post. */
export interface ClaimRecord {
  postId: string;
  operator: string;
  /** Epoch ms. */
  expiresAt: number;
}

/** A post the operator has seen in a tab that mentions a brand: the side panel's queue. */
export interface SeenPost {
  postId: string;
  tabId: number;
  url: string;
  authorHandle: string;
  displayName: string;
  text: string;
  lang: string | null;
  publishedAt: number | null;
  category: Category;
  priority: number;
  brands: string[];
  matches: { kind: string; term: string; start: number; end: number; brandId?: string }[];
  seenAt: number;
}

/** A stored pack with its place in the precedence order (lower = applied first, wins ties). */
export interface StoredPack {
  id: string;
  /** The validated pack JSON, as imported. */
  pack: import('../pack/schema').Pack;
  enabled: boolean;
  order: number;
  importedAt: number;
  source: string;
}

/** A document waiting to be accepted by the team server. */
export interface OutboxEntry {
  id?: number;
  db: 'handled' | 'claims';
  docId: string;
  doc: Record<string, unknown>;
  attempts: number;
  nextAttemptAt: number;
  lastError?: string;
}

export interface KeyValue {
  key: string;
  value: unknown;
}
