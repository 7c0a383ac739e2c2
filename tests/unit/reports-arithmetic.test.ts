import { describe, expect, it } from 'vitest';
import type { HandledRecord } from '@/lib/contract/records';
import { buildReport } from '@/lib/reports/report';
import { percentile } from '@/lib/reports/report';
import { lastDays } from '@/lib/reports/report';

const JST = 540;
const MIN = 60_000;
// 2026-11-25 12:00 in Japan.
const NOW = Date.UTC(2026, 10, 25, 3, 0);
const jst = (day: number, hour: number) => Date.UTC(2026, 10, day, hour - 9, 0);

let n = 0;
function rec(extra: Partial<HandledRecord>): HandledRecord {
  n += 1;
  return { postId: String(n), operator: '佐藤', operatorName: extra.operator ?? '佐藤', url: `https://x.com/a/status/${n}`, authorHandle: 'a', category: 'complaint', priority: 50, brands: ['acme'], action: 'replied', handledAt: jst(25, 10), publishedAt: null, sync: 'local', ...extra };
}

// A known week: the figures below are worked out by hand from these records.
const records: HandledRecord[] = [
  rec({ handledAt: jst(23, 0), publishedAt: jst(23, 0) - 10 * MIN, terms: ['圏外', '返金'] }), // 23rd, 00:00 JST (still 22nd in UTC)
  rec({ handledAt: jst(23, 23) + 59 * MIN, publishedAt: jst(23, 23) + 39 * MIN, category: 'question', operator: '鈴木', action: 'dm' }),
  rec({ handledAt: jst(24, 9), publishedAt: jst(24, 9) - 30 * MIN, terms: ['圏外'] }),
  rec({ handledAt: jst(24, 10), publishedAt: jst(24, 10) - 40 * MIN, terms: ['圏外', '遅い'], action: 'escalated', note: '法務に共有', operator: '鈴木' }),
  rec({ handledAt: jst(25, 8), publishedAt: jst(25, 8) - 50 * MIN, category: 'praise', action: 'liked', terms: ['最高'] }),
  rec({ handledAt: jst(25, 9), publishedAt: null, terms: ['返金'], action: 'escalated', note: '至急' }), // unknown publication time
  rec({ handledAt: jst(18, 9), publishedAt: jst(18, 8), terms: ['圏外'] }), // before the range
];
// The same post handled by a second operator later: one post, two records.
records.push({ ...records[2]!, operator: '高橋', handledAt: jst(24, 11), action: 'dm' });

describe('reports on known data', () => {
  const report = buildReport(records, lastDays(3, NOW, JST));

  it('counts posts per day and category in the operator\'s day, zero days included', () => {
    expect(report.posts).toBe(6);
    expect(report.perDay.map((d) => [d.day, d.counts.complaint, d.counts.question, d.counts.praise, d.total])).toEqual([
      ['2026-11-23', 1, 1, 0, 2],
      ['2026-11-24', 2, 0, 0, 2],
      ['2026-11-25', 1, 0, 1, 2],
    ]);
  });

  it('counts every record per operator, busiest first', () => {
    expect(report.perOperator.map((o) => [o.operator, o.total, o.actions.replied, o.actions.dm, o.actions.escalated, o.actions.liked])).toEqual([
      ['佐藤', 4, 2, 0, 1, 1],
      ['鈴木', 2, 0, 1, 1, 0],
      ['高橋', 1, 0, 1, 0, 0],
    ]);
  });

  it('gives median and p90 minutes from publication to first handling, skipping unknown publication times', () => {
    // Waits (min): 10, 20, 30, 40, 50 → median 30; p90 at rank 3.6 → 40 + 0.6 × 10 = 46.
    expect(report.responseTime).toEqual({ count: 5, medianMs: 30 * MIN, p90Ms: 46 * MIN });
  });

  it('lists complaint terms by how many complaint posts carried them', () => {
    expect(report.complaintTerms).toEqual([
      { term: '圏外', posts: 3 },
      { term: '返金', posts: 2 },
      { term: '遅い', posts: 1 },
    ]);
  });

  it('lists escalations newest first with their notes', () => {
    expect(report.escalations.map((e) => e.note)).toEqual(['至急', '法務に共有']);
  });
});

describe('percentile', () => {
  it('interpolates like PERCENTILE.INC and is empty for no data', () => {
    expect(percentile([1, 2, 3, 4], 0.5)).toBe(2.5);
    expect(percentile([5], 0.9)).toBe(5);
    expect(percentile([10, 20, 30, 40, 50, 60, 70, 80, 90, 100], 0.9)).toBeCloseTo(91);
    expect(percentile([], 0.5)).toBeNull();
  });
});
