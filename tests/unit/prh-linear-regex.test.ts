import { describe, expect, it } from 'vitest';
import { compileLinear, checkRegex, type RegexMatch } from '@/lib/prh/linear-regex';
import { applyRule, fixText } from '@/lib/prh/apply-rule';

// Patterns from prh files run on a linear-time engine. These are patterns a backtracking RegExp
// takes exponential or polynomial time on; the test asserts what comes back, and that it comes back
// at all (with JavaScript's RegExp the first case alone runs for hours on the 40-character draft).

const draft40 = 'a'.repeat(39) + '!';

describe('patterns from files cannot hang', () => {
  it.each([
    ['[]|(a+)+$|[]', 'an empty class hiding a nested quantifier from a hand-written check'],
    ['(a+)+$', 'nested quantifiers'],
    ['(a|aa)*$', 'a repeated group with overlapping alternatives'],
    ['(\\w+\\s?)*$', 'the classic e-mail validator shape'],
  ])('%s (%s) on a 40-character draft: no hit, and the call returns', (source) => {
    expect(applyRule({ source, flags: 'gmu' }, 'x', draft40)).toEqual([]);
  });

  it('a polynomial pattern (a*a*a*b) on 5,000 characters gives its answer', () => {
    expect(applyRule({ source: 'a*a*a*b', flags: 'gmu' }, 'x', 'a'.repeat(5_000))).toEqual([]);
  });

  it('still finds what such patterns match', () => {
    expect(fixText({ source: '[]|(a+)+$|[]', flags: 'gmu' }, 'A', 'xx aaa')).toBe('xx A');
  });
});

describe('patterns the engine cannot run are refused with the reason', () => {
  it.each([
    ['(.)\\1', 'backreference'],
    ['(?<x>.)\\k<x>', 'backreference'],
    ['(?<=a(?=b))c', 'lookahead inside another lookaround'],
    ['(?:a(?!b))+', 'lookahead inside a repeated group'],
    ['(?<=(a))b', 'not supported by the linear-time engine'],
    ['(', 'does not compile'],
    ['a'.repeat(2001), 'longer than'],
    ['(?:(?:a{1000}){1000}){1000}', 'not supported'],
  ])('%s', (source, reason) => {
    const r = checkRegex(source, 'u');
    expect(r.ok ? 'accepted' : r.reason).toContain(reason);
  });

  it('refuses unknown or repeated flags', () => {
    expect(checkRegex('a', 'x').ok).toBe(false);
    expect(checkRegex('a', 'gg').ok).toBe(false);
  });
});

// The engine must give what JavaScript's RegExp gives, on patterns shaped like real prh rules.
function native(source: string, flags: string, text: string): RegexMatch[] {
  const re = new RegExp(source, flags.includes('g') ? flags : flags + 'g');
  const out: RegexMatch[] = [];
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push(Object.assign([...m], { index: m.index, input: text, ...(m.groups ? { groups: { ...m.groups } } : {}) }) as RegexMatch);
    if (m[0] === '') re.lastIndex += text.codePointAt(m.index)! > 0xffff ? 2 : 1;
  }
  return out;
}
function linear(source: string, flags: string, text: string): RegexMatch[] {
  const r = compileLinear(source, flags);
  if (!r.ok) throw new Error(r.reason);
  return [...r.regex.matches(text)].map((m) => Object.assign([...m], { index: m.index, input: text, ...(m.groups ? { groups: m.groups } : {}) }) as RegexMatch);
}

describe('same matches as JavaScript', () => {
  const texts = [
    'サーバーとサーバ、サーバのサーバー',
    'マスターデータとマスタと部署マスタとマスタデータ',
    '同等の等を見る、等が、等の',
    '分かれる分かる判る解る分かった',
    'フィルタリングとフィルタとフィルター',
    'WEB と web と Web、ＷＥＢ',
    '頂きます、頂く、頂上',
    '𠀀側に、漢側へ、あ側が',
    'Q: 本当？！ \n # なぜ？ はい！ok',
    '',
  ];
  it.each([
    ['サーバ(?!ー)', 'gmu'],
    ['(?<!部署|役職)マスタ(?!ー)(データ)?', 'gmu'],
    ['(?<!同)等([をのが、])', 'gmu'],
    ['((?<![自区])分か(?!れる|れて|れた)|判|解)([らりるれっ])', 'gmu'],
    ['フィルタ(?!(ー|リング))', 'gmu'],
    ['web', 'gimu'],
    ['頂([いかきくけこ])', 'gmu'],
    ['(?<![々〇〻\\u3400-\\u9FFF\\uF900-\\uFAFF]|[\\uD840-\\uD87F][\\uDC00-\\uDFFF])側([にへが])', 'gmu'],
    ['(?<!^[#Q][^？！]+)(?!.*[\\{｜\\/\\]］」])([？！])([^　\'"`\\n<\\\\n])', 'gmu'],
    ['(?<word>[a-z]+)(?=\\s|$)', 'gmu'],
    ['x*', 'gmu'],
    ['^.', 'gmu'],
    ['\\bweb\\b', 'gimu'],
  ])('%s', (source, flags) => {
    for (const text of texts) expect(linear(source, flags, text), text).toEqual(native(source, flags, text));
  });

  it('fills $1, $<name>, $& and $$ in the replacement from the original group numbers', () => {
    // The lookahead's own group (ー|リング) is group 1 in JavaScript; (x) is group 2.
    expect(fixText({ source: 'フィルタ(?!(ー|リング))(x)?', flags: 'gmu' }, '[$2$1]$$', 'フィルタx')).toBe('[x]$');
    expect(fixText({ source: '(?<y>\\d{4})年', flags: 'gmu' }, '$<y>/', '2026年')).toBe('2026/');
    expect(fixText({ source: '頂(き)', flags: 'gmu' }, 'い$&', '頂き')).toBe('い頂き');
  });
});
