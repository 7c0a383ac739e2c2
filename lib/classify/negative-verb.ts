// A verb in the negative is the commonest shape of everyday trouble on X, far beyond any word list:
// 進まない, 通らない, 溜まらない, 一回も出ない, 読めなかった. The stem's last kana (folded to hiragana)
// tells a verb from an adjective (良くない), a noun (問題ない) or a denied state (壊れてない). It is a weak hint (a named signal
// outweighs it) and counts once per post. Not when the negative is a condition, an instruction or a
// question (〜ないと, 〜ないで, 〜ないように, 〜ないか, 〜ないの), nor in set phrases that praise or shrug,
// nor for not knowing how (分からない asks more often than it complains).
const NEGATIVE_VERB = /(?:[かさたばまらわえめべこ]|[出見来寝])(?:な(?:い|かった)|ねー|ねえ)(?![とでよかの])/g;
const NOT_TROUBLE = /しかな|たまらな|気にならな|変わらな|減らな|かまわな|構わな|止まらな|手放せな|欠かせな|わからな|分からな|判らな/;

export function hasNegativeVerb(norm: string): boolean {
  for (const m of norm.matchAll(NEGATIVE_VERB)) {
    if (!NOT_TROUBLE.test(norm.slice(Math.max(0, m.index - 4), m.index + 3))) return true;
  }
  return false;
}
