import { browser } from 'wxt/browser';
import type { PostSummary } from '../../contract/records';
import { db } from '../../db/database';
import { seenRows, storeSeen } from '../../queue/seen-posts';
import { tabPostStates } from '../shared-state-reads';
import { handToPanels, panelsOpen, panelsReread } from '../panel-handoff';
import { defineHandler } from '../define-handler';
import { labelPosts, secondReadingLater } from '../learned-layer';
import { baseModelIfTrained } from '../../classify/base-model';
import { deadlinesOf, noteTeamSightings, reportPolicy } from '../team-posts';

/** The last seenAt stamped: stamps never go back, even if the clock does. */
let lastStamp = 0;

/**
 * When the rows were seen, stamped as their write begins. IndexedDB commits writes to one store in
 * the order they begin, and the panel reads what is new from the newest seenAt it has read
 * (use-queue.ts). Stamped when the report arrived, as before, a report that waited longer for its
 * labels (two are on their way per tab, more with more tabs) could commit after a later one with an
 * earlier stamp: had the panel not been handed its rows (it drops hand-offs while it reads the whole
 * queue again), it would never have read them.
 */
const stampSeen = () => (lastStamp = Math.max(lastStamp, Date.now()));

/**
 * Brand posts a tab has shown: the side panel's queue watches the table, and an open panel is also
 * handed the rows as they are written; the answer goes as soon as they are stored. A post with no tab (not from a tab's content script) is refused.
 * Each is labelled as the team sees it first (a correction, the learned layer); chips whose
 * category changed that way are told to ask again.
 */
export default defineHandler('posts/seen', async (req, sender) => {
  const tabId = sender.tab?.id;
  if (tabId === undefined) return { ok: false, error: 'posts/seen comes from a tab' };
  const now = Date.now();
  // Labelled as the team sees them first (a correction, the learned layer); meanwhile which of them
  // are new is read, and, for an open panel, their state: the panel is handed the rows as their write
  // starts (panel-handoff.ts), so nothing before it runs in turn.
  const withoutReading = baseModelIfTrained() === null;
  const ids = req.posts.map((p) => p.postId);
  // Which posts are new matters only for their reply deadlines: with no deadline policy in the packs
  // (kept between reports), nothing is read for it.
  const readKnown = reportPolicy(db).then(async (policy) => (policy ? (await db.seenPosts.bulkGet(ids)).map(Boolean) : null));
  const [posts, known, states] = await Promise.all([labelPosts(req.posts), readKnown, panelsOpen() ? tabPostStates(ids, now, true) : undefined]);
  const rows = seenRows(posts, tabId, stampSeen());
  const stored = storeSeen(db, rows);
  if (states) handToPanels(rows, states);
  await stored.catch((error: unknown) => {
    panelsReread();
    throw error;
  });
  // Stored: the page may send its next report. What follows (the
  // team's sightings, the chips' deadlines) is not on the way from the page to the panel.
  const warn = (error: unknown) => console.warn('kizuki: after posts/seen', error);
  void afterSeen(posts, known, req.posts, tabId, sender.tab?.url, now).catch(warn);
  void secondReadingLater(posts.map((p) => p.postId), withoutReading).catch(warn);
  return { ok: true };
});

async function afterSeen(posts: PostSummary[], known: boolean[] | null, reported: PostSummary[], tabId: number, tabUrl: string | undefined, now: number): Promise<void> {
  await noteTeamSightings(db, posts, tabUrl, now);
  // The chips asked for state before these posts were stored: send them their reply deadlines (known
  // is null without a deadline policy), and the team's category where it differs from what the
  // page's rules said.
  const fresh = known ? posts.filter((_p, i) => !known[i]).map((p) => p.postId) : [];
  const relabelled = posts.filter((p, i) => p.category !== reported[i]!.category).map((p) => p.postId);
  const ids = [...new Set([...(fresh.length ? Object.keys(await deadlinesOf(db, fresh)) : []), ...relabelled])];
  if (ids.length) await browser.tabs.sendMessage(tabId, { type: 'push/state-changed', postIds: ids }).catch(() => {});
}
