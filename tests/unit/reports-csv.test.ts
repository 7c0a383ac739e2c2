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

/**
 * RFC 4180 as a spreadsheet reads it: records end at CRLF or LF outside quotes; a quoted field may
 * hold anything, with "" for a quote. Written out here so the test does not trust the writer's library.
 */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = text.startsWith('\uFEFF') ? 1 : 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; }
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === ',') { row.push(field); field = ''; }
    else if (c === '\r' || c === '\n') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field); rows.push(row); row = []; field = '';
    } else field += c;
  }
  if (field !== '' || row.length > 0) { row.push(field); rows.push(row); }
  return rows;
}

describe('CSV export of multi-line posts', () => {
  const posts = [
    'ミドリ電機さん\n冷蔵庫が壊れました\n至急対応してください',
    '返金はまだですか？\r\n=HYPERLINK("http://evil","詳細")\n-2+3\n@support_midori',
    '＝SUM(A1:A9)　全角の式\n＋８１ 電話番号\n－１\n＠ミドリ電機',
    '一行目\n\tタブ始まり',
  ];
  const records = posts.map((text, i) => ({ ...record, postId: `185000000000000001${i}`, text, note: undefined }));

  it('keeps every post in its own row: a line break is quoted, not a new record', () => {
    const rows = parseCsv(historyCsv(records, JST));
    expect(rows).toHaveLength(1 + posts.length);
    // Every record is one row as wide as the header, whatever columns the history gains.
    const header = rows[0]!;
    for (const row of rows) expect(row).toHaveLength(header.length);
    expect(rows[1]![header.indexOf('text')]).toBe('ミドリ電機さん\n冷蔵庫が壊れました\n至急対応してください');
  });

  it('no line of any cell starts like a formula, full-width ＝＋－＠ included', () => {
    const rows = parseCsv(historyCsv(records, JST));
    const lines = rows.slice(1).flatMap((r) => r.flatMap((cell) => cell.split(/\r\n|\r|\n/)));
    const formulaLike = lines.filter((line) => /^[=+\-@\t\uFF1D\uFF0B\uFF0D\uFF20]/.test(line));
    expect(formulaLike).toEqual([]);
    // What the operator reads is still the post, with one apostrophe where a formula would have been.
    expect(rows[2]![9]).toBe('返金はまだですか？\r\n\'=HYPERLINK("http://evil","詳細")\n\'-2+3\n\'@support_midori');
    expect(rows[3]![9]).toBe('\'＝SUM(A1:A9)　全角の式\n\'＋８１ 電話番号\n\'－１\n\'＠ミドリ電機');
  });

  it('numbers stay numbers (a negative count is not a formula)', () => {
    const rows = parseCsv(historyCsv([{ ...record, priority: -1 }], JST));
    expect(rows[1]![4]).toBe('-1');
  });
});
