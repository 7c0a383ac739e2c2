import { describe, expect, it } from 'vitest';
import { checkRegex } from '@/lib/prh/safe-regex';
import { applyRule, MAX_CHECKED_LENGTH } from '@/lib/prh/apply-rule';

describe('safe-regex check', () => {
  it.each([
    ['(a+)+$', 'nested quantifiers'],
    ['(\\w+\\s?)*$', 'nested quantifiers'],
    ['(.*a){12}', 'nested quantifiers'],
    ['((ab)?c)*', 'nested quantifiers'],
    ['(a|ab)*c', 'alternatives'],
    ['(a|a)+', 'alternatives'],
    ['(.)\\1', 'backreferences'],
    ['(?<x>.)\\k<x>', 'backreferences'],
    ['(', 'does not compile'],
    ['a'.repeat(2001), 'longer than'],
  ])('refuses %s', (source, reason) => {
    const r = checkRegex(source, 'u');
    expect(r.ok ? '' : r.reason).toContain(reason);
  });

  it.each(['頂([いかきくけこ])', '(?<!同)等([をのが、])', '(?<!部署|役職)マスタ(?!ー)(データ)?', 'プライバシィ?(?!ー)', '[(]+x', 'a{2,}', '(ab){1}', '(?:カスタム|システム)マスタ'])(
    'accepts %s',
    (source) => expect(checkRegex(source, 'gmu').ok).toBe(true),
  );

  it('refuses unknown or repeated flags', () => {
    expect(checkRegex('a', 'x').ok).toBe(false);
    expect(checkRegex('a', 'gg').ok).toBe(false);
  });

  it('bounds the checked input, so even a slow accepted pattern returns quickly on a huge text', () => {
    const start = performance.now();
    const hits = applyRule({ source: 'a*b', flags: 'u' }, 'c', 'a'.repeat(1_000_000));
    expect(hits).toEqual([]);
    expect(MAX_CHECKED_LENGTH).toBeLessThanOrEqual(5_000);
    expect(performance.now() - start).toBeLessThan(1_000);
  });
});
