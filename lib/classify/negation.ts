// Japanese negates after the word, so a signal is cancelled by what follows it in the normalised
// (hiragana, lower-case) text:
//   壊れ|てない, 故障|もなく, 不満|が一切なくなった  — the trouble is denied
//   ありがた|くない                                   — an adjective negated
//   最悪|じゃない, 不満|があるわけじゃない             — denied by a copula or わけ/こと
//   届かない|かと思ったけど, 壊れ|たかと思ったら       — feared, then proven wrong
const AFTER = new RegExp(
  [
    '[てで]?[いはもが]?(?:一切|全く|全然|まったく|ぜんぜん)?(?:な(?:い|かっ|く|さそう|し)|ません|ず|ねー|ねえ)',
    'く[はも]?な(?:い|かっ)',
    '(?:じゃ|では)(?:な|あり)',
    '(?:が|は)?(?:ある)?(?:わけ|こと)(?:じゃ|では|は|が|も)?(?:な|あり)',
    '(?:た|てる|ている|てた)?か?(?:と|って)(?:思|おも)(?:った|ってた|っていた|いきや|ったら|ってたら)',
    '(?:た|てる|ている|てた)?か?(?:と|って)(?:心配|不安|ひやひや|焦)',
  ].join('|'),
  'y',
);

// English negates before: "not broken", "never had a problem", "no issues", "nothing wrong", "zero crashes".
const BEFORE_EN = /(?:\bnot|n't|\bnever|\bno|\bnothing|\bzero)\s+(?:\w+\s+)?$/;

export function isNegated(norm: string, start: number, end: number): boolean {
  AFTER.lastIndex = end;
  if (AFTER.test(norm)) return true;
  const code = norm.charCodeAt(start);
  if (code < 0x80) return BEFORE_EN.test(norm.slice(Math.max(0, start - 20), start));
  return false;
}

// A request phrase followed by a tense or aspect ending describes what already happened
// (改善して|る, 設定してくれ|て助かった, 対応して|る?, 教えて|くれた) rather than asking for it.
const DESCRIPTIVE = /(?:る|た|て|い(?!ただ)|ます|くれ[たて]|もらっ|いただい)/y;

export function isDescriptive(norm: string, end: number): boolean {
  DESCRIPTIVE.lastIndex = end;
  return DESCRIPTIVE.test(norm);
}
