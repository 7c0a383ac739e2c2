import { describe, expect, it } from 'vitest';
import { normalize, normalizeTerm } from '../../lib/text/normalize';

describe('normalize', () => {
  it('folds the variants a pack author should not have to write', () => {
    const target = normalizeTerm('ミドリ電機');
    for (const variant of ['みどり電機', 'ﾐﾄﾞﾘ電機', 'ミドリ電機', 'ﾐﾄﾞﾘ電機']) expect(normalizeTerm(variant)).toBe(target);
    expect(normalizeTerm('ＡＣＭＥ')).toBe('acme');
    expect(normalizeTerm('Acme')).toBe('acme');
    expect(normalizeTerm('＃ミドリ電機')).toBe('#' + target);
  });

  it('composes half-width and combining voicing marks: ﾊﾟﾝ, か + ゙', () => {
    expect(normalizeTerm('ﾊﾟﾝ')).toBe('ぱん');
    expect(normalizeTerm('ﾄﾞﾗｲﾔｰ')).toBe('どらいやー');
    expect(normalizeTerm('か\u3099')).toBe('が');
    expect(normalizeTerm('ウ\u3099')).toBe('ゔ');
  });

  it('collapses long-vowel runs after kana but keeps small kana', () => {
    expect(normalizeTerm('さいこーーー')).toBe('さいこー');
    expect(normalizeTerm('ありがと〜')).toBe('ありがとー');
    expect(normalizeTerm('サーバー')).toBe('さーばー');
    expect(normalizeTerm('きって')).not.toBe(normalizeTerm('きつて'));
  });

  it('drops zero-width characters that would split a brand name', () => {
    expect(normalizeTerm('ミ\u200bドリ')).toBe('みどり');
    expect(normalizeTerm('❤\ufe0f')).toBe('❤');
  });

  it('maps every normalised index back to the original text, end included', () => {
    const src = '😊ﾐﾄﾞﾘ電機でＡＣＭＥ';
    const { text, map } = normalize(src);
    expect(map.length).toBe(text.length + 1);
    expect(map[text.length]).toBe(src.length);
    const at = text.indexOf('みどり電機');
    expect(src.slice(map[at], map[at + 'みどり電機'.length])).toBe('ﾐﾄﾞﾘ電機');
    const acme = text.indexOf('acme');
    expect(src.slice(map[acme], map[acme + 4])).toBe('ＡＣＭＥ');
    // The emoji's two UTF-16 units stay two units, so offsets after it stay right.
    expect(text.slice(0, 2)).toBe('😊');
  });

  it('keeps offsets non-decreasing on arbitrary mixed input', () => {
    const src = 'ｶﾞｷﾞｸﾞ①㈱ABCｱｲｳ〜〜x\u200b🎉ミドリ゛';
    const { map } = normalize(src);
    for (let i = 1; i < map.length; i++) expect(map[i]!).toBeGreaterThanOrEqual(map[i - 1]!);
  });

  it('folds terms exactly as it folds post text (normalizeTerm keeps its own loop for speed)', () => {
    const samples = ['ﾐﾄﾞﾘ電機', 'ＡＣＭＥ', 'さいこ〜〜ー', '😊ミ\u200bドリ', '㈱ミドリ', 'か\u3099', 'Ｗｉ－Ｆｉ', 'ｻｰﾊﾞｰ', '①②', 'Ⅻ'];
    for (const s of samples) expect(normalizeTerm(s)).toBe(normalize(s).text);
  });
});
