import { describe, expect, it } from 'vitest';
import { createClassifier } from '../../lib/classify/classifier';
import { compileSpec } from '../../lib/classify/compile-spec';
import demoPack from '../../lib/pack/demo-pack.json';
import { packSchema, type Pack } from '../../lib/pack/schema';
import { sortQueue } from '../../lib/queue/queue-order';
import type { SeenPost } from '../../lib/contract/records';

// The kinds of wording issue #13 names, each checked with sentences that are in no labelled set and
// in no word list as written: inflections, stretched spellings, negation that flips, rhetorical
// negatives, trouble with 「？」, sarcasm, official accounts and the priority an operator sorts by.
const demo = packSchema.parse(demoPack);
const { classify } = createClassifier(compileSpec([demo]));
const categoryOf = (text: string, extra: object = {}) => classify({ id: 't', text, ...extra }).category;

describe('inflection and stretched spellings', () => {
  it.each([
    ['ミドリフォンの設定画面、見やすくなってて助かる', 'praise'],
    ['ミドリ電機のポイント、付いてなくて萎えた', 'complaint'],
    ['ミドリモバイル、昨日から全然つながらなくて困る', 'complaint'],
    ['ミドリフォンのナビ、ルート案内が分かりにくかった', 'complaint'],
    ['ミドリ電機さん、配送状況をアプリで見れるようにしてくださーい', 'request'],
    ['ミドリフォン、ウィジェット対応してくれー', 'request'],
    ['ミドリモバイルのサポートさん、ありがとぉぉ', 'praise'],
  ])('%s → %s', (text, category) => {
    expect(categoryOf(text)).toBe(category);
  });
});

// The second round of issue #13: each row a kind of construction, in wording no list holds as written
// (the list holds the dictionary or plain negative form; the row uses another inflection or a dialect).
describe('inflection, dialect and construction (second round)', () => {
  it.each([
    // the polite negative of a listed negative: 反応しない → 反応しません(でした)
    ['ミドリフォン、タッチしても反応しませんでした', 'complaint'],
    // a dictionary-form verb in its past and polite forms: 違う → 違いました, 途切れる → 途切れました
    ['ミドリモバイル、店で聞いた料金と請求が違いました', 'complaint'],
    ['ミドモバ、通話が何回も途切れました', 'complaint'],
    // Kansai negation of a listed negative: 使えない → 使えへん; a verb no list names: 冷えへん
    ['ミドリ電機のアプリ、クーポン使えへんねんけど', 'complaint'],
    ['ミドリ電機の冷蔵庫、野菜室が冷えへん', 'complaint'],
    // a godan verb's negative is a denied praise word: 役に立つ → 役に立たない
    ['ミドリモバイルのチャットボット、全然役に立たない', 'complaint'],
    // する's colloquial negative: 起動せんくなった
    ['ミドリフォン、昨日から銀行アプリが起動せんくなった', 'complaint'],
    // becoming-not in the perfective flips a trouble word: 一度も圏外になってない
    ['ミドモバにしてから一度も圏外になってない', 'praise'],
    // a polite negative that asks without 「？」 asserts: 高すぎませんか
    ['ミドリ電機の修理代、さすがに高すぎませんか', 'complaint'],
    // trouble as the topic of a wh-question asks: 速度制限って何時に…
    ['ミドリモバイルの速度制限って何時に解除されるの', 'question'],
    // help received in the honorific: 設置してくださいました
    ['ミドリ電機の配送の方、重い冷蔵庫を二階まで運んでくださいました', 'praise'],
    // an adjective's te-form even where its く-form is an adverb: 対応が早くて
    ['ミドリモバイル、障害あったけど対応が早くて見直した', 'praise'],
    // regret of what happened: 消えてしまいました (and not 買っちゃった)
    ['ミドリフォン、アプデしたら写真が消えてしまいました', 'complaint'],
    ['ミドリフォン、新色かわいくて買っちゃった', 'praise'],
    // waiting: 2週間待っても
    ['ミドリ電機の修理、2週間待っても連絡なし', 'complaint'],
    // success without trouble: 迷わずに設定できた
    ['ミドリモバイルの初期設定、説明書なしで迷わずにできた', 'praise'],
    // faces
    ['ミドリフォンの電池、朝から20%(;_;)', 'complaint'],
    // English help received in -ing with the defect as its object, and English inflection (slower)
    ['big thanks to Midori Denki for replacing my cracked screen in an hour', 'praise'],
    ['MidoriPhone got way slower after the update', 'complaint'],
  ])('%s → %s', (text, category) => {
    expect(categoryOf(text)).toBe(category);
  });

  it('reads よく as the adverb it usually is, and loanwords that end like a negative as loanwords', () => {
    expect(categoryOf('ミドリ電機のアプリ、よく落ちる')).toBe('complaint');
    expect(categoryOf('ミドモバの料金プラン、シンプルで分かりやすい')).toBe('praise');
    expect(categoryOf('ミドリ電機でボタン電池を買った')).toBe('other');
  });
});

describe('polarity that flips', () => {
  it('reads a denied complaint word as mild praise and a denied praise word as a complaint', () => {
    expect(categoryOf('ミドリフォン、動作は意外と遅くない')).toBe('praise');
    expect(categoryOf('ミドリモバイル、今のところ不満はない')).toBe('praise');
    expect(categoryOf('Midori Denki delivery was not bad at all')).toBe('praise');
    expect(categoryOf('ミドリフォンの新しいキーボード、全然使いやすくない')).toBe('complaint');
    expect(categoryOf('ミドリ電機の接客、正直良くなかった')).toBe('complaint');
  });

  it('reads a complaint word counted as none (ゼロ, 0, なし, 皆無, zero, no) as mild praise, and only that', () => {
    expect(categoryOf('ミドリモバイルに乗り換えてから不満ゼロ')).toBe('praise');
    expect(categoryOf('ミドリ電機の配送、今回もトラブル0でした')).toBe('praise');
    expect(categoryOf('ミドリフォン、買って半年で不具合ゼロ')).toBe('praise');
    expect(categoryOf('ミドリフォンに変えてから故障皆無')).toBe('praise');
    expect(categoryOf('ミドリフォン、ストレスなしで毎日使えてる')).toBe('praise');
    expect(categoryOf('MidoriPhone: zero issues after a year')).toBe('praise');
    expect(categoryOf('no complaints about Midori Denki so far')).toBe('praise');
    // what stays a complaint: nothing but complaints, no signal, an error code that starts with 0,
    // and nothing heard back
    expect(categoryOf('ミドリフォン、不満しかない')).toBe('complaint');
    expect(categoryOf('MidoriPhone no signal again in the subway')).toBe('complaint');
    expect(categoryOf('ミドリモバイルのアプリ、エラー0x8004が出て開けない')).toBe('complaint');
    expect(categoryOf('ミドリ電機の修理、2週間待っても連絡なし')).toBe('complaint');
  });

  it('reads the colloquial 〜てくれん (will not) as help that does not come, and 〜てくれんかな as a request', () => {
    expect(categoryOf('ミドリフォン、タップしても全然反応してくれん')).toBe('complaint');
    expect(categoryOf('ミドリ電機の修理、何回頼んでも直してくれん…')).toBe('complaint');
    expect(categoryOf('ミドリフォン、そろそろ充電器同梱に戻してくれんかなぁ')).toBe('request');
    expect(categoryOf('ミドリフォン落としたけど画面割れてなかった、頑丈すぎん')).toBe('praise');
  });

  it('reads 〜たまま as trouble that stays, but not a state asked about', () => {
    expect(categoryOf('ミドリフォン、電源入れたまま動かない')).toBe('complaint');
    expect(categoryOf('ミドリフォン、アプデの画面で止まったまま')).toBe('complaint');
    expect(categoryOf('ミドリフォンってケース付けたまま充電できる？')).toBe('question');
  });

  it('reads a rhetorical negative as the complaint it asserts, and keeps trouble with 「？」 a complaint', () => {
    expect(categoryOf('ミドリ電機の返品対応、さすがに遅くないですか')).toBe('complaint');
    expect(categoryOf('ミドリモバイル、また繋がらない？')).toBe('complaint');
    expect(categoryOf('ミドリフォンの画面、急に真っ暗になったんだけど？')).toBe('complaint');
  });

  it('does not report trouble that is only a condition', () => {
    expect(categoryOf('ミドリフォンって画面割れた時の修理はいくらですか')).toBe('question');
  });

  it('reads a slowness word that tells a time of day (遅くまで, 遅い時間, open late) as no trouble, in a question or not', () => {
    expect(categoryOf('ミドリ電機って夜遅くまで開いてる？')).toBe('question');
    expect(categoryOf('ミドリモバイルのショップ、遅い時間でも受付してる？')).toBe('question');
    expect(categoryOf('is the Midori Denki in Shinjuku open late tonight?')).toBe('question');
    expect(categoryOf('does Midori Denki stay open late on Fridays?')).toBe('question');
    expect(categoryOf('ミドリ電機、夜遅くまで開いてて助かる')).toBe('praise');
    // slowness itself stays a complaint, asked or not
    expect(categoryOf('ミドリモバイル、今日も遅いんだけど？')).toBe('complaint');
    expect(categoryOf('ミドリ電機の配送、なんでこんなに遅いの？')).toBe('complaint');
    expect(categoryOf('why is Midori Mobile so slow tonight?')).toBe('complaint');
    expect(categoryOf('Midori Denki delivery was late again')).toBe('complaint');
  });

  it('lets urgency words obey negation and raise only complaints and questions', () => {
    const calm = classify({ id: 'a', text: 'ミドリ電機の件、炎上してなくて安心した' });
    expect(calm.category).not.toBe('complaint');
    expect(calm.matches.some((m) => m.kind === 'urgent')).toBe(false);
    const praise = classify({ id: 'b', text: 'ミドリモバイル、返金もすぐで神対応でした' });
    expect(praise.category).toBe('praise');
    expect(praise.priority).toBeLessThan(50);
  });
});

describe('a request asked as a question', () => {
  it.each([
    ['MidoriPhone, can you add a dark mode?', 'request'],
    ['Midori Denki can you guys bring back the old app layout?', 'request'],
    ['could Midori Mobile please extend the free trial?', 'request'],
    ['MidoriPhone, will you add a dark mode?', 'request'],
    ['would love it if MidoriPhone had a bigger battery', 'request'],
    ['ミドリ電機さん、営業時間を延ばしてもらえないでしょうか', 'request'],
    ['ミドリモバイルさん、家族割の枠を増やしてくれませんか？', 'request'],
    ['ミドリフォン、ダークモードつけてもらえませんか', 'request'],
    // what stays a question: what exists or can be done, being told something, the future asked about
    ['can MidoriPhone charge wirelessly?', 'question'],
    ['can you tell me when Midori Denki opens?', 'question'],
    ['will Midori Denki extend the warranty if I register?', 'question'],
    ['ミドリフォンってワイヤレス充電できますか？', 'question'],
    ['ミドリ電機さん、在庫があるか教えてもらえないでしょうか', 'question'],
    // and a complaint with 「?」 stays a complaint
    ['can you fix this already, MidoriPhone keeps crashing?', 'complaint'],
  ])('%s → %s', (text, category) => {
    expect(categoryOf(text)).toBe(category);
  });
});

describe('sarcasm', () => {
  it.each([
    'ミドリフォン、素晴らしいアプデありがとう。おかげで起動しなくなりました',
    'さすがミドリモバイル、今日も夕方になると全く繋がらない',
    'Great job Midori Mobile, my data stopped working again. Love that for me',
  ])('%s → complaint', (text) => {
    expect(categoryOf(text)).toBe('complaint');
  });

  it('keeps praise when the trouble was resolved (help received, or conceded before a contrast)', () => {
    expect(categoryOf('ミドリ電機で買ったレンジが故障、すぐ新品に交換してくれた')).toBe('praise');
    expect(categoryOf('ミドリフォン一度フリーズしたけど、サポートの対応が丁寧で助かった')).toBe('praise');
  });
});

describe('official accounts', () => {
  const pack: Pack = packSchema.parse({
    format: 'kizuki.pack', version: 1, id: 'acme', name: 'ACME',
    brands: [{ id: 'acme', name: 'ACME', terms: ['ACME'], handles: ['acme_jp', '@AcmeSupport'] }],
  });
  const acme = createClassifier(compileSpec([pack]));

  it('makes a post that names or replies to a brand account a brand post, with the mention highlighted', () => {
    const text = '＠ACME_JP 注文した商品がまだ届きません';
    const r = acme.classify({ id: '1', text });
    expect(r.brands).toEqual(['acme']);
    expect(r.matches.filter((m) => m.kind === 'brand').map((m) => text.slice(m.start, m.end))).toContain('＠ACME_JP');
    expect(acme.classify({ id: '2', text: '昨日からずっとこれです', replyTo: ['acmesupport'] }).brands).toEqual(['acme']);
    expect(acme.classify({ id: '3', text: 'write to info@acmesupport.example' }).brands).toEqual([]); // an e-mail address, no mention
    expect(acme.classify({ id: '4', text: '@acmejpn is someone else' }).brands).toEqual([]);
  });

  it('finds a Latin term inside a handle: "_" is a word boundary', () => {
    expect(acme.classify({ id: '5', text: 'ACME_fan の投稿見た' }).brands).toEqual(['acme']);
    expect(acme.classify({ id: '6', text: 'ACMEX の投稿見た' }).brands).toEqual([]);
  });

  it('raises the priority of a post addressed to the brand', () => {
    const plain = acme.classify({ id: '7', text: 'ACMEの注文がまだ届きません' }).priority;
    const addressed = acme.classify({ id: '8', text: '@acme_jp 注文がまだ届きません' }).priority;
    expect(addressed).toBeGreaterThan(plain);
  });
});

describe('priority', () => {
  const now = Date.UTC(2026, 5, 1, 12);
  const p = (text: string, extra: object = {}) => classify({ id: 'p', text, now, ...extra }).priority;

  it('puts any detected complaint above any detected praise, whatever reach and age', () => {
    const mildOldComplaint = p('ミドリ電機の店、ちょっと不便', { publishedAt: now - 30 * 86_400_000 });
    const viralFreshPraise = p('ミドリモバイル最高！神対応ありがとう', { publishedAt: now - 60_000, counts: { replies: 900, reposts: 5000, likes: 90_000 } });
    expect(mildOldComplaint).toBeGreaterThan(viralFreshPraise);
  });

  it('orders complaints by severity: money, safety, data > cannot use at all > slow > annoyed', () => {
    const charged = p('ミドリモバイルに二重請求された');
    const dead = p('ミドリモバイル、朝から全く繋がらない');
    const slow = p('ミドリモバイル、夜になると遅い');
    const annoyed = p('ミドリモバイルの店、ちょっと不便');
    expect(charged).toBeGreaterThan(dead);
    expect(dead).toBeGreaterThan(slow);
    expect(slow).toBeGreaterThan(annoyed);
  });

  it('uses more than five levels and breaks ties by recency', () => {
    const levels = new Set([
      p('ミドリ電機のスマホから煙が出た'), p('ミドリ電機のアプリにログインできない'), p('ミドリ電機の配送が遅い'),
      p('ミドリ電機の店、ちょっと不便'), p('ミドリ電機の配送って何日かかりますか'), p('ミドリ電機、日曜も営業してほしい'),
      p('ミドリ電機の店員さん親切だった'), p('ミドリ電機で加湿器を見てきた'),
    ]);
    expect(levels.size).toBeGreaterThan(5);
    // The queue's own order, as the operator sees it.
    const older = { postId: '1', priority: 60, publishedAt: now - 3_600_000, seenAt: now } as SeenPost;
    const newer = { postId: '2', priority: 60, publishedAt: now - 60_000, seenAt: now } as SeenPost;
    expect(sortQueue([older, newer])[0]).toBe(newer);
  });
});

// Second round: trouble that does not arise, is gone or lessened, a "despite" with good news after it,
// help received described with もらえた, trouble told as a concession (〜ても), a contracted negative
// before のだが. Sentences in no labelled set.
describe('trouble that does not happen, is gone, or is conceded', () => {
  it.each([
    ['ミドリフォン、長時間ゲームしても発熱がほとんど気にならない', 'praise'],
    ['ミドリモバイルにしてから通信エラーが一度も出ない', 'praise'],
    ['ミドリ電機で買ったルーター、前の機種より遅延がかなり減った', 'praise'],
    ['ミドリフォンのアップデート後、例のフリーズがすっかり直った', 'praise'],
    ['ミドリモバイル、昼でも速度が遅くならないのは偉い', 'praise'],
    ['ミドリフォン、雑に扱ってるのに傷ひとつ付かない', 'praise'],
    ['ミドリ電機で壊れた時計の電池交換、その場でやってもらえた', 'praise'],
    ['ミドリモバイル、障害出ても補償の案内が早いから安心', 'praise'],
    ['ミドリ電機のアプリ、注文履歴が勝手に消えるんですけど', 'complaint'],
    ['ミドリフォンの移行ツール、三十分待っても終わらんのだが？', 'complaint'],
    ['ミドリモバイル、昨日から遅延が全然減らない', 'complaint'],
  ])('%s → %s', (text, category) => {
    expect(categoryOf(text)).toBe(category);
  });
});

// The sixth round of issue #13 (dev12 and dev14's misses, by kind; each row in wording of its own).
describe('a request that closes on くれ, or asks what would win the writer over', () => {
  it.each([
    ['ミドリ電機、駐輪場にも屋根つけといてくれー', 'request'],
    ['ミドモバ、夜の窓口もうちょい開けててくれ。平日行けん', 'request'],
    ['ミドリフォンさん、着信音もっと増やしてくれん？選べるの少なすぎ', 'request'],
    ['ミドリモバイルさん、領収書を毎月メールで送ってもらうことはできませんか', 'request'],
    ['ミドリ電機さん、駐車場の狭さどうにかなりませんか', 'request'],
    ['ミドリフォンに望遠カメラ付けてくれたら即買い替えるのに', 'request'],
    ['ミドリモバイル、明細は紙じゃなくてメールだけにさせて', 'request'],
    ['Midori Mobile, let me pause my plan while I am abroad', 'request'],
    ['ミドリ電機さん、会員ランクの特典もう少し増やしてくれてもいいのよ？', 'request'],
    ['Midori Denki any chance of opening a store out in Chiba?', 'request'],
    // a quoted plea is what was said, not asked here
    ['「早く直してくれ」って三回言ったのにミドリ電機まだ動かない', 'complaint'],
  ])('%s → %s', (text, category) => {
    expect(categoryOf(text)).toBe(category);
  });
});

describe('English irony and a bare why closing a fact', () => {
  it.each([
    ['MidoriPhone battery went from 80 to 20 on my commute. Fantastic.', 'complaint'],
    ['Midori Mobile charged me for roaming I never used. Thanks a lot.', 'complaint'],
    ['love how Midori Denki emails me a coupon the day after I buy the thing', 'complaint'],
    ['Midori Mobile raised my plan by 500 yen this month. why', 'complaint'],
    // sincere praise stays praise
    ['MidoriPhone support fixed my screen in ten minutes. Great service!', 'praise'],
  ])('%s → %s', (text, category) => {
    expect(categoryOf(text)).toBe(category);
  });
});

describe('trouble over quickly, not needed any more, or meant well', () => {
  it.each([
    ['ミドリモバイルの回線、止まってたけど電話したら3分で復旧した', 'praise'],
    ['ミドリ電機で夕方に頼んだ電池、翌日の朝にはもう届いてた', 'praise'],
    ['ミドリ電機のネット予約、レジに並ばなくていいのほんと楽', 'praise'],
    ['ミドリフォンの新色、写真で見るよりヤバい（良い意味で）', 'praise'],
    ['ミドリフォン、子供が何回落としても割れ知らず', 'praise'],
    ['ミドリモバイル、去年は夜になると止まってたけど最近は安定して速くなった', 'praise'],
    ['ミドリ電機のアプリ、前は検索がもっさりしてたのが改善されてる', 'praise'],
    // what stays trouble: over only after a long wait, or gone quickly for the worse
    ['ミドリ電機の修理、2時間待ってやっと解決', 'complaint'],
    ['ミドリフォンの電池、フル充電から30分で切れる', 'complaint'],
    // and asking leave stays a question
    ['ミドリ電機の修理って予約しなくてもいい？', 'question'],
  ])('%s → %s', (text, category) => {
    expect(categoryOf(text)).toBe(category);
  });
});

describe('praise slang that names the size of a drain, and rhetorical scorn', () => {
  it.each([
    ['ミドリフォン、動画見てると電池の減りがエグい', 'complaint'],
    ['ミドモバの今月の請求額やばすぎ、何これ', 'complaint'],
    ['ミドリ電機の書類、いまだにFAXでしか受け付けないって何時代', 'complaint'],
    ['ミドリフォンのスピーカー、音割れがひどくて聞けたもんじゃない', 'complaint'],
    // the same slang of the thing itself is praise
    ['ミドリフォンの望遠、月まで撮れてエグい', 'praise'],
  ])('%s → %s', (text, category) => {
    expect(categoryOf(text)).toBe(category);
  });
});

describe('a word asked back to assert it', () => {
  it.each([
    ['ミドリフォンの新色、かわいすぎん？', 'praise'],
    ['ミドリ電機の修理担当さん、仕事早すぎひん？', 'praise'],
    ['ミドモバ、今日の昼の速度遅すぎん？', 'complaint'],
  ])('%s → %s', (text, category) => {
    expect(categoryOf(text)).toBe(category);
  });
});
