// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { ownScope } from '@/lib/x/scope';

// What belongs to an article's own post: its quote blocks (a div[role=link] with its own User-Name) and
// nested (unavailable-quote) articles are looked up once, and nothing inside them is the post's own.

function article(html: string): Element {
  document.body.innerHTML = `<article data-testid="tweet">${html}</article>`;
  return document.querySelector('article')!;
}
const text = (t: string) => `<div data-testid="tweetText" lang="ja">${t}</div>`;
const userName = '<div data-testid="User-Name"><span>@quoted</span></div>';

describe('ownScope', () => {
  it("skips the quoted post's text even when it comes first, and finds the quote block", () => {
    const a = article(`<div role="link" id="quote">${userName}${text('quoted words')}</div>${text('own words')}`);
    const scope = ownScope(a);
    expect(scope.own('[data-testid="tweetText"]')!.textContent).toBe('own words');
    expect(scope.quote?.id).toBe('quote');
  });

  it('a card link without a User-Name is part of the post; a nested article is not', () => {
    const a = article(`<div role="link">${text('card words')}</div><article>${text('unavailable quote')}</article>`);
    const scope = ownScope(a);
    expect(scope.own('[data-testid="tweetText"]')!.textContent).toBe('card words');
    expect(scope.quote).toBeNull();
  });

  it('a quote inside a quote is not the quote block; a block is not inside itself', () => {
    const a = article(`<div role="link" id="outer">${userName}<div role="link" id="inner">${userName}</div></div>`);
    const scope = ownScope(a);
    expect(scope.quote?.id).toBe('outer');
    expect(scope.own('div[role="link"]')?.id).toBe('outer');
    expect(scope.own('[data-testid="tweetText"]')).toBeNull();
  });
});
