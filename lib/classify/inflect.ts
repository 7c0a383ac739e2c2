// A signal is written once, in its dictionary or negative form; its everyday inflections are found
// too. Built here (when a classifier is built), not in the spec or the lists:
//   使えない  → 使えなく(て/なった), 使えなかった, 使えず, 使えん, 使えねえ
//   遅い      → 遅く(て/なった/ない), 遅かった, 遅すぎ, 遅さ        見やすい → 見やすく(なってて) …
//   使えない  → 使えません(でした), 繋がらない → 繋がりません             (the polite negative)
//   早い      → 早くて (not 早く: 早く直して is an adverb)
//   ほしい ↔ 欲しい, ください ↔ 下さい, できない ↔ 出来ない, 良い ↔ よい, お願い ↔ おねがい  (spellings people mix)
// Stretched spellings (くださーい, ありがとぉ) are folded by lib/text/fold-expressive.ts instead.

const SPELLINGS: [RegExp, string][] = [
  [/ほし/g, '欲し'], [/欲し/g, 'ほし'], [/ください/g, '下さい'], [/下さい/g, 'ください'], [/できな/g, '出来な'],
  [/出来な/g, 'できな'], [/^良/g, 'よ'], [/^よ(?=[いくか])/g, '良'], [/願/g, 'ねが'], [/頼/g, 'たの'], [/んだ/g, 'んや'], [/やす([いくか])/g, '易$1'], [/易([いくか])/g, 'やす$1'],
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
  // Its く-form is an adverb for some stems (早く直して), but the te-form never is: 対応が早くて, 遅くて困る.
  forms.push(ADVERB_STEM.test(stem) ? `${stem}くて` : `${stem}く`);
  if (/[\u4e00-\u9fff]$/.test(stem) || stem.endsWith('し')) forms.push(`${stem}さ`, `${stem}み`);
  return forms;
}

/** A noun or na-adjective of evaluation takes すぎ directly (最高すぎ, 不便すぎ, 神すぎ), outranking a
 * shorter overlapping term (高すぎ inside 最高すぎ). */
function excessForm(term: string): string[] {
  return /[\u4e00-\u9fff]$/.test(term) && term.length >= 2 ? [`${term}すぎ`] : [];
}

// The polite negative takes the verb's 連用形: a godan verb's a-row stem moves to the i-row
// (繋がら → 繋がりません, 動か → 動きません); する/できる and ichidan stems stay (起動しません, 使えません).
const I_ROW: Record<string, string> = { か: 'き', が: 'ぎ', さ: 'し', た: 'ち', な: 'に', ば: 'び', ま: 'み', ら: 'り', わ: 'い' };

function negativeForms(term: string): string[] {
  if (!term.endsWith('ない') || term.length < 3) return [];
  const stem = term.slice(0, -2);
  // Kansai negates with へん (繋がらへん, 使えへん), colloquially with んく/んかった (使えんくなった).
  const forms = [`${stem}なく`, `${stem}なかった`, `${stem}ず`, `${stem}ん`, `${stem}ねえ`, `${stem}へん`, `${stem}なすぎ`, `${stem}なさすぎ`];
  // Only a verb has a polite negative: a stem ending in kana after kanji or kana (not 少な, 足り…).
  const last = stem.slice(-1);
  const polite = I_ROW[last] ?? (/[しえけげせてねべめれじちびりき]/.test(last) ? last : '');
  if (polite && stem.length >= 2 && !/^(?:少|危|汚|切|情け|仕方|問題|意味|しか)/.test(stem)) forms.push(`${stem.slice(0, -1)}${polite}ません`);
  return forms;
}

// A verb written in its dictionary form is also found in its te/ta and polite forms: 違う → 違っ(た/て),
// 違います, 違いました; 固まる → 固まっ(た), 固まります, 固まら(ない). An ichidan verb (e/i-row before る) keeps its stem:
// 途切れる → 途切れ(た/て/ます). Only after a kanji or two kana, so particles and short words stay out.
// The a-row stem (役に立た, 困ら) is what negation follows: 役に立たない reads as a denied praise word.
const GODAN: Record<string, [string, string, string]> = { う: ['っ', 'い', 'わ'], つ: ['っ', 'ち', 'た'], る: ['っ', 'り', 'ら'], む: ['ん', 'み', 'ま'],
  ぶ: ['ん', 'び', 'ば'], す: ['し', 'し', 'さ'], ぐ: ['い', 'ぎ', 'が'] };

function verbForms(term: string): string[] {
  const end = term.slice(-1);
  const stem = term.slice(0, -1);
  if (!GODAN[end] || stem.length < 1 || !/[\u4e00-\u9fff]|[\u3040-\u30ff]{2}$/.test(stem) || /[a-z\s]/i.test(term)) return [];
  if (end === 'る' && /[えけげせぜてでねべめれきぎじちにびみりい]$/.test(stem)) return [`${stem}て`, `${stem}た`, `${stem}ます`, `${stem}ました`];
  const [te, masu, nai] = GODAN[end]!;
  const ta = te === 'ん' || (end === 'ぐ') ? 'だ' : 'た';
  return [`${stem}${te}${ta}`, `${stem}${te}${ta === 'だ' ? 'で' : 'て'}`, `${stem}${masu}ます`, `${stem}${masu}ました`, `${stem}${nai}`];
}

// English: a single word is found in its -s, -ed, -ing and comparative forms (slower, crashed, loves).
function englishForms(term: string): string[] {
  if (!/^[a-z]{3,}$/.test(term)) return [];
  const e = term.endsWith('e');
  const base = e ? term.slice(0, -1) : term;
  return [`${term}s`, `${base}ed`, `${base}ing`, ...(e ? [] : [`${term}er`])];
}

/** Every spelling a signal term is searched under, the term itself first. Verb tenses only for what a
 * post reports (trouble, praise): a request's or a question's past describes (修理頼んだら), it asks nothing. */
export function inflections(term: string, reports = true): string[] {
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
    if (!reports) continue;
    for (const f of verbForms(t)) out.add(f);
    for (const f of englishForms(t)) out.add(f);
  }
  return [...out];
}
