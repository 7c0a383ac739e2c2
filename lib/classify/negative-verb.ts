// A verb in the negative is the commonest shape of everyday trouble on X, far beyond any word list:
// 進まない, 通らなくて, 溜まらん, 一回も出ない, 読めなかった, 反映されてない, 来ねえ. The stem's last kana (folded to
// hiragana) tells a verb from an adjective (良くない), a noun (問題ない) or a state (ある/ない). It counts
// once per post, and not where a named signal was already negated (壊れてない is denied trouble, read by
// the flip in classifier.ts). Not when the negative is a condition, an instruction or a question
// (〜ないと, 〜ないで, 〜ないように, 〜ないか, 〜ないの), nor in set phrases that praise or shrug, nor for not
// knowing how (分からない asks more often than it complains).
const NEGATIVE_VERB = /(?:[かがさしたなばまらわえけげせてねべめれこ]|[出見来寝]|んで)(?:な(?:い|かった|くて|くな)|ねえ|ません(?!か))(?![とで]|よう|か(?!った)|の(?:[?？]|$|かな|か))|[かがたばまらわえれ]ん(?=[。、!?\s…]|$|けど|のに|し[。、\s]|やん|わ|よ|くて|かった)/g;
// Set phrases that praise or shrug (しか/たまら/手放せ + ない: "nothing else will do", "can't put it down"),
// conditions and copulas, and not knowing how.
const NOT_TROUBLE = /しか[なん]|たまら[なん]|気になら[なん]|変わら[なん]|減ら[なん]|かまわ[なん]|構わ[なん]|止まら[なん]|手放せ[なん]|欠かせ[なん]|わから[なん]|分から[なん]|判ら[なん]|しれ[なん]|知れ[なん]|忘れ[なん]|ざるをえな|ではな|じゃな|てはな|かな|せな|みかん|いけな|いら[なん]|要ら[なん]|かねな|くなって|比べ|負け[なん]|気にし|離れ[なん]|後悔し|損はし|損し|しな[いか].{0,2}[?？]|ありませ|すみませ|しませ/;

/** Where the first negative verb outside the `skip` ranges (flat [start, end) pairs) is, or -1. */
export function negativeVerbAt(norm: string, skip: readonly number[] = []): number {
  for (const m of norm.matchAll(NEGATIVE_VERB)) {
    const at = m.index;
    if (NOT_TROUBLE.test(norm.slice(Math.max(0, at - 4), at + 3))) continue;
    let skipped = false;
    for (let i = 0; i < skip.length; i += 2) if (at + 1 >= skip[i]! && at <= skip[i + 1]! + 2) skipped = true;
    if (!skipped) return at;
  }
  return -1;
}
