import type { Category, MatchKind } from '../categories';

/** A post as the classifier sees it: plain text plus what X shows about it, when known. */
export interface PostInput {
  id: string;
  text: string;
  lang?: string;
  /** Epoch ms of publication. */
  publishedAt?: number;
  counts?: { replies?: number; reposts?: number; likes?: number };
  /** Epoch ms "now", for age; defaults to Date.now(). */
  now?: number;
  /** Handles (without @) X shows the post as replying to, when it is a reply. */
  replyTo?: string[];
}

/** A matched span in the ORIGINAL text (UTF-16 offsets, end exclusive). */
export interface MatchSpan {
  kind: MatchKind;
  /** The term as the pack (or built-in list) wrote it. */
  term: string;
  start: number;
  end: number;
  /** For kind 'brand': the brand's id. */
  brandId?: string;
}

export interface Classification {
  id: string;
  brands: string[];
  category: Category;
  /** 0–100, higher is more urgent. */
  priority: number;
  matches: MatchSpan[];
  /** Summed signal weight per category (complaint, question, request, praise): how sure the rules are. */
  scores?: Record<Exclude<Category, 'other'>, number>;
}
