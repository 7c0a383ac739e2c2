import { describe, expect, it } from 'vitest';
import { applyFix, checkDraft } from '../../lib/reply/check-draft';

const findings = (draft: string, tone = 'formal') =>
  checkDraft(draft, { tone, ngWords: [], lang: 'ja' }).findings.filter((f) => f.code === 'emoji-in-formal');
const spans = (draft: string) => findings(draft).map((f) => draft.slice(f.start, f.end));

describe('emoji-in-formal', () => {
  it('flags emoji, whole sequences included', () => {
    expect(spans('ありがとうございます😊')).toEqual(['😊']);
    expect(spans('ご家族でどうぞ👨‍👩‍👧‍👦 よろしくお願いします👍🏽')).toEqual(['👨‍👩‍👧‍👦', '👍🏽']);
    expect(spans('日本🇯🇵から')).toEqual(['🇯🇵']);
    expect(spans('❤️ありがとうございます')).toEqual(['❤️']);
  });

  it('flags kaomoji, bracketed or bare', () => {
    expect(spans('申し訳ございません(；ω；)')).toEqual(['(；ω；)']);
    expect(spans('ありがとうございます(^^)')).toEqual(['(^^)']);
    expect(spans('お待たせしましたm(_ _)m')).toEqual(['m(_ _)m']);
    expect(spans('復旧しました＼(^o^)／')).toEqual(['＼(^o^)／']);
    expect(spans('(´・ω・`)ご不便をおかけします')).toEqual(['(´・ω・`)']);
    expect(spans('ご迷惑をおかけしました><')).toEqual(['><']);
    expect(spans('了解です^^')).toEqual(['^^']);
    expect(spans('それは大変でしたね(笑)')).toEqual(['(笑)']);
    expect(spans('直りました♪')).toEqual(['♪']);
  });

  it('leaves ordinary brackets, symbols and marks alone', () => {
    expect(spans('ACME®（株）の製品(注1)について、(e-mail)と「ご案内」→ご確認ください。※3/1〜')).toEqual([]);
    expect(spans('The price (USD) is 5 > 3 < 10.')).toEqual([]);
  });

  it('applies only to the formal tone', () => {
    expect(findings('ありがとうございます😊', 'casual')).toEqual([]);
    expect(findings('ありがとうございます😊', 'midori-chan')).toEqual([]);
  });

  it('its fix removes the emoji without leaving a double space', () => {
    const draft = 'ありがとうございます 😊 またお待ちしております';
    const [f] = findings(draft);
    expect(f!.severity).toBe('warning');
    expect(applyFix(draft, f!.fix!)).toBe('ありがとうございます またお待ちしております');
  });

  it('names the emoji in the message', () => {
    expect(findings('申し訳ございません(；ω；)')[0]!.message).toContain('(；ω；)');
  });
});
