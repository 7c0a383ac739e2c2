import { describe, expect, it } from 'vitest';
import { unescapeJapanese } from '../../build/utf8-content-scripts';

describe('unescapeJapanese (content-script bundle in UTF-8)', () => {
  it('writes Japanese escapes back as characters and leaves everything else as it was', () => {
    const code = String.raw`const a="\u30DF\u30C9\u30EA",b=/[\u3041-\u3096]\u2028/,c="\\u3042",d="\ud83d\ude00\u00a0";`;
    const out = unescapeJapanese(code);
    expect(out).toBe(String.raw`const a="ミドリ",b=/[ぁ-ゖ]\u2028/,c="\\u3042",d="\ud83d\ude00\u00a0";`);
    // Same meaning: both evaluate to the same values.
    const run = (src: string) => new Function(`${src} return [a, b.source, c, d];`)() as unknown[];
    expect(run(out)[0]).toBe(run(code)[0]);
    expect(new RegExp(run(out)[1] as string).test('ぁ\u2028')).toBe(true);
    expect(run(out)[2]).toBe(run(code)[2]);
    expect(run(out)[3]).toBe(run(code)[3]);
  });
});
