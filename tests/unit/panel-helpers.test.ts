import { describe, expect, it } from 'vitest';
import { formatAge } from '@/lib/i18n/relative-time';
import { safePostUrl } from '@/components/common/x-link';
import { replyIntentUrl } from '@/components/composer/intent-url';
import { templateVars } from '@/components/composer/template-vars';
import type { SeenPost } from '@/lib/contract/records';
import { DEMO_PACK } from '@/lib/pack/store';

describe('formatAge', () => {
  const now = 10 * 86_400_000;
  it.each([
    [now - 5_000, 'たった今', 'just now'],
    [now - 3 * 60_000 - 59_000, '3分前', '3 min ago'],
    [now - 2 * 3_600_000, '2時間前', '2 h ago'],
    [now - 3 * 86_400_000, '3日前', '3 d ago'],
    [now + 30_000, 'たった今', 'just now'],
  ])('%i', (then, ja, en) => {
    expect(formatAge(then, now, 'ja')).toBe(ja);
    expect(formatAge(then, now, 'en')).toBe(en);
  });
});

describe('safePostUrl', () => {
  it('keeps links to X and replaces anything else by the canonical status link', () => {
    expect(safePostUrl('https://x.com/midori/status/42', '42')).toBe('https://x.com/midori/status/42');
    expect(safePostUrl('javascript:alert(1)', '42')).toBe('https://x.com/i/status/42');
    expect(safePostUrl('https://evil.example/x.com/', '42')).toBe('https://x.com/i/status/42');
    expect(safePostUrl('not a url', '42')).toBe('https://x.com/i/status/42');
  });
});

describe('replyIntentUrl', () => {
  it('carries the post id and the exact draft, spaces, ampersands and newlines included', () => {
    const draft = '山田様\nご不便をおかけし申し訳ございません & ありがとう #ミドリ電機 +1';
    const url = new URL(replyIntentUrl('1790000000000000001', draft));
    expect(url.origin + url.pathname).toBe('https://x.com/intent/post');
    expect(url.searchParams.get('in_reply_to')).toBe('1790000000000000001');
    expect(url.searchParams.get('text')).toBe(draft);
  });
});

describe('templateVars', () => {
  const post = {
    postId: '1', tabId: 1, url: '', authorHandle: 'yamada_t', displayName: '山田太郎', text: 'ミドリモバイルが繋がらない',
    lang: 'ja', publishedAt: null, category: 'complaint', priority: 50, brands: ['midori-mobile'],
    matches: [{ kind: 'brand', term: 'ミドリモバイル', start: 0, end: 7, brandId: 'midori-mobile' }], seenAt: 0,
  } satisfies SeenPost;

  it("fills the brand's name, the author, and the signature (the name when there is none)", () => {
    expect(templateVars(post, [DEMO_PACK], { operator: '佐藤', signature: 'サポート担当 佐藤' })).toEqual({
      name: '山田太郎', handle: 'yamada_t', product: 'ミドリモバイル', operator: 'サポート担当 佐藤',
    });
    expect(templateVars(post, [DEMO_PACK], { operator: '佐藤', signature: ' ' }).operator).toBe('佐藤');
  });

  it('leaves values it does not know undefined, so the template flags them', () => {
    const vars = templateVars({ ...post, brands: [], matches: [] }, [DEMO_PACK], { operator: '', signature: '' });
    expect(vars.product).toBeUndefined();
    expect(vars.operator).toBeUndefined();
  });
});
