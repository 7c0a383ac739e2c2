import { describe, expect, it } from 'vitest';
import { applyFix, checkDraft } from '@/lib/reply';
import { previewFix } from '@/lib/reply/finding';
import type { NgWord } from '@/lib/pack/schema';

// A fix must leave a sentence a person would write: the particle after the NG word belongs to it.
const fixed = (draft: string, term: string, suggest: string) => {
  const ng: NgWord = { term, suggest, severity: 'error' };
  const f = checkDraft(draft, { tone: 'formal', ngWords: [ng], lang: 'ja' }).findings.find((x) => x.code === 'ng-word');
  if (!f?.fix) throw new Error(`no fix for ${term} in ${draft}`);
  return applyFix(draft, f.fix);
};

describe('an NG fix keeps the sentence right', () => {
  it.each([
    // an adverb made with に/と, replaced by a word that is an adverb by itself: the particle goes
    ['絶対に直します', '絶対', 'できる限り', 'できる限り直します'],
    ['絶対に直します', '絶対', 'なるべく', 'なるべく直します'],
    ['絶対に直します', '絶対', '必ず', '必ず直します'],
    ['明日は絶対に伺います', '絶対', 'きちんと', '明日はきちんと伺います'],
    ['確実にお届けします', '確実', '改めて', '改めてお届けします'],
    // …replaced by a stem that needs the particle: it stays
    ['絶対に直します', '絶対', '確実', '確実に直します'],
    // …replaced by a suggestion that already carries it: not twice
    ['絶対に直します', '絶対', '確実に', '確実に直します'],
    // the term written with its particle: replaced exactly as the pack author wrote it
    ['絶対に直します', '絶対に', 'できる限り', 'できる限り直します'],
    ['既にお送りしました', '既に', 'すでに', 'すでにお送りしました'],
    // a noun and its particle: the particle stays with the new noun
    ['御社にご連絡します', '御社', '貴社', '貴社にご連絡します'],
    ['ユーザにお知らせします', 'ユーザ', 'ユーザー', 'ユーザーにお知らせします'],
    ['至急の対応をお願いします', '至急', '早急に', '早急の対応をお願いします'],
    ['至急対応します', '至急', '早急に', '早急に対応します'],
    // a modifier: な/の stay
    ['絶対の自信があります', '絶対', 'できる限り', 'できる限りの自信があります'],
    // a phrase ending in kana: what follows is not its particle
    ['了解しましたと伝えます', '了解しました', '承知いたしました', '承知いたしましたと伝えます'],
    // English is untouched
    ['We guarantee it', 'guarantee', 'will try to ensure', 'We will try to ensure it'],
  ])('%s (%s → %s) → %s', (draft, term, suggest, want) => {
    expect(fixed(draft, term, suggest)).toBe(want);
  });

  it('removing a word removes its particle too', () => {
    expect(fixed('絶対に直します', '絶対', '')).toBe('直します');
  });

  it('applies to a prh rule as well: the particle after its match', () => {
    const ng: NgWord = { term: '絶対', severity: 'error', suggest: 'できる限り', pattern: { source: '絶対', flags: '' } };
    const f = checkDraft('絶対に直します', { tone: 'formal', ngWords: [ng], lang: 'ja' }).findings[0]!;
    expect(applyFix('絶対に直します', f.fix!)).toBe('できる限り直します');
  });

  it('is previewed as before → after, and an emoji fix says it removes', () => {
    const draft = '絶対に直します😊';
    const findings = checkDraft(draft, { tone: 'formal', ngWords: [{ term: '絶対', suggest: 'できる限り', severity: 'error' }], lang: 'ja' }).findings;
    const ng = findings.find((f) => f.code === 'ng-word')!;
    expect(previewFix(draft, ng.fix!)).toEqual({ before: '絶対に', after: 'できる限り', removes: false });
    const emoji = findings.find((f) => f.code === 'emoji-in-formal')!;
    expect(previewFix(draft, emoji.fix!)).toEqual({ before: '😊', after: '', removes: true });
  });
});
