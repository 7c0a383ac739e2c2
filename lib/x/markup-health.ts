import { extractPost, isAd } from './extract';
import { CELL, POST, PRIMARY_COLUMN, STATUS_TIME } from './selectors';

export interface MarkupHealth {
  /** Timeline cells on the page. */
  cells: number;
  /** Places that visibly hold a post (a time linking to a status), whatever X calls their wrapper. */
  postLike: number;
  /** Posts extractPost recognised (ads count: the markup was understood). */
  recognised: number;
  /** Posts are on screen but none was recognised: X's markup changed under us. */
  broken: boolean;
}

/**
 * Counts post-like cells: a post shows its time as a link to its status page, which has survived
 * every redesign in the saved pages, while the post testid and the extractor are what break.
 * Spinners, "Who to follow" and "Show more" rows have no status time link, so an empty or loading
 * timeline is not reported as broken; notification rows ("X liked your post") are assumed not to
 * have one either (no saved notifications page to check against).
 * If the cell testid itself disappears, status times in the primary column stand in for cells.
 */
const POST_TIME = STATUS_TIME;

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
