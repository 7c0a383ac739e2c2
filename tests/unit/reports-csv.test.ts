import { describe, expect, it } from 'vitest';
import type { HandledRecord } from '@/lib/contract/records';
import { buildReport, lastDays } from '@/lib/reports/report';
import { escalationsCsv, historyCsv, perDayCsv, perOperatorCsv, spreadsheetTime, summaryCsv, termsCsv } from '@/lib/reports/csv';

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
    const csv = historyCsv([record], JST, null, { lang: 'en', timeZone: 'Asia/Tokyo' });
    const expected =
      '\uFEFF' +
      'Handled at,Handled at (ISO 8601),Operator,Action,Category,Priority,Brands,Author,Posted at,Posted at (ISO 8601),URL,Post text,Reply,Note,Checks sent past\r\n' +
      '2026/11/25 12:00,2026-11-25T12:00:00+09:00,佐藤,Escalated,Complaint,85,acme acme-mobile,taro,2026/11/25 11:45,2026-11-25T11:45:30+09:00,' +
      'https://x.com/taro/status/1850000000000000001,"アクメ、また圏外。""至急""\n直して",,"\'=HYPERLINK(""http://evil"")",\r\n';
    expect(bytes(csv)).toEqual(bytes(expected));
    expect(bytes(csv).slice(0, 3)).toEqual([0xef, 0xbb, 0xbf]);
  });

  it('writes report tables as their own CSV files', () => {
    const report = buildReport([record], lastDays(2, Date.UTC(2026, 10, 25, 5, 0), JST));
    expect(perDayCsv(report, { lang: 'en' })).toBe(
      '\uFEFFDay,Complaint,Question,Request,Praise,Other,Total\r\n2026/11/24,0,0,0,0,0,0\r\n2026/11/25,1,0,0,0,0,1\r\n',
    );
    expect(summaryCsv(report, { lang: 'en' })).toBe(
      '\uFEFFFigure,Value\r\nPosts handled,1\r\nPosts with a known publication time,1\r\nMedian time to handling (minutes),14.5\r\n' +
        '90th percentile time to handling (minutes),14.5\r\nReplies sent past failed checks,0\r\n',
    );
    expect(escalationsCsv(report, { lang: 'en', timeZone: 'Asia/Tokyo' })).toContain('\r\n2026/11/25 12:00,2026-11-25T12:00:00+09:00,佐藤,taro,85,https://x.com/taro/status/1850000000000000001,');
  });

  it('writes a header even when there is nothing to export', () => {
    expect(historyCsv([], JST, null, { lang: 'en' })).toBe(
      '\uFEFFHandled at,Handled at (ISO 8601),Operator,Action,Category,Priority,Brands,Author,Posted at,Posted at (ISO 8601),URL,Post text,Reply,Note,Checks sent past\r\n',
    );
  });
});

describe('CSV export in the operator\'s language', () => {
  const report = buildReport([record, { ...record, postId: '1850000000000000003', action: 'replied', category: 'question' }], lastDays(2, Date.UTC(2026, 10, 25, 5, 0), JST));

  /** The file read back as a spreadsheet would: each row as header → cell. */
  const table = (csv: string) => {
    const [header, ...rows] = parseCsv(csv);
    return rows.map((row) => Object.fromEntries(header!.map((h, i) => [h, row[i]])));
  };

  it('Japanese: headers, categories, actions, checks and yes/no are Japanese; no code or English header is left', () => {
    const overridden = { ...record, action: 'replied' as const, overriddenChecks: ['ng-word', 'too-long'] };
    const csv = historyCsv([overridden], JST, { replyWithinMinutes: 10 }, { lang: 'ja', timeZone: 'Asia/Tokyo' });
    const [row] = table(csv);
    expect(row).toMatchObject({
      対応日時: '2026/11/25 12:00', '対応日時（ISO 8601）': '2026-11-25T12:00:00+09:00', 担当者: '佐藤', 対応: '返信', カテゴリ: '苦情',
      優先度: '85', 投稿者: 'taro', 投稿日時: '2026/11/25 11:45', 返信期限後: 'はい', 無視したチェック: 'NGワード・文字数超過',
    });
    expect(parseCsv(csv)[0]!.join(',')).not.toMatch(/[a-z]_[a-z]|handled|operator|category/i);
    for (const code of ['complaint', 'replied', 'ng-word', 'too-long', 'yes']) expect(csv).not.toContain(code);
  });

  it('Japanese report tables: category and action columns by their names, figures by theirs', () => {
    expect(parseCsv(perDayCsv(report, { lang: 'ja' }))).toEqual([
      ['日付', '苦情', '質問', '要望', '称賛', 'その他', '合計'],
      ['2026/11/24', '0', '0', '0', '0', '0', '0'],
      ['2026/11/25', '1', '1', '0', '0', '0', '2'],
    ]);
    expect(parseCsv(perOperatorCsv(report, { lang: 'ja' }))).toEqual([
      ['担当者', '合計', '返信', 'いいね', 'リポスト', 'DM', '対応不要', 'エスカレーション'],
      ['佐藤', '2', '1', '0', '0', '0', '0', '1'],
    ]);
    expect(parseCsv(termsCsv(report, { lang: 'ja' }))).toEqual([['語', '件数'], ['圏外', '1']]);
    expect(table(summaryCsv(report, { lang: 'ja' }))[0]).toEqual({ 項目: '対応件数', 値: '2' });
    expect(table(escalationsCsv(report, { lang: 'ja', timeZone: 'Asia/Tokyo' }))[0]).toMatchObject({ 対応日時: '2026/11/25 12:00', 担当者: '佐藤', メモ: '\'=HYPERLINK("http://evil")' });
  });

  it('English: the same cells in English words', () => {
    const [row] = table(historyCsv([record], JST, { replyWithinMinutes: 60 }, { lang: 'en', timeZone: 'Asia/Tokyo' }));
    expect(row).toMatchObject({ 'Handled at': '2026/11/25 12:00', Action: 'Escalated', Category: 'Complaint', 'After the reply deadline': 'No' });
    expect(parseCsv(perOperatorCsv(report, { lang: 'en' }))[0]).toEqual(['Operator', 'Total', 'Replied', 'Liked', 'Reposted', 'DM', 'Skipped', 'Escalated']);
  });
});

describe('date-times a spreadsheet reads as dates', () => {
  const at = Date.UTC(2026, 6, 1, 8, 5);
  it('are the wall clock of the operator\'s time zone, summer time included', () => {
    expect(spreadsheetTime(at, 'Asia/Tokyo')).toBe('2026/07/01 17:05');
    expect(spreadsheetTime(at, 'Europe/Berlin')).toBe('2026/07/01 10:05');
    expect(spreadsheetTime(Date.UTC(2026, 11, 1, 8, 5), 'Europe/Berlin')).toBe('2026/12/01 09:05');
    expect(spreadsheetTime(Date.UTC(2026, 11, 31, 15, 0), 'Asia/Tokyo')).toBe('2027/01/01 00:00');
    expect(spreadsheetTime(null)).toBe('');
  });
});

describe('replies sent past failed checks', () => {
  it('are counted in the report and listed by check in the history CSV', () => {
    const overridden = { ...record, postId: '1850000000000000002', action: 'replied' as const, overriddenChecks: ['ng-word', 'too-long'] };
    const report = buildReport([record, overridden], lastDays(2, Date.UTC(2026, 10, 25, 5, 0), JST));
    expect(report.overridden).toBe(1);
    expect(summaryCsv(report, { lang: 'en' })).toContain('Replies sent past failed checks,1\r\n');
    expect(historyCsv([overridden], JST, null, { lang: 'en' }).trimEnd().endsWith(',"NG word, Too long"')).toBe(true);
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

  const csv = historyCsv(records, JST, null, { lang: 'en' });
  const textColumn = parseCsv(csv)[0]!.indexOf('Post text');

  it('keeps every post in its own row: a line break is quoted, not a new record', () => {
    const rows = parseCsv(csv);
    expect(rows).toHaveLength(1 + posts.length);
    // Every record is one row as wide as the header, whatever columns the history gains.
    const header = rows[0]!;
    for (const row of rows) expect(row).toHaveLength(header.length);
    expect(rows[1]![textColumn]).toBe('ミドリ電機さん\n冷蔵庫が壊れました\n至急対応してください');
  });

  it('no line of any cell starts like a formula, full-width ＝＋－＠ included', () => {
    const rows = parseCsv(csv);
    const lines = rows.slice(1).flatMap((r) => r.flatMap((cell) => cell.split(/\r\n|\r|\n/)));
    const formulaLike = lines.filter((line) => /^[=+\-@\t\uFF1D\uFF0B\uFF0D\uFF20]/.test(line));
    expect(formulaLike).toEqual([]);
    // What the operator reads is still the post, with one apostrophe where a formula would have been.
    expect(rows[2]![textColumn]).toBe('返金はまだですか？\r\n\'=HYPERLINK("http://evil","詳細")\n\'-2+3\n\'@support_midori');
    expect(rows[3]![textColumn]).toBe('\'＝SUM(A1:A9)　全角の式\n\'＋８１ 電話番号\n\'－１\n\'＠ミドリ電機');
  });

  it('numbers stay numbers (a negative count is not a formula)', () => {
    const rows = parseCsv(historyCsv([{ ...record, priority: -1 }], JST, null, { lang: 'en' }));
    expect(rows[1]![rows[0]!.indexOf('Priority')]).toBe('-1');
  });
});
