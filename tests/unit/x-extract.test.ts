import { describe, expect, it } from 'vitest';
import { extractPost, isAd } from '../../lib/x/extract';
import { POST } from '../../lib/x/selectors';
import { fixtureDocument } from '../fixtures/x/load';

const timeline = fixtureDocument('timeline.html');
const articles = [...timeline.querySelectorAll(POST)];
const [repost, quoting, ad, video, emojiOnly, photoQuote] = articles.map((a) => ({ article: a, post: extractPost(a) }));

describe('extractPost on our timeline fixture', () => {
  it('finds the six articles of the page', () => {
    expect(articles).toHaveLength(6);
  });

  it('reads id, url and handle from the status time link', () => {
    expect(repost?.post).toMatchObject({
      id: '1880000000000000001',
      url: 'https://x.com/hanako_t/status/1880000000000000001',
      handle: 'hanako_t',
      displayName: 'はなこ🌸',
      lang: 'ja',
      publishedAt: Date.parse('2026-01-20T01:02:03.000Z'),
      isFocal: false,
      socialContext: 'サポート担当さんがリポストしました',
    });
  });

  it('rebuilds the text a reader sees: emoji as characters, links as shown, no hidden URL parts', () => {
    expect(repost?.post?.text).toBe(
      'ミドリ電機のルーター、また圏外😭 #ミドリ電機 @midori_support 返金してほしい $MDR\n詳細: example.jp/support/route どうすれば❤️👍🏽',
    );
    expect(repost?.post?.text).not.toMatch(/https|…|faq/);
  });

  it('maps every piece back to a DOM node holding exactly that text', () => {
    const post = repost!.post!;
    for (const piece of post.pieces) {
      const shown = piece.node.nodeType === 3 ? piece.node.textContent : (piece.node as Element).getAttribute('alt');
      expect(post.text.slice(piece.start, piece.end)).toBe(shown);
    }
    expect(post.pieces.at(-1)?.end).toBe(post.text.length);
  });

  it('takes exact counts from localised aria-labels, not the rounded numbers shown', () => {
    expect(repost?.post?.counts).toEqual({ replies: 12, reposts: 1234, likes: 8783 });
  });

  it('counts already-reposted/liked posts (unretweet/unlike buttons)', () => {
    expect(quoting?.post?.counts).toEqual({ replies: 0, reposts: 3, likes: 5 });
  });

  it('never mixes the quoted post into the quoting post', () => {
    const post = quoting!.post!;
    expect(post.text).toBe('これ本当に使いやすい？');
    expect(post.handle).toBe('taro_y');
    expect(post.publishedAt).toBe(Date.parse('2026-01-20T02:00:00.000Z'));
    expect(post.textElement?.closest('[role="link"]')).toBeNull();
    expect(post.quote).toEqual({ handle: 'midori_pr', displayName: 'ミドリ電機 公式', text: 'ミドリ電機の新しいルーターを発表しました🎉', lang: 'ja' });
  });

  it('leaves a post without text of its own empty rather than borrowing the quoted text', () => {
    expect(photoQuote?.post).toMatchObject({ handle: 'photo_cat', text: '', textElement: null, pieces: [], lang: null });
    expect(photoQuote?.post?.quote).toMatchObject({ handle: 'angry_user', text: 'ミドリ電機 最悪、詐欺だ' });
  });

  it('skips a promoted post but not a post with a video (both sit in placementTracking)', () => {
    expect(isAd(ad!.article)).toBe(true);
    expect(ad?.post).toBeNull();
    expect(isAd(video!.article)).toBe(false);
    expect(video?.post).toMatchObject({ id: '1880000000000000004', handle: 'kenji_k', lang: 'en', truncated: true });
  });

  it('reports an unlabelled count as unknown rather than guessing', () => {
    expect(video?.post?.counts).toEqual({ replies: null, reposts: 42, likes: 1 });
  });

  it('keeps emoji-only posts and the pinned row', () => {
    expect(emojiOnly?.post).toMatchObject({ text: '🦊🦊', lang: 'qme', socialContext: '固定', truncated: false });
  });

  it('returns null for an article without a status link', () => {
    const bare = timeline.createElement('article');
    bare.setAttribute('data-testid', 'tweet');
    bare.innerHTML = '<div data-testid="tweetText">text</div>';
    expect(extractPost(bare)).toBeNull();
  });
});

describe('extractPost on our status page fixture', () => {
  const status = fixtureDocument('status.html');
  const [focal, reply] = [...status.querySelectorAll(POST)].map((a) => extractPost(a));

  it('marks the opened post and reads its time link below the text, even an edit-history link', () => {
    expect(focal).toMatchObject({
      id: '1880000000000000010',
      handle: 'midori_support',
      isFocal: true,
      text: 'お問い合わせありがとうございます。ルーターの再起動をお試しください🙇',
      publishedAt: Date.parse('2026-01-20T01:15:00.000Z'),
      counts: { replies: 2, reposts: 7, likes: 31 },
    });
  });

  it('reads replies below it as ordinary posts', () => {
    expect(reply).toMatchObject({ id: '1880000000000000011', isFocal: false, counts: { replies: 0, reposts: 0, likes: 1 } });
  });
});
