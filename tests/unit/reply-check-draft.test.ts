import { describe, expect, it } from 'vitest';
import { applyFix, checkDraft } from '../../lib/reply/check-draft';
import { findingSchema } from '../../lib/reply/finding';

const NG = [{ term: '絶対', severity: 'error' as const, suggest: 'できる限り', reason: '断定表現' }];

describe('too-long', () => {
  it('counts CJK as 2 and flags exactly the part past 280', () => {
    const ok = 'ご'.repeat(140);
    expect(checkDraft(ok, { tone: 'formal', ngWords: [] })).toMatchObject({ weightedLength: 280, maxLength: 280, findings: [] });
    const draft = 'ご'.repeat(139) + 'ざいます';
    const report = checkDraft(draft, { tone: 'formal', ngWords: [], lang: 'ja' });
    expect(report.weightedLength).toBe(2 * 143);
    const [f] = report.findings;
    expect(f).toMatchObject({ code: 'too-long', severity: 'error', start: 140, end: 143 });
    expect(f!.message).toContain('286/280');
  });

  it('counts a URL as 23 whatever its length', () => {
    const url = 'https://support.example.com/' + 'a'.repeat(400);
    expect(checkDraft(`詳細はこちら ${url}`, { tone: 'formal', ngWords: [] })).toMatchObject({ weightedLength: 12 + 1 + 23, findings: [] });
  });
});

describe('checkDraft', () => {
  const draft = '⟦name⟧様、絶対に直します😊 ご住所を返信で教えてください。';
  const report = checkDraft(draft, { tone: 'formal', ngWords: NG, lang: 'en' });

  it('runs every check and orders findings errors first, then by position', () => {
    expect(report.findings.map((f) => f.code)).toEqual(['missing-variable', 'ng-word', 'personal-info-public', 'emoji-in-formal']);
  });

  it('every finding has the documented shape and a non-empty message', () => {
    for (const f of report.findings) {
      expect(findingSchema.parse(f)).toEqual(f);
      expect(f.message.length).toBeGreaterThan(0);
      expect(f.end).toBeGreaterThan(f.start);
    }
  });

  it('writes messages in the UI language', () => {
    const ja = checkDraft(draft, { tone: 'formal', ngWords: NG, lang: 'ja' }).findings;
    expect(ja.find((f) => f.code === 'ng-word')!.message).toBe('「絶対」はNGワードです（断定表現）。「できる限り」に言い換えてください。');
    expect(report.findings.find((f) => f.code === 'ng-word')!.message).toBe('“絶対” is on the NG list (断定表現). Use “できる限り” instead.');
  });

  it('applying every fix, last first, leaves only what needs a person', () => {
    let fixed = draft;
    for (const f of [...report.findings].filter((f) => f.fix).sort((a, b) => b.start - a.start)) fixed = applyFix(fixed, f.fix!);
    expect(fixed).toBe('⟦name⟧様、できる限り直します ご住所はDMでお送りください。');
    expect(checkDraft(fixed, { tone: 'formal', ngWords: NG }).findings.map((f) => f.code)).toEqual(['missing-variable']);
  });

  it('a clean casual draft has no findings', () => {
    expect(checkDraft('山田さん、直ってよかったです😊', { tone: 'casual', ngWords: NG }).findings).toEqual([]);
  });
});
