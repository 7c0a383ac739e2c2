import { normalize, type Normalized } from '../normalized';
import type { Finding } from '../finding';
import type { Check } from './context';
import { dmFix } from './dm-fix';
import { CAUTION, cueMatcher, normalizedList, PERSONAL_EN, PERSONAL_JA, PRIVATE, PUBLIC, REQUEST } from './personal-info-cues';
import { splitSentences, type Sentence } from './sentences';

const request = cueMatcher(REQUEST);
const privateChannel = cueMatcher(PRIVATE);
const publicThread = cueMatcher(PUBLIC);
const caution = cueMatcher(CAUTION);
// Longest first, so メールアドレス wins over アドレス; ご/お are part of the item (ご住所, お電話番号).
const jaItems = normalizedList(PERSONAL_JA).sort((a, b) => b.length - a.length);
const ITEM = new RegExp(`[ごお]?(?:${jaItems.join('|')})|\\b${PERSONAL_EN}\\b`, 'gu');

const has = (text: string, cues: RegExp) => cues.test(text);

interface Ask {
  sentence: Sentence;
  items: Array<[number, number]>;
}

/** Personal-data items in one normalised sentence, as original spans. */
function itemsIn(norm: Normalized, s: Sentence): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (const m of norm.text.slice(s.start, s.end).matchAll(ITEM)) {
    const a = s.start + m.index;
    spans.push([norm.map[a]!, norm.map[a + m[0].length]!]);
  }
  return spans;
}

function asksInPublic(sentenceText: string, privateElsewhere: boolean): boolean {
  if (has(sentenceText, caution) || !has(sentenceText, request)) return false;
  if (has(sentenceText, publicThread)) return true;
  return !has(sentenceText, privateChannel) && !privateElsewhere;
}

/** `personal-info-public`: asks for personal data in the public reply instead of by DM. */
export const checkPersonalInfoPublic: Check = (draft, ctx) => {
  const norm = normalize(draft);
  const sentences = splitSentences(norm.text);
  const asks: Ask[] = sentences.map((sentence) => ({ sentence, items: itemsIn(norm, sentence) }));
  const findings: Finding[] = [];
  for (const ask of asks) {
    if (ask.items.length === 0) continue;
    const text = norm.text.slice(ask.sentence.start, ask.sentence.end);
    const elsewhere = sentences.some((s) => s !== ask.sentence && has(norm.text.slice(s.start, s.end), privateChannel));
    if (!asksInPublic(text, elsewhere)) continue;
    const fix = dmFix(draft, { start: norm.map[ask.sentence.start]!, end: norm.map[ask.sentence.end]! }, ask.items);
    const items = [...new Set(ask.items.map(([a, b]) => draft.slice(a, b)))].join(ctx.t('listSeparator'));
    findings.push({
      code: 'personal-info-public',
      severity: 'error',
      start: ask.items[0]![0],
      end: ask.items[ask.items.length - 1]![1],
      message: ctx.t('personalInfo', { items }),
      suggest: fix.replacement,
      fix,
    });
  }
  return findings;
};
