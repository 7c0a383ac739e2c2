import { extractPost, isAd } from './extract';
import { CELL, POST, PRIMARY_COLUMN } from './selectors';

export interface MarkupHealth {
  /** Timeline cells on the page. */
  cells: number;
  /** Places that visibly hold a post (a `time[datetime]`), whatever X calls their wrapper. */
  postLike: number;
  /** Posts extractPost recognised (ads count: the markup was understood). */
  recognised: number;
  /** Posts are on screen but none was recognised: X's markup changed under us. */
  broken: boolean;
}

const POST_TIME = 'time[datetime]';

/**
 * Counts post-like cells: a post shows its time, which survives most redesigns, while the post
 * selector and the extractor are what break. Cells with only spinners, "Who to follow" or
 * "Show more" rows hold no time, so an empty or loading timeline is not reported as broken. If the
 * cell testid itself disappears, times in the primary column stand in for cells.
 */
function countPostLike(root: ParentNode, cells: NodeListOf<Element>): number {
  if (cells.length === 0) return root.querySelectorAll(`${PRIMARY_COLUMN} ${POST_TIME}`).length;
  let n = 0;
  for (const cell of cells) if (cell.querySelector(POST_TIME)) n++;
  return n;
}

/** Detects "cells on the page but no post recognised" so the content script can say so. */
export function checkMarkupHealth(root: ParentNode): MarkupHealth {
  const cells = root.querySelectorAll(CELL);
  const postLike = countPostLike(root, cells);
  let recognised = 0;
  for (const article of root.querySelectorAll(POST)) {
    if (isAd(article) || extractPost(article)) recognised++;
  }
  return { cells: cells.length, postLike, recognised, broken: postLike > 0 && recognised === 0 };
}
