import { describe, expect, it } from 'vitest';
import type { NgWord } from '../../lib/pack/schema';
import { applyFix, checkDraft } from '../../lib/reply/check-draft';

const NG: NgWord[] = [
  { term: '絶対', severity: 'error', suggest: 'できる限り', reason: '断定表現' },
  { term: 'ムリ', severity: 'warning', suggest: '難しい', reason: 'くだけた表現' },
  { term: 'ASAP', severity: 'info' },
  { term: 'damn', severity: 'error' },
];
const check = (draft: string, lang: 'ja' | 'en' = 'ja') =>
  checkDraft(draft, { tone: 'casual', ngWords: NG, lang }).findings.filter((f) => f.code === 'ng-word');

describe('ng-word', () => {
  it('flags a pack NG word with its suggestion and reason, and the fix replaces it', () => {
    const draft = '次回は絶対に遅れません。';
    const [f] = check(draft);
    expect(f).toMatchObject({ severity: 'error', start: 3, end: 5, suggest: 'できる限り' });
    expect(f!.message).toContain('断定表現');
    expect(f!.message).toContain('できる限り');
    expect(applyFix(draft, f!.fix!)).toBe('次回はできる限り遅れません。');
  });

  it('matches katakana, hiragana and half-width variants and maps back to what was typed', () => {
    for (const typed of ['むり', 'ﾑﾘ', 'ムリ']) {
      const draft = `それは${typed}です`;
      const [f] = check(draft);
      expect(draft.slice(f!.start, f!.end)).toBe(typed);
      expect(applyFix(draft, f!.fix!)).toBe('それは難しいです');
    }
  });

  it('matches Latin terms in any width or case, but only as whole words', () => {
    expect(check('対応します ａｓａｐ！').map((f) => f.severity)).toEqual(['info']);
    expect(check('Please reply asap.')).toHaveLength(1);
    expect(check('Damn, sorry!')).toHaveLength(1);
    expect(check('Amsterdamned is a film')).toEqual([]);
  });

  it('reports every occurrence', () => {
    expect(check('絶対、絶対に').map((f) => f.start)).toEqual([0, 3]);
  });

  it('has no fix when the pack gives no suggestion', () => {
    const [f] = check('ASAP', 'en');
    expect(f!.fix).toBeUndefined();
    expect(f!.message).toBe('“ASAP” is on the NG list.');
  });

  it('finds nothing without NG words', () => {
    expect(checkDraft('絶対', { tone: 'formal', ngWords: [] }).findings).toEqual([]);
  });
});

describe('ng-word whose suggestion contains the term', () => {
  const ng: NgWord[] = [{ term: 'ユーザ', severity: 'warning', suggest: 'ユーザー' }];
  const codes = (draft: string) => checkDraft(draft, { tone: 'formal', ngWords: ng }).findings.map((f) => draft.slice(f.start, f.end));

  it('flags the short form but not the form already corrected', () => {
    expect(codes('ユーザ登録')).toEqual(['ユーザ']);
    expect(codes('ユーザー登録')).toEqual([]);
    expect(codes('ユーザー様とユーザ様')).toEqual(['ユーザ']);
  });
});
