/**
 * The post the keyboard is on, `delta` steps from `current` in the list as shown: clamped at both
 * ends (no wrap: j held down stops at the last post); the first post when nothing is current yet or
 * the current one has left the queue.
 */
export function moveCursor(ids: readonly string[], current: string | undefined, delta: number): string | undefined {
  if (ids.length === 0) return undefined;
  const at = current === undefined ? -1 : ids.indexOf(current);
  if (at === -1) return ids[0];
  return ids[Math.min(ids.length - 1, Math.max(0, at + delta))];
}
