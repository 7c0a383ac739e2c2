import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../lib/reply/check-draft';

const check = (draft: string, lang: 'ja' | 'en' = 'en') =>
  checkDraft(draft, { tone: 'formal', ngWords: [], lang }).findings.filter((f) => f.code === 'missing-variable');

describe('missing-variable', () => {
  it('flags the marker left by fillTemplate as an error naming the variable', () => {
    const [f] = check('⟦name⟧様、お問い合わせありがとうございます。');
    expect(f).toMatchObject({ severity: 'error', start: 0, end: 6 });
    expect(f!.message).toContain('{{name}}');
  });

  it('flags raw braces pasted or typed by hand', () => {
    const draft = 'Hi {{ name }}, thanks for reaching out.';
    const [f] = check(draft);
    expect(draft.slice(f!.start, f!.end)).toBe('{{ name }}');
  });

  it('speaks Japanese when the UI does', () => {
    expect(check('⟦product⟧の件', 'ja')[0]!.message).toContain('値がありません');
  });

  it('says nothing about ordinary brackets', () => {
    expect(check('【重要】{名前} [info] 「ご案内」')).toEqual([]);
  });
});
