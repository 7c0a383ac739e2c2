import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { route } from '@/lib/background/router';
import { BASE_CORPUS_HELD_OUT, baseModel } from '@/lib/classify/base-model';
import { createClassifier } from '@/lib/classify/classifier';
import { classifyWithLearning, withoutBrands } from '@/lib/classify/combine';
import { compileSpec } from '@/lib/classify/compile-spec';
import { readCues } from '@/lib/classify/second-reading';
import type { Reply } from '@/lib/contract/messages';
import type { PostSummary } from '@/lib/contract/records';
import { db } from '@/lib/db/database';
import demoPack from '@/lib/pack/demo-pack.json';
import { packSchema } from '@/lib/pack/schema';
import { operatorSettings } from '@/lib/settings/settings';
import { buildBaseCorpus } from '../../scripts/build-base-corpus';
import { labelledSets } from '../../scripts/labelled-sets';
import { importPack } from './support/import-pack';

// The background's second reading (lib/classify/second-reading.ts): a brand post the page's rules
// leave as `other` is read again, by a model of the labelled posts and by cues of trouble and praise
// told as facts. What an operator notices: such a post sits among the complaints (or praise) in the
// queue and on its chip, marked 再判定, while what the rules decided stays theirs.

const classifier = createClassifier(compileSpec([packSchema.parse(demoPack)]));
const read = (text: string) => classifyWithLearning({ id: '1', text }, classifier, null);
const queue = (text: string) => classifyWithLearning({ id: '1', text }, classifier, null, { secondReading: baseModel() });

describe('second reading of brand posts the rules leave as other', () => {
  it('puts trouble told as a fact among the complaints, and good outcomes among the praise', () => {
    for (const text of ['ミドリフォン、届いた日から液晶の隅に白いシミ出来てた', 'ミドリフォンの写真、全部うっすら青っぽくなる', 'Midori Phone photos come out all greenish since Tuesday']) {
      expect(read(text).category, text).toBe('other'); // the rules alone
      const r = queue(text);
      expect(r, text).toMatchObject({ category: 'complaint', decidedBy: 'reading', rulesCategory: 'other' });
      expect(r.priority, text).toBeGreaterThanOrEqual(50); // in the complaint band, above any praise
    }
    for (const text of ['ミドリモバイル、地下の駐車場でも普通に動画見れる', 'ミドリフォン、3年使っても電池まだ9割残ってる']) {
      expect(read(text).category, text).toBe('other');
      expect(queue(text), text).toMatchObject({ category: 'praise', decidedBy: 'reading' });
    }
  });

  it('keeps trouble asked as a question among the complaints, and a plain question a question', () => {
    for (const text of ['ミドリフォン、充電100%から半日で30%って普通？', 'ミドモバの請求、先月より高くなってない？']) {
      expect(read(text).category, text).toBe('question');
      expect(queue(text), text).toMatchObject({ category: 'complaint', decidedBy: 'reading', rulesCategory: 'question' });
    }
    for (const text of ['ミドリフォンって防水？', 'ミドモバ、夜の速度って毎日こんなもん？']) expect(queue(text), text).toMatchObject({ category: 'question', decidedBy: 'rules' });
  });

  it('gives back the question a single weak trouble word made a complaint of, and keeps trouble asked about a complaint', () => {
    for (const text of ['ミドリ電機のアウトレット品って、保証の期間違うの？', 'ミドリフォンの新しいの、ケース前のと違うの？']) {
      expect(read(text).category, text).toBe('complaint');
      expect(queue(text), text).toMatchObject({ category: 'question', decidedBy: 'reading', rulesCategory: 'complaint' });
    }
    expect(queue('ミドリフォンのアプリまた落ちた？')).toMatchObject({ category: 'complaint', decidedBy: 'rules' });
  });

  it('reads facts of heat, tint and no signal in words of their own as complaints', () => {
    for (const text of ['MidoriPhone selfies look all washed out indoors', 'ミドリフォン、充電中に本体あっつあつになる', 'Midori Mobile reception at the office is basically zero every afternoon']) {
      expect(read(text).category, text).toBe('other');
      expect(queue(text), text).toMatchObject({ category: 'complaint', decidedBy: 'reading' });
    }
  });

  it('reads a mixed post the rules called a complaint as the praise it is, and a request word inside praise as praise', () => {
    // Praise slang the lists hold as trouble, beside a praise word the rules found too.
    const slang = 'ミドリフォンのスピーカー、バグってるくらい音がよくて最高';
    expect(read(slang).category).toBe('complaint');
    expect(queue(slang)).toMatchObject({ category: 'praise', decidedBy: 'reading', rulesCategory: 'complaint' });
    // A request word of the lists (ポイント還元) inside a post that only praises.
    const cashback = 'ミドリ電機、ポイント還元えぐくて実質タダで買えた';
    expect(read(cashback).category).toBe('request');
    expect(queue(cashback)).toMatchObject({ category: 'praise', decidedBy: 'reading', rulesCategory: 'request' });
    // Sarcasm stays a complaint: praise wrapped around trouble.
    for (const text of ['ミドリフォン、神アプデありがとう、ログインできなくなりました', 'ミドリフォン、また画面割れた。最高の耐久性ですね']) {
      expect(queue(text), text).toMatchObject({ category: 'complaint', decidedBy: 'rules' });
    }
  });

  it('keeps plain mentions plain: one a single signal misled the rules on, and one shaped like news the model alone would read into', () => {
    // The rules read a complaint on one count of time in a neutral sentence; the model is sure it is a mention.
    const meeting = 'ミドリ電機の駐車場で1時間待ち合わせ';
    expect(read(meeting).category).toBe('complaint');
    expect(queue(meeting)).toMatchObject({ category: 'other', decidedBy: 'reading', rulesCategory: 'complaint' });
    // News in English: the model leans to complaint (0.85), not enough for a post shaped like news.
    expect(queue('Midori Phone launch event is on friday apparently')).toMatchObject({ category: 'other', decidedBy: 'rules' });
  });

  it('leaves plain mentions as other, and a complaint with no praise in it stays the rules\'', () => {
    for (const text of ['ミドリ電機の新しいチラシ見た', 'ミドリフォンの新色、明日発表らしい']) expect(queue(text), text).toMatchObject({ category: 'other', decidedBy: 'rules' });
    expect(queue('ミドリモバイルの家族割って何人まで？')).toMatchObject({ category: 'question', decidedBy: 'rules' });
    expect(queue('ミドリフォン、充電が全然もたない')).toMatchObject({ category: 'complaint', decidedBy: 'rules' });
    // A post naming no brand is never read again: the queue holds brand posts only.
    expect(queue('駅前のパン屋、届いた日から袋に穴あいてた')).toMatchObject({ category: read('駅前のパン屋、届いた日から袋に穴あいてた').category, decidedBy: 'rules' });
  });

  it('reads the kinds of fact by their shape when the model is unsure', () => {
    const kinds: [string, 'complaint' | 'praise', string][] = [
      ['、箱を開けたら天板に傷ついてた', 'complaint', 'defect'],
      ['の画面、夕方になるとやたら黄色い', 'complaint', 'odd-look'],
      ['の修理、2週間も音沙汰なし', 'complaint', 'count'],
      ['、今月の基本料が2回引かれてた', 'complaint', 'money'],
      ['、夜中に勝手に再起動してる', 'complaint', 'by-itself'],
      ['、窓口で「在庫ないです」って言われて終わり', 'complaint', 'told'],
      ['、修理に出したら翌日にはもう戻ってきた', 'praise', 'quick'],
      ['、満員電車の中でも普通につながる', 'praise', 'even-there'],
      ['、4年使ってもまだ余裕で持つ', 'praise', 'lasts'],
      ['、寝室だと電波ほぼゼロ', 'complaint', 'nothing-left'],
      ['、これまで買った家電で一番使ってる', 'praise', 'best-ever'],
      [' is the best phone I have ever owned', 'praise', 'best-ever'],
      [' gets zero bars in the basement', 'complaint', 'nothing-left'],
    ];
    for (const [text, category, kind] of kinds) {
      const r = readCues(text);
      expect(r?.category, text).toBe(category);
      expect(r?.cues, text).toContain(kind);
    }
    for (const text of ['の新しいCM見た', 'で冷蔵庫見てきた、まだ迷い中', 'のショップ、駅前に移転するらしい']) expect(readCues(text), text).toBeNull();
    // A better-than-before cue does not fire on its own negation.
    expect(readCues('、速度良くなった')?.category).toBe('praise');
    expect(readCues('、速度良くないね最近')?.category).not.toBe('praise');
  });
});

describe('the model of labelled posts', () => {
  it('is built from the development sets as they stand, never from a held-out set', () => {
    const file = JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../lib/classify/base-corpus.json'), 'utf8'));
    expect(file, 'lib/classify/base-corpus.json is stale: run npx tsx scripts/build-base-corpus.ts').toEqual(buildBaseCorpus());
    const sets = labelledSets();
    for (const name of BASE_CORPUS_HELD_OUT) expect(file.sets).not.toContain(name);
    const trained = new Set((file.posts as [string, string][]).map(([, t]) => t));
    const heldOut = BASE_CORPUS_HELD_OUT.flatMap((name) => sets[name]!);
    expect(heldOut.length).toBeGreaterThan(700);
    // Brand names are taken out of the corpus, so compare on a held-out post with its brand terms removed.
    const stripped = (text: string) => withoutBrands(text, classifier.classify({ id: '', text })).replace(/\s+/g, ' ').trim();
    for (const r of heldOut) expect(trained.has(stripped(r.text)), r.id).toBe(false);
  });
});

describe('second reading through the background', () => {
  const tab = { tab: { id: 7 } } as never;
  let n = 0;
  function post(text: string): PostSummary {
    const postId = String(1_800_000_000_000_000_000n + BigInt(++n));
    return {
      postId, url: `https://x.com/customer/status/${postId}`, authorHandle: 'customer', displayName: 'お客様', text, lang: 'ja',
      publishedAt: Date.now() - 60_000, category: 'other', priority: 8, brands: ['midori-phone'],
      matches: [{ kind: 'brand', term: 'ミドリフォン', start: 0, end: 6, brandId: 'midori-phone' }],
    };
  }

  beforeEach(async () => {
    fakeBrowser.reset();
    await Promise.all([db.corrections.clear(), db.learnedModels.clear(), db.seenPosts.clear(), db.packs.clear()]);
    await importPack(demoPack, { source: 'demo' });
    await operatorSettings.setValue({ operator: '佐藤', signature: '', retentionDays: 365 });
  });

  it('queues a reported post the rules left as other among the complaints, and tells its chip', async () => {
    const p = post('ミドリフォン、届いた日から液晶の隅に白いシミ出来てた');
    await route({ type: 'posts/seen', posts: [p] }, tab);
    const row = await db.seenPosts.get(p.postId);
    expect(row).toMatchObject({ category: 'complaint', decidedBy: 'reading', rulesCategory: 'other' });
    expect(row!.priority).toBeGreaterThanOrEqual(50);
    const state = (await route({ type: 'posts/state', postIds: [p.postId] }, {})) as Reply<'posts/state'>;
    expect(state.ok && state.states[p.postId]?.category).toBe('complaint');
    // An operator's correction still wins over the second reading.
    const reply = (await route({ type: 'correction/record', post: p, category: 'other' }, {})) as Reply<'correction/record'>;
    expect(reply.ok).toBe(true);
    expect((await db.seenPosts.get(p.postId))?.category).toBe('other');
  });

  it('a report that comes before the model is trained (a worker just started) is answered without waiting; its posts are relabelled once it is', async () => {
    // A worker just started: nothing of this module's state yet.
    vi.resetModules();
    const fresh = {
      ...(await import('@/lib/background/router')),
      ...(await import('@/lib/classify/base-model')),
      db: (await import('@/lib/db/database')).db,
    };
    expect(fresh.baseModelIfTrained()).toBeNull();
    const p = post('ミドリフォン、届いた日から液晶の隅に白いシミ出来てた');
    expect(await fresh.route({ type: 'posts/seen', posts: [p] }, tab)).toEqual({ ok: true });
    // Answered before the model was trained: the answer did not wait for the training.
    expect(fresh.baseModelIfTrained()).toBeNull();
    await fresh.trainedBaseModel();
    await vi.waitFor(async () => expect(await fresh.db.seenPosts.get(p.postId)).toMatchObject({ category: 'complaint', decidedBy: 'reading' }), { timeout: 5000 });
  });
});
