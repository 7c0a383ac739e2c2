import { describe, expect, it } from 'vitest';
import { createClassifier } from '../../lib/classify/classifier';
import { classifyWithLearning, correctionsForTraining } from '../../lib/classify/combine';
import { compileSpec } from '../../lib/classify/compile-spec';
import { isLearnedModel, predictLearned, trainLearnedModel, trainLearnedModelInSteps, type Correction } from '../../lib/classify/learned';
import corpus from '../../lib/classify/base-corpus.json';
import type { BaseCorpus } from '../../lib/classify/base-model';
import demoPack from '../../lib/pack/demo-pack.json';
import { packSchema } from '../../lib/pack/schema';

// The team's learned layer: corrections in, later posts of similar wording classified as the team
// did, and every result says which layer decided.
const spec = compileSpec([packSchema.parse(demoPack)]);
const classifier = createClassifier(spec);

// A team whose customers call a frozen payment screen 「ぐるぐる地獄」: no built-in list knows it, so the
// rules call these posts "other" until the team corrects a few.
const corrections: Correction[] = [
  ...['決済画面でぐるぐる地獄', '支払いでまたぐるぐる地獄なんだが', 'ぐるぐる地獄で買えない人多数', '今日もぐるぐる地獄かよ',
    'ポイント払いにするとぐるぐる地獄', 'カード変えてもぐるぐる地獄'].map((t) => ({ text: `ミドリ電機のアプリ、${t}`, category: 'complaint' as const })),
  ...['新しいCM見た', '駅前に新店舗できてた', '福袋の列できてる', 'ロゴ変わった', 'チラシ入ってた', 'テレビで特集されてた',
    '隣にカフェできた', '袋持ってる人多い', 'エスカレーター長い', 'セール始まるらしい', '株主総会あったらしい',
    '社長交代のニュース見た', 'キャラのぬいぐるみ取った', '看板が光ってる', '新社屋できるって'].map((t) => ({ text: `ミドリ電機の${t}`, category: 'other' as const })),
];

describe('learned layer', () => {
  const model = trainLearnedModel(correctionsForTraining(corrections, classifier));

  it('is plain JSON that survives a round trip and is recognised when read back', () => {
    const copy = JSON.parse(JSON.stringify(model)) as unknown;
    expect(isLearnedModel(copy)).toBe(true);
    expect(isLearnedModel({ format: 'kizuki.learned', version: 2 })).toBe(false);
    expect(predictLearned(copy as typeof model, 'ミドリ電機のアプリ、ぐるぐる地獄で進めない')?.category).toBe('complaint');
  });

  it('classifies later posts of similar wording as the team did, and says the learned layer decided', () => {
    const post = { id: 'n1', text: 'ミドリ電機のアプリ、ギフト券使うとぐるぐる地獄' };
    expect(classifier.classify(post).category).toBe('other');
    const r = classifyWithLearning(post, classifier, model);
    expect(r).toMatchObject({ category: 'complaint', decidedBy: 'learned', rulesCategory: 'other' });
    expect(r.priority).toBeGreaterThanOrEqual(50); // a complaint's band, whichever layer decided
  });

  it('leaves clear rule decisions, non-brand posts and an untrained model to the rules', () => {
    const clear = classifyWithLearning({ id: 'n2', text: 'ミドリ電機の店員さん、神対応でした。ありがとう' }, classifier, model);
    expect(clear).toMatchObject({ category: 'praise', decidedBy: 'rules' });
    const noBrand = classifyWithLearning({ id: 'n3', text: 'うちのアプリもぐるぐる地獄' }, classifier, model);
    expect(noBrand).toMatchObject({ decidedBy: 'rules', brands: [] });
    const few = trainLearnedModel(corrections.slice(0, 3));
    expect(classifyWithLearning({ id: 'n4', text: 'ミドリ電機のアプリ、ぐるぐる地獄' }, spec, few).decidedBy).toBe('rules');
  });

  it('trains in short steps (the worker at its start) the very model it trains at once, and lets other tasks run between them', async () => {
    const posts = (corpus as BaseCorpus).posts.map(([category, text]) => ({ category, text }));
    // Other work waiting on the same thread (the tabs' messages, in the worker): how often it gets a turn.
    let turns = 0;
    const other = setInterval(() => turns++, 0);
    const stepped = await trainLearnedModelInSteps(posts, () => new Promise((resolve) => setTimeout(resolve)), 2);
    clearInterval(other);
    expect(stepped).toEqual(trainLearnedModel(posts));
    expect(turns).toBeGreaterThan(5);
  });
});
