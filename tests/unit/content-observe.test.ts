// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { observePosts } from '@/lib/content/observe-posts';
import { buildTimelinePage, cellContentHtml, type TimelinePost } from '../e2e/support/x-timeline';

// Which articles the observer hands over, and when: batched, outermost articles only, our own chip
// insertions ignored (or every chip would trigger another pass), X's removal of a chip not ignored.

const post = (n: number, extra: Partial<TimelinePost> = {}): TimelinePost => ({ id: String(1000 + n), handle: `u${n}`, name: `U${n}`, text: `post ${n}`, ...extra });
const wait = (ms = 300) => new Promise((r) => setTimeout(r, ms));

let ctx: ContentScriptContext | null = null;
afterEach(() => ctx?.notifyInvalidated());

function start(posts: TimelinePost[]) {
  document.documentElement.innerHTML = buildTimelinePage(posts).replace(/^<!DOCTYPE html><html[^>]*>/, '').replace(/<\/html>$/, '');
  ctx = new ContentScriptContext('test');
  const batches: Element[][] = [];
  const observer = observePosts(ctx, (articles) => batches.push(articles));
  return { batches, observer };
}

describe('observing posts', () => {
  it('hands over appended posts in one batch, not one call per mutation', async () => {
    const { batches } = start([post(1)]);
    const list = document.querySelector('section[role="region"] > div[aria-label] > div')!;
    for (let i = 2; i <= 21; i++) {
      const cell = document.createElement('div');
      cell.setAttribute('data-testid', 'cellInnerDiv');
      cell.innerHTML = cellContentHtml(post(i));
      list.append(cell);
    }
    await wait();
    expect(batches).toHaveLength(1);
    expect(batches[0]).toHaveLength(20);
  });

  it('reports the quoting article, never the quoted content as a post of its own', async () => {
    const { batches } = start([post(1, { quote: { handle: 'q', name: 'Q', text: 'quoted' } })]);
    document.querySelector('div[role="link"] [data-testid="tweetText"] span')!.textContent = 'changed quote';
    await wait();
    expect(batches.flat()).toEqual([document.querySelector('article[data-testid="tweet"]')]);
  });

  it('ignores its own chip insertions, but not a chip X removed', async () => {
    const { batches } = start([post(1)]);
    const article = document.querySelector('article')!;
    const host = document.createElement('div');
    host.setAttribute('data-kizuki-chip', '');
    article.querySelector('[data-testid="tweetText"]')!.before(host);
    await wait();
    expect(batches).toHaveLength(0);
    host.remove();
    await wait();
    expect(batches.flat()).toEqual([article]);
  });

  it('flushAll re-reads every post on the page (new packs, navigation)', async () => {
    const { batches, observer } = start([post(1), post(2), post(3)]);
    observer.flushAll();
    await wait();
    expect(batches[0]).toHaveLength(3);
  });

  it('stops with its context', async () => {
    const { batches } = start([post(1)]);
    ctx!.notifyInvalidated();
    document.querySelector('[data-testid="tweetText"] span')!.textContent = 'edited';
    await wait();
    expect(batches).toHaveLength(0);
  });
});
