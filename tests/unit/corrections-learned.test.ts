import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { retrain } from '@/lib/background/learned-layer';
import { route } from '@/lib/background/router';
import type { Reply } from '@/lib/contract/messages';
import type { PostSummary } from '@/lib/contract/records';
import { correctionsCsv, correctionsJson } from '@/lib/corrections/export';
import { trainingSet } from '@/lib/corrections/store';
import { db } from '@/lib/db/database';
import demoPack from '@/lib/pack/demo-pack.json';
import { operatorSettings } from '@/lib/settings/settings';
import { importPack } from './support/import-pack';

// The team teaches the classifier: corrections from a chip or the queue are stored, relabel the post
// at once, and once there are enough of them the learned layer (retrained from the table) changes
// how a later post of similar wording is classified, in the queue and on the chips.

const tab = { tab: { id: 7 } } as never;
let n = 0;
function post(text: string, category: PostSummary['category'] = 'other'): PostSummary {
  const postId = String(1_900_000_000_000_000_000n + BigInt(++n));
  return {
    postId, url: `https://x.com/customer/status/${postId}`, authorHandle: 'customer', displayName: 'お客様', text, lang: 'ja',
    publishedAt: Date.now() - 60_000, category, priority: 10, brands: ['midori'],
    matches: [{ kind: 'brand', term: 'ミドリ電機', start: text.indexOf('ミドリ電機'), end: text.indexOf('ミドリ電機') + 5, brandId: 'midori' }],
  };
}

// The team's customers call a frozen checkout 「もにゃもにゃ」 (a coinage): neither the rules nor the second
// reading know it.
const TROUBLE = ['決済画面でもにゃもにゃ', '支払いでまたもにゃもにゃなんだが', 'もにゃもにゃで買えない人多数', '今日ももにゃもにゃかよ',
  'ポイント払いにするともにゃもにゃ', 'カード変えてももにゃもにゃ'];
const CHATTER = ['新しいCM見た', '駅前に新店舗できてた', '福袋の列できてる', 'ロゴ変わった', 'チラシ入ってた', 'テレビで特集されてた',
  '隣にカフェできた', '袋持ってる人多い', 'エスカレーター長い', 'セール始まるらしい', '株主総会あったらしい', '社長交代のニュース見た',
  'キャラのぬいぐるみ取った', '看板が光ってる', '新社屋できるって'];

/** The queue's category of a post and which layer set it. */
async function labelOf(p: PostSummary) {
  const row = await db.seenPosts.get(p.postId);
  return [row?.category, row?.decidedBy ?? 'rules'];
}

async function correct(p: PostSummary, category: PostSummary['category']) {
  const reply = (await route({ type: 'correction/record', post: p, category }, {})) as Reply<'correction/record'>;
  if (!reply.ok) throw new Error(reply.error);
  return reply.record;
}

describe('corrections and the learned layer, through the background', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    await Promise.all([db.corrections.clear(), db.learnedModels.clear(), db.seenPosts.clear(), db.handled.clear(), db.outbox.clear(), db.packs.clear()]);
    await importPack(demoPack, { source: 'demo' });
    await operatorSettings.setValue({ operator: '佐藤', signature: '', retentionDays: 365 });
  });

  it('a correction is stored once per operator, relabels the queued post at once and shows on its chip', async () => {
    const p = post('ミドリ電機のアプリ、決済でもにゃもにゃ');
    await route({ type: 'posts/seen', posts: [p] }, tab);
    expect((await db.seenPosts.get(p.postId))?.category).toBe('other');

    const record = await correct(p, 'complaint');
    expect(record).toMatchObject({ operator: '佐藤', category: 'complaint', previousCategory: 'other', sync: 'local' });
    const row = await db.seenPosts.get(p.postId);
    expect(row).toMatchObject({ category: 'complaint', decidedBy: 'team', rulesCategory: 'other' });
    expect(row!.priority).toBeGreaterThanOrEqual(50); // now sorted among complaints
    const state = (await route({ type: 'posts/state', postIds: [p.postId] }, {})) as Reply<'posts/state'>;
    expect(state.ok && state.states[p.postId]?.category).toBe('complaint');

    // Correcting again replaces the operator's own correction; previousCategory stays what Kizuki said.
    expect(await correct(p, 'request')).toMatchObject({ category: 'request', previousCategory: 'other' });
    expect(await db.corrections.count()).toBe(1);
    // Correcting back to the rules' own reading removes the override note.
    await correct(p, 'other');
    expect(await labelOf(p)).toEqual(['other', 'rules']);
  });

  it('marking handled records the category the operator confirmed', async () => {
    const p = post('ミドリ電機のアプリ、もにゃもにゃで進まない');
    await route({ type: 'posts/seen', posts: [p] }, tab);
    await correct(p, 'complaint');
    const marked = (await route({ type: 'handled/mark', post: p, action: 'replied' }, {})) as Reply<'handled/mark'>;
    expect(marked).toMatchObject({ ok: true, record: { category: 'other', confirmedCategory: 'complaint' } });
    const plain = post('ミドリ電機の新しいCM見た');
    const other = (await route({ type: 'handled/mark', post: plain, action: 'liked' }, {})) as Reply<'handled/mark'>;
    expect(other).toMatchObject({ ok: true, record: { confirmedCategory: 'other' } });
  });

  it('retrained from enough corrections, the learned layer classifies a new post of similar wording', async () => {
    const fresh = post('ミドリ電機のアプリ、ギフト券使うともにゃもにゃ');
    // Before: the rules alone, and too few corrections to learn from.
    await correct(post(`ミドリ電機のアプリ、${TROUBLE[0]}`), 'complaint');
    await retrain(db);
    await route({ type: 'posts/seen', posts: [fresh] }, tab);
    expect(await labelOf(fresh)).toEqual(['other', 'rules']);

    for (const t of TROUBLE.slice(1)) await correct(post(`ミドリ電機のアプリ、${t}`), 'complaint');
    for (const t of CHATTER) await correct(post(`ミドリ電機の${t}`), 'other');
    expect(await trainingSet(db)).toHaveLength(TROUBLE.length + CHATTER.length);
    await retrain(db);
    const stored = await db.learnedModels.get('');
    expect(stored).toMatchObject({ corrections: TROUBLE.length + CHATTER.length });

    // The retrain relabelled the post already queued…
    expect(await db.seenPosts.get(fresh.postId)).toMatchObject({ category: 'complaint', decidedBy: 'learned', rulesCategory: 'other' });
    // …and a new one reported by a tab is labelled on arrival; its chip is told.
    const next = post('ミドリ電機のアプリ、クーポン使うともにゃもにゃ');
    await route({ type: 'posts/seen', posts: [next] }, tab);
    expect(await db.seenPosts.get(next.postId)).toMatchObject({ category: 'complaint', decidedBy: 'learned' });
    // Clear rule decisions stay the rules'.
    const praise = post('ミドリ電機の店員さん、神対応でした。ありがとう', 'praise');
    await route({ type: 'posts/seen', posts: [praise] }, tab);
    expect(await labelOf(praise)).toEqual(['praise', 'rules']);
  });

  it('exports corrections as CSV with the headers given and as JSON', async () => {
    await correct(post('ミドリ電機の=HYPERLINK("x")ぐるぐる'), 'complaint');
    const rows = await db.corrections.toArray();
    const csv = correctionsCsv(rows, {
      colPostId: '投稿ID', colCategory: '訂正後の分類', colPrevious: 'Kizuki の分類', colOperator: '担当者', colCorrectedAt: '訂正日時',
      colBrands: 'ブランド', colText: '投稿本文', colSync: '同期',
    }, 540, { lang: 'ja', timeZone: 'Asia/Tokyo' });
    expect(csv.split('\r\n')[0]).toBe('\uFEFF訂正日時,訂正日時（ISO 8601）,担当者,訂正後の分類,Kizuki の分類,ブランド,投稿ID,投稿本文,同期');
    expect(csv).toContain(',佐藤,苦情,その他,midori,');
    expect(csv.split('\r\n')[1]).toMatch(/^\d{4}\/\d\d\/\d\d \d\d:\d\d,\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+09:00,/);
    expect(csv.trimEnd().endsWith(',未送信')).toBe(true);
    const json = JSON.parse(correctionsJson(rows)) as { format: string; corrections: { category: string; operator: string }[] };
    expect(json).toMatchObject({ format: 'kizuki.corrections', corrections: [{ category: 'complaint', operator: '佐藤' }] });
  });
});
