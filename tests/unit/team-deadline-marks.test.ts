import { describe, expect, it } from 'vitest';
import { chipView } from '@/lib/content/features/chip-view';
import type { Classification } from '@/lib/classify/types';
import { buildReport, lastDays } from '@/lib/reports/report';
import { historyCsv, summaryCsv } from '@/lib/reports/csv';
import { handled } from '../sync-server/fixtures';

// Reply deadlines where the operator meets them: the chip's mark and the reports' count and CSV column.

const NOW = Date.parse('2026-01-20T03:00:00Z');
const c: Classification = { id: '1', brands: ['midori'], category: 'complaint', priority: 72, matches: [] };

describe('overdue on the chip', () => {
  it('says so once the deadline the background sent has passed, in both languages', () => {
    expect(chipView(c, { handled: [], claim: null, deadline: NOW - 1 }, 'sato', undefined, NOW, 'ja').state).toEqual({ kind: 'overdue', text: '返信期限超過' });
    expect(chipView(c, { handled: [], claim: null, deadline: NOW - 1 }, 'sato', undefined, NOW, 'en').state?.text).toBe('Reply overdue');
    expect(chipView(c, { handled: [], claim: null, deadline: NOW + 60_000 }, 'sato', undefined, NOW, 'ja').state).toBeNull();
  });
  it('a handled post is not overdue any more', () => {
    const state = { handled: [{ operator: 'sato', operatorName: '佐藤', handledAt: NOW, action: 'replied' }], claim: null, deadline: NOW - 1 };
    expect(chipView(c, state, 'sato', undefined, NOW, 'ja').state?.kind).toBe('handled');
  });
});

describe('overdue in reports', () => {
  const policy = { replyWithinMinutes: 60 };
  const published = NOW - 3 * 3_600_000;
  const records = [
    handled('1960000000000000011', 'sato', { publishedAt: published, handledAt: published + 30 * 60_000 }),
    handled('1960000000000000012', 'sato', { publishedAt: published, handledAt: published + 90 * 60_000 }),
    handled('1960000000000000013', 'suzuki', { publishedAt: null, handledAt: published + 90 * 60_000 }),
  ];
  const range = lastDays(7, NOW, 540);

  it('counts posts handled after the deadline; none without a policy', () => {
    expect(buildReport(records, range, policy).late).toBe(1);
    expect(buildReport(records, range).late).toBeNull();
    expect(summaryCsv(buildReport(records, range, policy), { lang: 'en' })).toMatch(/Posts handled after the reply deadline,1\r\n/);
    expect(summaryCsv(buildReport(records, range, policy), { lang: 'ja' })).toMatch(/返信期限後に対応した件数,1\r\n/);
  });
  it('marks each history row in the CSV: yes, no, or empty when the publication time is unknown', () => {
    const column = (lang: 'ja' | 'en', header: string) => {
      const lines = historyCsv(records, 540, policy, { lang }).replace(/^\uFEFF/, '').trim().split('\r\n');
      const col = lines[0]!.split(',').indexOf(header);
      expect(col).toBeGreaterThan(0);
      return lines.slice(1).map((l) => l.split(',')[col]);
    };
    expect(column('en', 'After the reply deadline')).toEqual(['No', 'Yes', '']);
    expect(column('ja', '返信期限後')).toEqual(['いいえ', 'はい', '']);
  });
});
