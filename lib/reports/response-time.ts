import type { HandledRecord } from '../db/records';
import { percentile } from './percentile';

export interface ResponseTime {
  /** Posts whose publication time is known. */
  count: number;
  medianMs: number | null;
  p90Ms: number | null;
}

/**
 * Time from a post's publication to its (first) handling. Posts with no known publication time are
 * left out rather than guessed; a clock skew that puts handling before publication counts as 0.
 */
export function responseTime(posts: readonly HandledRecord[]): ResponseTime {
  const waits = posts
    .filter((r) => r.publishedAt !== null)
    .map((r) => Math.max(0, r.handledAt - r.publishedAt!))
    .sort((a, b) => a - b);
  return { count: waits.length, medianMs: percentile(waits, 0.5), p90Ms: percentile(waits, 0.9) };
}
