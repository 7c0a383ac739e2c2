import type { Category } from '../categories';
import type { PredicateRule, ReadingGrammar } from './builtin-grammar';
import type { PriorityRules } from './priority-rules';

/**
 * The compiled form of the active packs plus built-in signals: plain JSON, so the background can build
 * it once and hand it to every content script, which builds its matcher from it.
 */
export interface ClassifierSpec {
  /** Changes whenever the active packs change; lets a content script skip rebuilding. */
  revision: string;
  /** `handles`: the brand's X accounts, lower case, without "@". */
  /** `excludeScripts`: per exclusion, the script of each unit of its matcher form (term-matcher termScripts). */
  brands: { id: string; name: string; terms: string[]; exclude: string[]; excludeScripts: (number[] | null)[]; handles?: string[] }[];
  /** `tier`: complaint severity of these terms (3 cannot use at all, 2 broken or slow, 1 annoyed; default 1). */
  signals: { category: Exclude<Category, 'other'>; terms: string[]; weight: number; tier?: number }[];
  /** Words that raise priority (返金, 詐欺, 漏洩, 解約 …); compileSpec fills in the built-in list. */
  urgent?: string[];
  /** [term, matcher form] for every term above whose form (term-matcher termForm: normalised, stretched
   * spellings folded) differs from how it is written; any other term is its own form. Computed in the
   * background so the content script carries no term normaliser. */
  forms: [string, string][];
  /** How a signal is read in context (negation, conditions, contrast, questioning ends): Japanese and
   * English grammar every spec carries, with or without built-ins (builtin-grammar.ts READING). */
  reading: ReadingGrammar;
  /** The priority formula's figures (priority-rules.ts). */
  priority: PriorityRules;
  /** Built-in grammar (builtin-grammar.ts); absent when built without built-ins: then only the listed
   * signals count (no negative-verb hint, no predicates, no questioning end). */
  grammar?: { predicates: PredicateRule[]; negativeVerb: { pattern: string; exclude: string } };
}
