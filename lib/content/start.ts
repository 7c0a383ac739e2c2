import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createAnnotator } from './annotate-posts';
import { createChipActions } from './chip-actions';
import type { LocalChipFlags } from './chip-view';
import { undecorate } from './decorate';
import { focusPost } from './focus-post';
import { createHighlighter } from './highlight';
import { createMarkupWarning } from './markup-warning';
import { observePosts } from './observe-posts';
import { createPostRegistry } from './post-registry';
import { createStateStore } from './post-state';
import { listenForPushes } from './pushes';
import { createSeenReporter } from './report-seen';
import { createSpecClient } from './spec-client';

// Chips say 「3分前」: refresh the wording now and then, only for posts on screen.
const AGE_REFRESH_MS = 30_000;

/** Wires Kizuki's features on an x.com page; everything stops with `ctx`. */
export function startKizuki(ctx: ContentScriptContext): void {
  const highlighter = createHighlighter();
  // An updated or removed extension leaves nothing behind (a newer content script redraws its own).
  ctx.onInvalidated(() => {
    highlighter.dispose();
    for (const article of document.querySelectorAll('[data-kizuki-category]')) undecorate(article, highlighter);
  });
  const registry = createPostRegistry();
  const flags = new Map<string, LocalChipFlags>();
  const states = createStateStore((ids) => annotator.repaint(ids));
  const seen = createSeenReporter(ctx);
  const warning = createMarkupWarning(ctx);
  const annotator = createAnnotator({
    highlighter,
    registry,
    states,
    flags,
    onAction: (action, postId) => onAction(action, postId),
    onSeen: (posts) => seen.report(posts),
  });
  const onAction = createChipActions({ ctx, registry, states, flags, repaint: annotator.repaint });
  const observer = observePosts(ctx, (articles) => {
    annotator.annotate(articles);
    warning.schedule();
  });
  const specs = createSpecClient((classifier) => {
    annotator.setClassifier(classifier);
    seen.forget();
    observer.flushAll();
  });

  const onScreen = () => [...registry.entries()].map(([, d]) => d.post.id);
  listenForPushes(ctx, {
    specChanged: () => void specs.load(),
    stateChanged: (ids) => {
      const shown = onScreen();
      void states.fetch(ids === 'all' ? shown : ids.filter((id) => shown.includes(id)));
    },
    focus: (postId) => focusPost(registry, postId),
  });
  ctx.addEventListener(window, 'wxt:locationchange', () => {
    warning.reset();
    observer.flushAll();
  });
  ctx.setInterval(() => annotator.repaint(onScreen()), AGE_REFRESH_MS);
  void specs.load();
  warning.schedule();
}
