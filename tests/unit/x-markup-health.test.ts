import { describe, expect, it } from 'vitest';
import { checkMarkupHealth } from '../../lib/x/markup-health';
import { documentFromHtml, fixtureDocument } from '../fixtures/x/load';

describe('checkMarkupHealth', () => {
  it('is healthy on a timeline whose posts are recognised (the ad counts as understood)', () => {
    // 7 cells: 5 posts with a time, 1 ad (no time), 1 heading row.
    expect(checkMarkupHealth(fixtureDocument('timeline.html'))).toEqual({ cells: 7, postLike: 5, recognised: 6, broken: false });
  });

  it('says the markup changed when cells show posts but none is recognised', () => {
    expect(checkMarkupHealth(fixtureDocument('changed-markup.html'))).toMatchObject({ cells: 2, postLike: 2, recognised: 0, broken: true });
  });

  it('does not cry wolf on a timeline that is still loading or empty', () => {
    const loading = documentFromHtml(
      '<div data-testid="primaryColumn"><div data-testid="cellInnerDiv"><div role="progressbar"></div></div>' +
        '<div data-testid="cellInnerDiv"><span>まだポストはありません</span></div></div>',
    );
    expect(checkMarkupHealth(loading)).toMatchObject({ cells: 2, postLike: 0, broken: false });
    expect(checkMarkupHealth(documentFromHtml('<p>login</p>')).broken).toBe(false);
  });

  it('still notices posts when the cell testid itself disappeared', () => {
    const page = fixtureDocument('changed-markup.html');
    for (const cell of page.querySelectorAll('[data-testid="cellInnerDiv"]')) cell.removeAttribute('data-testid');
    expect(checkMarkupHealth(page)).toMatchObject({ cells: 0, postLike: 2, broken: true });
  });

  it('recovers once posts are recognisable again', () => {
    const page = fixtureDocument('changed-markup.html');
    const healthy = fixtureDocument('timeline.html').querySelector('article[data-testid="tweet"]')!;
    page.querySelector('[data-testid="cellInnerDiv"]')!.innerHTML = healthy.outerHTML;
    expect(checkMarkupHealth(page)).toMatchObject({ recognised: 1, broken: false });
  });
});

describe('checkMarkupHealth on rows that are not posts', () => {
  it('ignores a notification row with a plain time (no status link)', () => {
    const notifications = documentFromHtml(
      '<div data-testid="primaryColumn"><div data-testid="cellInnerDiv"><article data-testid="notification">' +
        '<span>はなこさんがあなたのポストをいいねしました</span><time datetime="2026-01-20T00:00:00.000Z">1時間</time></article></div></div>',
    );
    expect(checkMarkupHealth(notifications)).toMatchObject({ cells: 1, postLike: 0, broken: false });
  });
});
