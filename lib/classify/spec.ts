import type { Category } from '../categories';

/**
 * The compiled form of the active packs plus built-in signals: plain JSON, so the background can build
 * it once and hand it to every content script, which builds its matcher from it.
 */
export interface ClassifierSpec {
  /** Changes whenever the active packs change; lets a content script skip rebuilding. */
  revision: string;
  brands: { id: string; name: string; terms: string[]; exclude: string[] }[];
  signals: { category: Exclude<Category, 'other'>; terms: string[]; weight: number }[];
  /** Words that raise priority (返金, 詐欺, 漏洩, 解約 …); compileSpec fills in the built-in list. */
  urgent?: string[];
}
