import { describe, expect, it } from 'vitest';
import { createClassifier } from '../../lib/classify/classifier';
import { compileSpec } from '../../lib/classify/compile-spec';
import demoPack from '../../lib/pack/demo-pack.json';
import { packSchema } from '../../lib/pack/schema';

// Trouble worded without a stock keyword must reach the complaint queue, and denied trouble must not.
// These sentences are NOT in any labelled set: they check that the built-in patterns generalise.
const { classify } = createClassifier(compileSpec([packSchema.parse(demoPack)]));
const categoryOf = (text: string) => classify({ id: 't', text }).category;

describe('everyday trouble wording', () => {
  it.each([
    'ミドリフォン、急に画面がつかなくなった',
    'ミドリモバイルのアプリでログインできん',
    'ミドリ電機に問い合わせて一週間、返信こない',
    'ミドリフォンのバッテリー、減りが早すぎ',
    'ミドリモバイル今日も遅くて動画止まってる',
    'ミドリ電機のポイント反映されてないんだが',
    'ミドリフォン、昨日から使えなくなった',
    'Midori Mobile has been down since this morning, no service at all',
    'my MidoriPhone keeps freezing after the update',
    'Midori Denki overcharged me and nobody picks up',
  ])('%s → complaint', (text) => {
    expect(categoryOf(text)).toBe('complaint');
  });

  it.each([
    'ミドリフォン2年使ってるけど一度も壊れてない',
    'ミドリモバイル、乗り換えてから問題なく動いてる',
    'ミドリ電機の冷蔵庫、全然壊れないし静か',
    'my MidoriPhone has had zero crashes since the update',
    'nothing wrong with my Midori Phone so far',
  ])('%s → not a complaint', (text) => {
    expect(categoryOf(text)).not.toBe('complaint');
  });

  // Verbs in the negative that no word list names still lean to complaint; conditions, set phrases
  // and not-knowing-how do not.
  it.each([
    ['ミドリ電機のレシート、印字がかすれて読めない', 'complaint'],
    ['ミドリフォンのアラーム、今朝鳴らなかった', 'complaint'],
    ['ミドリモバイルの申し込み画面、何回押しても先に進まない', 'complaint'],
    ['ミドリフォン、これはもう買うしかない', 'other'],
    ['ミドリ電機のポイント、使わないともったいない', 'other'],
    ['ミドリフォンの画面録画のやり方が分からない', 'other'],
  ])('%s → %s', (text, category) => {
    expect(categoryOf(text)).toBe(category);
  });

  it('reads いくら as asking a price, not inside くらい', () => {
    expect(categoryOf('ミドリフォンのカメラ、えぐいくらい綺麗に撮れる')).toBe('praise');
    expect(categoryOf('ミドリモバイルの機種代っていくらくらい')).toBe('question');
  });
});
