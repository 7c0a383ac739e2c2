import { describe, expect, it } from 'vitest';
import type { HandledRecord } from '@/lib/contract/records';
import { buildReport } from '@/lib/reports/report';
import { historyCsv } from '@/lib/reports/csv';
import { lastDays } from '@/lib/reports/report';
import { escalationsCsv, perDayCsv, summaryCsv } from '@/lib/reports/csv';

const JST = 540;
const bytes = (s: string) => [...new TextEncoder().encode(s)];

const record: HandledRecord = {
  postId: '1850000000000000001', operator: '佐藤', operatorName: '佐藤', url: 'https://x.com/taro/status/1850000000000000001',
  authorHandle: 'taro', category: 'complaint', priority: 85, brands: ['acme', 'acme-mobile'], action: 'escalated',
  handledAt: Date.UTC(2026, 10, 25, 3, 0, 0), publishedAt: Date.UTC(2026, 10, 25, 2, 45, 30),
  text: 'アクメ、また圏外。"至急"\n直して', note: '=HYPERLINK("http://evil")', terms: ['圏外'], sync: 'local',
};

describe('CSV export', () => {
  it('writes the history byte for byte: BOM, CRLF, quoted newlines and quotes, formulas neutralised', () => {
    const csv = historyCsv([record], JST);
    const expected =
      '\uFEFF' +
      'handled_at,operator,action,category,priority,brands,author_handle,published_at,url,text,reply,note,overridden_checks\r\n' +
      '2026-11-25 12:00:00+09:00,佐藤,escalated,complaint,85,acme acme-mobile,taro,2026-11-25 11:45:30+09:00,' +
      'https://x.com/taro/status/1850000000000000001,"アクメ、また圏外。""至急""\n直して",,"\'=HYPERLINK(""http://evil"")",\r\n';
    expect(bytes(csv)).toEqual(bytes(expected));
    expect(bytes(csv).slice(0, 3)).toEqual([0xef, 0xbb, 0xbf]);
  });

  it('writes report tables as their own CSV files', () => {
    const report = buildReport([record], lastDays(2, Date.UTC(2026, 10, 25, 5, 0), JST));
    expect(perDayCsv(report)).toBe(
      '\uFEFFday,complaint,question,request,praise,other,total\r\n2026-11-24,0,0,0,0,0,0\r\n2026-11-25,1,0,0,0,0,1\r\n',
    );
    expect(summaryCsv(report)).toBe(
      '\uFEFFmetric,value\r\nposts_handled,1\r\nposts_with_publication_time,1\r\nmedian_minutes_to_handling,14.5\r\np90_minutes_to_handling,14.5\r\nreplies_with_overridden_checks,0\r\n',
    );
    expect(escalationsCsv(report)).toContain('\r\n2026-11-25 12:00:00+09:00,佐藤,taro,85,https://x.com/taro/status/1850000000000000001,');
  });

  it('writes a header even when there is nothing to export', () => {
    expect(historyCsv([], JST)).toBe('\uFEFFhandled_at,operator,action,category,priority,brands,author_handle,published_at,url,text,reply,note,overridden_checks\r\n');
  });
});

describe('replies sent past failed checks', () => {
  it('are counted in the report and listed by check in the history CSV', () => {
    const overridden = { ...record, postId: '1850000000000000002', action: 'replied' as const, overriddenChecks: ['ng-word', 'too-long'] };
    const report = buildReport([record, overridden], lastDays(2, Date.UTC(2026, 10, 25, 5, 0), JST));
    expect(report.overridden).toBe(1);
    expect(summaryCsv(report)).toContain('replies_with_overridden_checks,1\r\n');
    expect(historyCsv([overridden], JST).trimEnd().endsWith(',ng-word too-long')).toBe(true);
  });
});
