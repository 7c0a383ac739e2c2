// A signal is written once, in its dictionary or negative form; its everyday inflections are found
// too. Built here (when a classifier is built), not in the spec or the lists:
//   使えない  → 使えなく(て/なった), 使えなかった, 使えず, 使えん, 使えねえ
//   遅い      → 遅く(て/なった/ない), 遅かった, 遅すぎ, 遅さ        見やすい → 見やすく(なってて) …
//   ほしい ↔ 欲しい, ください ↔ 下さい, できない ↔ 出来ない, 良い ↔ よい  (spellings people mix)
// Stretched spellings (くださーい, ありがとぉ) are folded by lib/text/fold-expressive.ts instead.

const SPELLINGS: [RegExp, string][] = [
  [/ほし/g, '欲し'], [/欲し/g, 'ほし'], [/ください/g, '下さい'], [/下さい/g, 'ください'], [/できな/g, '出来な'],
  [/出来な/g, 'できな'], [/^良/g, 'よ'], [/^よ(?=[いくか])/g, '良'], [/やす([いくか])/g, '易$1'], [/易([いくか])/g, 'やす$1'],
];

// Not i-adjectives although they end in い: nouns and auxiliaries.
const NOT_ADJECTIVE = /(?:ない|たい|願い|違い|ぐらい|くらい|みたい|れい|嫌い|[^\u3040-\u30ff\u4e00-\u9fff]い)$/;
// A stem whose く-form is mostly an adverb (早く直して, 遅くまで, 多く, よく落ちる): no く variant.
const ADVERB_STEM = /^(?:早|速|はや|遅|おそ|多|少な|近|長|よ|良|うま|すご|ひど|酷)$/;

function adjectiveForms(term: string): string[] {
  if (!term.endsWith('い') || term.length < 2 || NOT_ADJECTIVE.test(term)) return [];
  const stem = term.slice(0, -1);
  if (!/[\u4e00-\u9fff]/.test(stem) && stem.length < 2) return [];
  const forms = [`${stem}かった`, `${stem}すぎ`];
  if (!ADVERB_STEM.test(stem)) forms.push(`${stem}く`);
  if (/[\u4e00-\u9fff]$/.test(stem) || stem.endsWith('し')) forms.push(`${stem}さ`, `${stem}み`);
  return forms;
}

/** A noun or na-adjective of evaluation takes すぎ directly (最高すぎ, 不便すぎ, 神すぎ), outranking a
 * shorter overlapping term (高すぎ inside 最高すぎ). */
function excessForm(term: string): string[] {
  return /[\u4e00-\u9fff]$/.test(term) && term.length >= 2 ? [`${term}すぎ`] : [];
}

function negativeForms(term: string): string[] {
  if (!term.endsWith('ない') || term.length < 3) return [];
  const stem = term.slice(0, -2);
  return [`${stem}なく`, `${stem}なかった`, `${stem}ず`, `${stem}ん`, `${stem}ねえ`];
}

/** Every spelling a signal term is searched under, the term itself first. */
export function inflections(term: string): string[] {
  const out = new Set<string>([term]);
  for (const [re, to] of SPELLINGS) {
    const spelt = term.replace(re, to);
    if (spelt !== term) out.add(spelt);
  }
  // A long vowel spelled with う/い (ありがとう, ちょうだい) is also typed stretched (ありがとー, ちょーだい),
  // which fold-expressive.ts folds to ありがと / ちょだい.
  for (const t of [...out]) {
    const short = t.replace(/([おこそとのほもよろごぞどぼぽょ])う/g, '$1').replace(/([えけせてねへめれげぜでべぺ])い/g, '$1');
    if (short !== t && short.length >= 3) out.add(short);
  }
  for (const t of [...out]) {
    for (const f of negativeForms(t)) out.add(f);
    for (const f of adjectiveForms(t)) out.add(f);
    for (const f of excessForm(t)) out.add(f);
  }
  return [...out];
}
