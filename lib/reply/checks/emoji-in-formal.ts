import type { Finding } from '../finding';
import type { Check } from './context';

// Emoji: a grapheme drawn as a picture. ©, ®, ™ and ‼ are Extended_Pictographic but are plain
// text unless followed by VS16, so a bare "ACME®" is not flagged.
const EMOJI = /\p{Emoji_Presentation}|\p{Extended_Pictographic}\uFE0F|\p{Regional_Indicator}|\u20E3/u;
const DECORATION = /^[♪♫♬♡]$/u;

// Kaomoji: a face in brackets ((^^) (；ω；) (´・ω・`) (>_<)), with optional arms (m(_ _)m, ＼(^o^)／),
// or the bare forms Japanese writers use (^^ ^_^ >< T_T orz (笑) 草w).
// Inside the brackets: at least one eye or mouth, no digits, no Japanese words, no Latin word.
const FACE = String.raw`[\^＾ω▽∀Ддεﾟº°´｀\x60・;；_＿><＞＜≧≦◕‿ᴗ꒳∩]`;
const INSIDE = String.raw`(?=[^()（）\n]*${FACE})(?![^()（）\n]*[A-Za-z]{3})[^()（）\n\p{N}\p{Script=Hiragana}\p{Script=Han}\u30A1-\u30FA]{1,14}`;
const BRACKETED = String.raw`[mヽ＼\\٩o]?[(（]${INSIDE}[)）][mノ／/۶o]?`;
const BARE = String.raw`\^[_\-ｰ.o]?\^;?|＾[_＿]?＾|>[_＿]?<|＞[_＿]?＜|[TＴ][_＿][TＴ]|\borz\b|\bOTL\b|[(（][笑泣汗爆][)）]`;
const LAUGH = String.raw`(?<=[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}])[wｗ]+(?=$|[\s。！!？?、])`;
const KAOMOJI = new RegExp(`${BRACKETED}|${BARE}|${LAUGH}`, 'gu');

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

function* emojiSpans(draft: string): Generator<[number, number]> {
  for (const { segment, index } of segmenter.segment(draft))
    if (EMOJI.test(segment) || DECORATION.test(segment)) yield [index, index + segment.length];
}

function* kaomojiSpans(draft: string): Generator<[number, number]> {
  for (const m of draft.matchAll(KAOMOJI)) yield [m.index, m.index + m[0].length];
}

/** Removing "ありがとうございます 😊 " should not leave two spaces behind. */
function removal(draft: string, start: number, end: number) {
  const spaceBefore = start > 0 && /\s/.test(draft[start - 1]!);
  const spaceAfter = end >= draft.length || /\s/.test(draft[end]!);
  return { start: spaceBefore && spaceAfter ? start - 1 : start, end, replacement: '' };
}

/** `emoji-in-formal`: emoji, kaomoji and playful symbols in a formal-tone draft. */
export const checkEmojiInFormal: Check = (draft, ctx) => {
  if (ctx.tone !== 'formal') return [];
  const spans = [...emojiSpans(draft), ...kaomojiSpans(draft)].sort((a, b) => a[0] - b[0]);
  const findings: Finding[] = [];
  let coveredUntil = -1;
  for (const [start, end] of spans) {
    // An emoji inside a kaomoji ((^^)♪ is two, but ٩(◕‿◕)۶ is one) is reported once.
    if (start < coveredUntil) continue;
    coveredUntil = end;
    findings.push({
      code: 'emoji-in-formal',
      severity: 'warning',
      start,
      end,
      message: ctx.t('emojiInFormal', { emoji: draft.slice(start, end) }),
      fix: removal(draft, start, end),
    });
  }
  return findings;
};
