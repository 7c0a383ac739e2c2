// Japanese negates after the word, so a signal is cancelled by what follows it in the normalised
// (hiragana, lower-case) text:
//   壊れ|てない, 故障|もなく, 不具合|はない           — the trouble is denied
//   最悪|じゃない, 不満|があるわけじゃない             — denied by a copula or わけ/こと
//   届かない|かと思ったけど, 壊れた|と心配してた       — feared, then proven wrong
const AFTER = new RegExp(
  [
    '[てで]?[いはも]?(?:な(?:い|かっ|く|さそう)|ません|ず|ねー|ねえ)',
    '(?:じゃ|では)(?:な|あり)',
    '(?:が|は)?(?:ある)?(?:わけ|こと)(?:じゃ|では|は|が|も)?(?:な|あり)',
    'か?(?:と|って)(?:思|おも)(?:った|ってた|っていた|いきや|ったら|ってたら)',
    'か?(?:と|って)(?:心配|不安|ひやひや|焦)',
  ].join('|'),
  'y',
);

// English negates before: "not broken", "never had a problem", "no issues".
const BEFORE_EN = /(?:\bnot|n't|\bnever|\bno)\s+(?:\w+\s+)?$/;

export function isNegated(norm: string, start: number, end: number): boolean {
  AFTER.lastIndex = end;
  if (AFTER.test(norm)) return true;
  const code = norm.charCodeAt(start);
  if (code < 0x80) return BEFORE_EN.test(norm.slice(Math.max(0, start - 20), start));
  return false;
}
