// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { BoundedMap } from '@/lib/content/bounded-map';
import { observePosts, reusableTimer } from '@/lib/content/observe-posts';
import { buildTimelinePage, cellContentHtml, type TimelinePost } from '../e2e/support/x-timeline';

// A shift is thousands of batches on one page: nothing the content script keeps may grow with them.

const post = (n: number): TimelinePost => ({ id: String(5000 + n), handle: `u${n}`, name: `U${n}`, text: `post ${n}` });
const frame = () => new Promise((r) => setTimeout(r, 40));

let ctx: ContentScriptContext | null = null;
afterEach(() => ctx?.notifyInvalidated());

/** Counts the abort listeners added to the context's signal (what WXT's ctx timers leak one of per call). */
function countSignalListeners(context: ContentScriptContext): () => number {
  const signal = context.signal;
  let added = 0;
  const original = signal.addEventListener.bind(signal);
  signal.addEventListener = ((...args: Parameters<AbortSignal['addEventListener']>) => {
    added += 1;
    return original(...args);
  }) as AbortSignal['addEventListener'];
  return () => added;
}

describe('a long shift on one page', () => {
  it("keeps the context's listener count flat however many batches pass", async () => {
    document.documentElement.innerHTML = buildTimelinePage([post(0)]).replace(/^<!DOCTYPE html><html[^>]*>/, '').replace(/<\/html>$/, '');
    ctx = new ContentScriptContext('test');
    const listeners = countSignalListeners(ctx);
    let batches = 0;
    observePosts(ctx, () => (batches += 1));
    const list = document.querySelector('section[role="region"] > div[aria-label] > div')!;
    const addBatch = async (n: number) => {
      const cell = document.createElement('div');
      cell.setAttribute('data-testid', 'cellInnerDiv');
      cell.innerHTML = cellContentHtml(post(n));
      list.append(cell);
      // One batch per append: wait for it (a loaded machine may take more than a frame).
      for (let tries = 0; batches < n && tries < 50; tries++) await frame();
    };
    await addBatch(1);
    const afterFirst = listeners();
    for (let n = 2; n <= 60; n++) await addBatch(n);
    expect(batches).toBe(60);
    // The 59 batches after the first added no listener to the context.
    expect(listeners()).toBe(afterFirst);
  });

  it('runs a scheduled timer once per burst and never after the context is invalidated', async () => {
    ctx = new ContentScriptContext('test');
    let runs = 0;
    const timer = reusableTimer(ctx, () => (runs += 1));
    timer.schedule();
    timer.schedule();
    await frame();
    expect(runs).toBe(1);
    timer.schedule();
    ctx.notifyInvalidated();
    await frame();
    expect(runs).toBe(1);
  });

  it('per-post maps keep only the most recent posts, refreshed ones last to go', () => {
    const map = new BoundedMap<string, number>(3);
    for (let i = 0; i < 10_000; i++) map.set(String(i), i);
    expect(map.size).toBe(3);
    expect([...map.keys()]).toEqual(['9997', '9998', '9999']);
    map.set('9997', 1);
    map.set('x', 0);
    expect([...map.keys()]).toEqual(['9999', '9997', 'x']);
  });
});
