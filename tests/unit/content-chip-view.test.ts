import { describe, expect, it } from 'vitest';
import { chipView, handledAttr } from '@/lib/content/features/chip-view';
import type { Classification } from '@/lib/classify/types';
import type { PostState } from '@/lib/contract/post-state';

// What the chip says about a post's state, in each language forced in turn. Operators are known by
// an id (the team server's user name) and shown by their name.

const NOW = Date.parse('2026-01-20T03:00:00Z');
const c: Classification = { id: '1', brands: ['midori'], category: 'complaint', priority: 72, matches: [] };
const NAMES: Record<string, string> = { sato: '佐藤', suzuki: '鈴木', tanaka: '田中' };
const handled = (operator: string, minutesAgo: number) => ({ operator, operatorName: NAMES[operator]!, handledAt: NOW - minutesAgo * 60_000, action: 'replied' });
const claim = (operator: string, inMs: number): PostState => ({ handled: [], claim: { operator, operatorName: NAMES[operator]!, expiresAt: NOW + inMs } });

describe('chip view', () => {
  it('shows category and priority, and the mark button for an unhandled post', () => {
    const ja = chipView(c, { handled: [], claim: null }, 'sato', undefined, NOW, 'ja');
    expect([ja.categoryLabel, ja.priorityLabel, ja.labels.mark]).toEqual(['苦情', '優先度 72', '対応済みにする']);
    const en = chipView(c, { handled: [], claim: null }, 'sato', undefined, NOW, 'en');
    expect([en.categoryLabel, en.priorityLabel, en.labels.mark]).toEqual(['Complaint', 'Priority 72', 'Mark handled']);
    expect(en.state).toBeNull();
    expect(en.showMark).toBe(true);
    expect(en.showUndo).toBe(false);
  });

  it('names every operator who handled the post by their shown name, with how long ago', () => {
    const state: PostState = { handled: [handled('sato', 3), handled('suzuki', 1)], claim: null };
    expect(chipView(c, state, 'tanaka', undefined, NOW, 'ja').state).toEqual({ kind: 'handled', text: '対応済み · 佐藤 · 3分前、鈴木 · 1分前' });
    expect(chipView(c, state, 'tanaka', undefined, NOW, 'en').state?.text).toBe('Handled · 佐藤 · 3 min ago、鈴木 · 1 min ago');
    expect(handledAttr(state, 'tanaka')).toBe('team');
    expect(handledAttr(state, 'sato')).toBe('mine');
  });

  it("warns about a teammate's live claim, but not an expired one or the operator's own", () => {
    expect(chipView(c, claim('sato', 60_000), 'tanaka', undefined, NOW, 'ja').state?.text).toBe('佐藤さんが返信中');
    expect(chipView(c, claim('sato', 60_000), 'tanaka', undefined, NOW, 'en').state?.text).toBe('佐藤 is replying');
    expect(chipView(c, claim('sato', -1), 'tanaka', undefined, NOW, 'en').state).toBeNull();
    expect(chipView(c, claim('tanaka', 60_000), 'tanaka', undefined, NOW, 'en').state).toBeNull();
  });

  it('offers undo only to the operator who just marked it, and only within the undo window', () => {
    const state: PostState = { handled: [handled('tanaka', 0)], claim: null };
    expect(chipView(c, state, 'tanaka', { undoUntil: NOW + 5000, error: null }, NOW).showUndo).toBe(true);
    expect(chipView(c, state, 'tanaka', { undoUntil: NOW - 1, error: null }, NOW).showUndo).toBe(false);
    expect(chipView(c, state, 'suzuki', { undoUntil: NOW + 5000, error: null }, NOW).showUndo).toBe(false);
    expect(chipView(c, state, 'tanaka', undefined, NOW).showMark).toBe(false);
    expect(handledAttr({ handled: [], claim: null }, 'tanaka')).toBeNull();
  });
});
