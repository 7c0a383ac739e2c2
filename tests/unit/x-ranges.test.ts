import { describe, expect, it } from 'vitest';
import { extractPost } from '../../lib/x/extract';
import { rangesForSpan } from '../../lib/x/ranges';
import { POST } from '../../lib/x/selectors';
import { fixtureDocument } from '../fixtures/x/load';

function firstPost() {
  const article = fixtureDocument('timeline.html').querySelector(POST)!;
  return extractPost(article)!;
}

function spanOf(text: string, part: string): [number, number] {
  const start = text.indexOf(part);
  if (start < 0) throw new Error(`"${part}" not in text`);
  return [start, start + part.length];
}

describe('rangesForSpan', () => {
  it('highlights the text on both sides of an emoji image, one range per text node', () => {
    const post = firstPost();
    const ranges = rangesForSpan(post.pieces, ...spanOf(post.text, '圏外😭 #ミドリ'));
    expect(ranges.map((r) => r.toString())).toEqual(['圏外', ' ', '#ミドリ']);
  });

  it('covers exactly the visible part of a link, never its hidden spans', () => {
    const post = firstPost();
    const ranges = rangesForSpan(post.pieces, ...spanOf(post.text, 'example.jp/support/route'));
    expect(ranges.map((r) => r.toString())).toEqual(['example.jp/support/route']);
    expect(ranges[0]!.startContainer.parentElement?.localName).toBe('a');
  });

  it('returns nothing for an empty span or one that only covers an emoji', () => {
    const post = firstPost();
    expect(rangesForSpan(post.pieces, 3, 3)).toEqual([]);
    expect(rangesForSpan(post.pieces, ...spanOf(post.text, '😭'))).toEqual([]);
  });

  it('skips text nodes X changed after extraction instead of throwing', () => {
    const post = firstPost();
    const [start, end] = spanOf(post.text, 'ミドリ電機のルーター');
    (post.pieces[0]!.node as Text).data = '短い';
    expect(rangesForSpan(post.pieces, start, end)).toEqual([]);
  });
});
