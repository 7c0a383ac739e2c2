import { describe, expect, it } from 'vitest';
import { chipView, handledAttr } from '@/lib/content/chip-view';
import type { Classification } from '@/lib/classify/types';
import type { PostState } from '@/lib/contract/messages';

// What the chip says about a post's state. Tests run with the browser language of the machine, so
// they accept the Japanese or the English wording, never a hard-coded single form.

const NOW = Date.parse('2026-01-20T03:00:00Z');
const c: Classification = { id: '1', brands: ['midori'], category: 'complaint', priority: 72, matches: [] };
const handled = (operator: string, minutesAgo: number) => ({ operator, handledAt: NOW - minutesAgo * 60_000, action: 'replied' as const });

describe('chip view', () => {
  it('shows category and priority, and the mark button for an unhandled post', () => {
    const v = chipView(c, { handled: [], claim: null }, '佐藤', undefined, NOW);
    expect(v.categoryLabel).toMatch(/^(苦情|Complaint)$/);
    expect(v.priorityLabel).toMatch(/72/);
    expect(v.state).toBeNull();
    expect(v.showMark).toBe(true);
    expect(v.showUndo).toBe(false);
  });

  it('names every operator who handled the post, with how long ago', () => {
    const state: PostState = { handled: [handled('佐藤', 3), handled('鈴木', 1)], claim: null };
    const v = chipView(c, state, '田中', undefined, NOW);
    expect(v.state?.kind).toBe('handled');
    expect(v.state?.text).toMatch(/^(対応済み|Handled) · 佐藤 · (3分前|3 min ago)、鈴木 · (1分前|1 min ago)$/);
    expect(handledAttr(state)).toBe('佐藤, 鈴木');
  });

  it("warns about a teammate's live claim, but not an expired one or the operator's own", () => {
    const claim = (operator: string, inMs: number): PostState => ({ handled: [], claim: { operator, expiresAt: NOW + inMs } });
    expect(chipView(c, claim('佐藤', 60_000), '田中', undefined, NOW).state?.text).toMatch(/佐藤(さんが返信中| is replying)/);
    expect(chipView(c, claim('佐藤', -1), '田中', undefined, NOW).state).toBeNull();
    expect(chipView(c, claim('田中', 60_000), '田中', undefined, NOW).state).toBeNull();
  });

  it('offers undo only to the operator who just marked it, and only for a few seconds', () => {
    const state: PostState = { handled: [handled('田中', 0)], claim: null };
    expect(chipView(c, state, '田中', { undoUntil: NOW + 5000, error: null }, NOW).showUndo).toBe(true);
    expect(chipView(c, state, '田中', { undoUntil: NOW - 1, error: null }, NOW).showUndo).toBe(false);
    expect(chipView(c, state, '鈴木', { undoUntil: NOW + 5000, error: null }, NOW).showUndo).toBe(false);
    expect(chipView(c, state, '田中', undefined, NOW).showMark).toBe(false);
    expect(handledAttr({ handled: [], claim: null })).toBeNull();
  });
});
