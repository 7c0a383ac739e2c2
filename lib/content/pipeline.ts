import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { classifierInSteps, warmPatterns, type Classifier } from '../classify/classifier';
import type { Classification } from '../classify/types';
import type { PostSummary } from '../contract/records';
import { sendRequest } from '../contract/request-port';
import { extractPost, isAd } from '../x/extract';
import type { ExtractedPost } from '../x/types';
import { BoundedMap } from './bounded-map';
import { observePosts } from './observe-posts';
import { followOn, startBatchTimer, type Perf } from './perf';
import { onPush } from './pushes';

// observe → extract → classify, once per post, for every feature. Features (./features/*) receive
// each batch and never re-read the page themselves: one reading, many uses.

/** A brand post as an article shows it right now. */
export interface PostView {
  article: Element;
  post: ExtractedPost;
  classification: Classification;
  summary: PostSummary;
}

export interface Batch {
  /** Brand posts X added or changed, read from the articles' CURRENT content (cells are recycled). */
  posts: PostView[];
  /** Articles that no longer hold a brand post (another post, an ad, nothing): take our marks off. */
  cleared: Element[];
  /**
   * Brand posts whose cell X recycled before a slice came to them (a fast scroll on a busy machine):
   * read from the detached article, which keeps its content. The page showed them, so they are
   * reported; there is nothing left on the page to mark.
   */
  gone: PostView[];
  /** False when more of what X changed is still to be read, in a later task (see TASK_MS). */
  last: boolean;
  /**
   * Put into the page now what this and the earlier slices of the reading prepared (chips placed,
   * highlights shown): its last slice, or a reading that has gone on for PLACE_AFTER_MS. Marks placed
   * slice by slice changed the page in as many frames as the reading had slices, and each such frame
   * cost a layout pass and a repaint of every highlighted post (Chromium rebuilds its highlight markers
   * on any change). Taking marks off (`cleared`) is never put off.
   */
  place: boolean;
  perf: Perf;
}

/** What features see of the page. Read-only: features share no mutable state. */
export interface Page {
  /** Each batch, for as long as `signal` lives. */
  onBatch(listener: (batch: Batch) => void, signal: AbortSignal): void;
  /** The connected articles showing `postId` (a post can appear twice, e.g. in a thread and a quote). */
  viewsOf(postId: string): PostView[];
  /** Every brand post on the page now. */
  views(): PostView[];
}

// Some fifty screens of posts: enough that scrolling back or X re-rendering hits it, small enough to fill
// early in a shift and stay flat (bench/soak.bench.ts).
const CACHE_LIMIT = 1000;
/**
 * What one task may cost the page: reading AND the features' work for what it read. What X changed
 * in one frame is read in slices, each handed to the features as a batch of its own, with a task
 * boundary between them: the browser can paint a frame or answer a key press in between, so a frame
 * that brings many posts (a fast scroll, a page re-read after new packs) is not held up by all of
 * them at once. A slice stops reading once what it read, plus what the features will spend on it
 * (learned from the slices before), fills the budget. On a busy machine a task that goes past 5 ms
 * has mostly waited for a core, and the longer a task, the likelier such a wait falls in it: over the
 * soak's first 2,000 posts (bench/soak.bench.ts), slices of 3 ms had a p95 of 5.3–6.8 ms and slices
 * of 2 ms 4.4–6.1 ms (four short runs of each in turn); in seven full soaks of each in turn, slices
 * of 2 ms had a p95 of 3.9–5.3 ms (median 4.4) over the first 2,000 posts and 3.7–4.6 ms over the
 * last, slices of 1.5 ms 3.7–5.2 ms (median 3.9) and 3.0–4.3 ms, the panel's lag no higher. A reading
 * in more slices reports its posts a little later (the seen report leaves after its last slice).
 */
const TASK_MS = 1.5;
/**
 * Falling behind: more articles wait than X adds in a frame or two. X recycles a cell for another
 * post once it has scrolled far enough, and a post whose cell was recycled before it was read is never
 * read (a complaint missed): a busy page reads in longer tasks until it has caught up, still short
 * of 5 ms, the longest task the page may be held up by.
 */
const BEHIND = 30;
const CATCH_UP_MS = 4.5;
/** A reading that keeps going (X adding posts as fast as they are read) still shows its marks this often. */
const PLACE_AFTER_MS = 100;
/** How fast the features' cost per post follows what was measured (an exponential average). */
const LEARN = 0.2;

/** What the background and the side panel learn of a brand post: plain data, no DOM. */
function toSummary(post: ExtractedPost, c: Classification): PostSummary {
  return {
    postId: post.id,
    url: post.url,
    authorHandle: post.handle,
    displayName: post.displayName,
    text: post.text,
    lang: post.lang,
    publishedAt: post.publishedAt,
    category: c.category,
    priority: c.priority,
    brands: c.brands,
    matches: c.matches.map(({ kind, term, start, end, brandId }) => ({ kind, term, start, end, ...(brandId ? { brandId } : {}) })),
  };
}

/** Classifications by post id, with the text they were made from; bounded (see CACHE_LIMIT). */
type ClassifyCache = BoundedMap<string, { text: string; result: Classification }>;

/**
 * A post scrolled past twice, or its cell re-rendered by X, is not classified again. Remembered by
 * id and text, never by element (cells are recycled).
 */
function classifyOnce(classifier: Classifier, cache: ClassifyCache, post: ExtractedPost): Classification {
  const hit = cache.get(post.id);
  if (hit?.text === post.text) return hit.result;
  const { replies, reposts, likes } = post.counts;
  const result = classifier.classify({
    id: post.id,
    text: post.text,
    lang: post.lang ?? undefined,
    publishedAt: post.publishedAt ?? undefined,
    counts: { replies: replies ?? undefined, reposts: reposts ?? undefined, likes: likes ?? undefined },
  });
  cache.set(post.id, { text: post.text, result });
  return result;
}

/** Reads one article: its brand post, or null (no classifier yet, an ad, no text, no brand). */
function read(article: Element, classifier: Classifier | null, cache: ClassifyCache, perf: Perf, before?: PostView): PostView | null {
  const post = classifier && !isAd(article) ? extractPost(article) : null;
  perf.lap('extract');
  const c = post?.textElement ? classifyOnce(classifier!, cache, post) : null;
  perf.lap('classify');
  if (!post || !c || c.brands.length === 0) return null;
  // The same classification object means the same post id and text (classifyOnce): its summary stands.
  const summary = before?.classification === c ? before.summary : toSummary(post, c);
  return { article, post, classification: c, summary };
}

export interface Pipeline extends Page {
  /** Reads every post on the page again (start, new packs, navigation). */
  rereadAll(): void;
}

/**
 * Starts observing the page. The compiled packs come from the background (the content script never
 * reads storage itself); the matcher is rebuilt only when their revision changes.
 */
export function startPipeline(ctx: ContentScriptContext): Pipeline {
  const listeners = new Set<(batch: Batch) => void>();
  const byArticle = new Map<Element, PostView>();
  const cache: ClassifyCache = new BoundedMap(CACHE_LIMIT);
  let classifier: Classifier | null = null;
  let revision: string | null = null;

  /** Articles X added or changed, not read yet; in the order they came. */
  const queue = new Set<Element>();
  let sliceLater = false;
  /** When the reading under way (slices until the queue is empty) began, or null between readings. */
  let readingSince: number | null = null;
  /** What the features spend per post handed to them (a chip, highlights, the report), in ms. */
  let featuresMsPerPost = 0.15;
  // The next slice runs in the next task, not after a timer: the browser clamps a timer set from a
  // timer to 4 ms after a few in a row, and a page that reads in short tasks with 4 ms gaps between
  // them falls behind (see BEHIND).
  const nextTask = new MessageChannel();
  nextTask.port1.onmessage = () => readSlice();

  const postsLeft = () => {
    for (const article of byArticle.keys()) if (!article.isConnected) return true;
    return false;
  };

  function readSlice(): void {
    sliceLater = false;
    // X took posts away and changed nothing else that holds one (a page without posts): an empty
    // batch, so that the features let go of what they kept for the posts that left.
    if (ctx.signal.aborted || (queue.size === 0 && !postsLeft())) return;
    const perf = startBatchTimer();
    const batch: Batch = { posts: [], cleared: [], gone: [], last: false, place: false, perf };
    const start = performance.now();
    readingSince ??= start;
    const budget = queue.size > BEHIND ? CATCH_UP_MS : TASK_MS;
    let n = 0;
    // Deleting while iterating is safe for a Set (and for a Map below): no copy per slice.
    for (const article of queue) {
      queue.delete(article);
      n++;
      const view = read(article, classifier, cache, perf, byArticle.get(article));
      if (!article.isConnected) {
        if (view) batch.gone.push(view);
      } else if (view) {
        byArticle.set(article, view);
        batch.posts.push(view);
      } else if (byArticle.delete(article) || article.hasAttribute('data-kizuki-category')) {
        batch.cleared.push(article);
      }
      // Stops before the next article would overrun the budget: what was read, what the features
      // will spend on it, and one more article at this slice's pace. A hidden tab paints no frames:
      // it reads all at once.
      const owed = featuresMsPerPost * (batch.posts.length + batch.cleared.length);
      if (((performance.now() - start) * (n + 1)) / n + owed > budget && !document.hidden) break;
    }
    for (const article of byArticle.keys()) if (!article.isConnected) byArticle.delete(article);
    batch.last = queue.size === 0;
    batch.place = batch.last || start - readingSince >= PLACE_AFTER_MS;
    if (batch.place) readingSince = batch.last ? null : start;
    if (!batch.last) {
      sliceLater = true;
      nextTask.port2.postMessage(0);
    }
    const handedOver = batch.posts.length + batch.cleared.length;
    const featuresStart = performance.now();
    for (const listener of listeners) listener(batch);
    if (handedOver) featuresMsPerPost += LEARN * ((performance.now() - featuresStart) / handedOver - featuresMsPerPost);
    perf.end(n, batch.posts.length);
  }

  function onArticles(articles: Element[]): void {
    for (const article of articles) queue.add(article);
    if (!sliceLater) readSlice();
  }

  const observer = observePosts(ctx, onArticles);

  async function loadSpec(): Promise<void> {
    const reply = await sendRequest({ type: 'spec/get' });
    if (!reply.ok || reply.spec.revision === revision) return;
    const { spec } = reply;
    revision = spec.revision;
    // A post naming no brand is neither marked nor queued: it is not read past the scan. Built in two
    // tasks (classifierInSteps): as one, a large pack's build would hold up a frame.
    let finish!: () => Classifier;
    let built!: Classifier;
    /** After a task boundary: false when newer packs came meanwhile (their build replaces this one). */
    const stillCurrent = () => new Promise((resolve) => setTimeout(resolve)).then(() => revision === spec.revision);
    followOn('classifier-build', () => (finish = classifierInSteps(spec, { brandPostsOnly: true })));
    if (!(await stillCurrent())) return;
    followOn('classifier-build', () => (built = finish()));
    // Then its patterns compiled, in slices too, before the first reading slice would pay for them.
    for (let warmed = 0; warmed < built.patterns.length; ) {
      if (!(await stillCurrent())) return;
      followOn('classifier-warm', () => (warmed = warmPatterns(built.patterns, warmed, TASK_MS)));
    }
    classifier = built;
    cache.clear();
    observer.flushAll();
  }

  onPush('push/spec-changed', () => void loadSpec(), ctx.signal);
  void loadSpec();

  return {
    onBatch(listener, signal) {
      listeners.add(listener);
      signal.addEventListener('abort', () => listeners.delete(listener), { once: true });
    },
    viewsOf: (postId) => [...byArticle.values()].filter((v) => v.post.id === postId && v.article.isConnected),
    views: () => [...byArticle.values()],
    rereadAll: () => observer.flushAll(),
  };
}
