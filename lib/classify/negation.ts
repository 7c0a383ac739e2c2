// Japanese negates after the word, so what follows a signal in the normalised (hiragana, lower-case,
// stretched spellings folded) text decides how it counts:
//   壊れ|てない, 故障|もなく, 不満|が一切なくなった, 遅く|ない, 良く|ね         — negated: the polarity flips
//   最悪|じゃない, 不満|があるわけじゃない                                      — negated by a copula or わけ/こと
//   届かない|かと思ったけど, 壊れ|たかと思ったら                               — feared, then proven wrong: dropped
//   ひどく|ないですか, 早く|ない?, 雑すぎ|ない?, おかしく|ね?                   — rhetorical: asserts, not denies
const NEGATION = new RegExp(
  [
    '(?:し|され|でき|出来)?[てで]?[いはもが]?(?:一切|全く|全然|まったく|ぜんぜん|特に|とくに|別に|べつに|ひとつ|一つ|少しも)?も?(?:な(?:い|かっ|く|さそう|し)|ません|ず|ねえ)',
    'く[はも]?(?:な(?:い|かっ)|ね(?![てで]))',
    '(?:じゃ|では)(?:な|あり|ね)',
    '(?:が|は)?(?:ある)?(?:わけ|こと)(?:じゃ|では|は|が|も)?(?:な|あり)',
  ].join('|'),
  'y',
);
const FEARED = new RegExp(
  [
    '(?:[なく]い|なかった|た|てる|ている|てた)?か?(?:と|って)(?:思|おも)(?:った|ってた|っていた|いきや|ったら|ってたら)',
    '(?:[なく]い|た|てる|ている|てた)?か?(?:と|って)(?:心配|不安|ひやひや|焦)',
  ].join('|'),
  'y',
);
// A negative that asks (〜ない？ 〜なくない？ 〜ないですか 〜ね？) is how Japanese asserts a complaint.
const RHETORICAL = /(?:い|かった|いん|ね|ねー|ねえ)?(?:です|っす)?(?:か|の|かな|よね)?[?？]|(?:い|かった)?(?:です|っす)か/y;

// English negates before: "not broken", "never had a problem", "no issues", "nothing wrong", "zero crashes".
const BEFORE_EN = /(?:\bnot|n't|\bnever|\bno|\bnothing|\bzero|\bwithout)\s+(?:\w+\s+)?$/;

export type Negation = 'none' | 'negated' | 'feared' | 'rhetorical';

/** Where the last rhetorical tail read by negationOf ended (its ですか/？ belong to it, not to a question). */
export let rhetoricalEnd = -1;

/** Whether と or っ (every feared reading has one) occurs within `window` units after `end`. */
function quoteNear(norm: string, end: number, window: number): boolean {
  const stop = Math.min(norm.length, end + window);
  for (let i = end; i < stop; i++) {
    const c = norm.charCodeAt(i);
    if (c === 0x3068 || c === 0x3063) return true;
  }
  return false;
}

export function negationOf(norm: string, start: number, end: number): Negation {
  if (quoteNear(norm, end, 10)) {
    FEARED.lastIndex = end;
    if (FEARED.test(norm)) return 'feared';
  }
  NEGATION.lastIndex = end;
  const m = NEGATION.exec(norm);
  if (m) {
    RHETORICAL.lastIndex = end + m[0].length;
    if (!RHETORICAL.test(norm)) return 'negated';
    rhetoricalEnd = RHETORICAL.lastIndex;
    return 'rhetorical';
  }
  const code = norm.charCodeAt(start);
  if (code < 0x80 && BEFORE_EN.test(norm.slice(Math.max(0, start - 20), start))) return 'negated';
  return 'none';
}

export function isNegated(norm: string, start: number, end: number): boolean {
  return negationOf(norm, start, end) !== 'none';
}

// A request phrase followed by a tense or aspect ending describes what already happened
// (改善して|る, 設定してくれ|て助かった, 対応して|る?, 教えて|くれた) rather than asking for it.
const DESCRIPTIVE = /(?:る|た|て|い(?!ただ)|ます|くれ[たて]|もらっ|いただい)/y;

export function isDescriptive(norm: string, end: number): boolean {
  DESCRIPTIVE.lastIndex = end;
  return DESCRIPTIVE.test(norm);
}

// Trouble told as a condition is no report of trouble: 壊れてても値段つく?, 画面割れた時の修理代,
// 速度制限かかったら何kbps, 落ちたら困る.
const HYPOTHETICAL = /(?:て|で|てい|ちゃっ|ても|ってい)?(?:ても|でも)|(?:が|に|を)?(?:かかっ|なっ|し|出|起き|あっ)?(?:た|だ|っ)?(?:たら|た時|たとき|た場合|る場合|る時|ると|れば)/y;

export function isHypothetical(norm: string, end: number): boolean {
  HYPOTHETICAL.lastIndex = end;
  return HYPOTHETICAL.test(norm);
}
