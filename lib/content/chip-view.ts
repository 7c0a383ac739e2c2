import type { Classification } from '../classify/types';
import { makeT } from '../i18n/make-t';
import type { PostState } from '../messages/protocol';
import { formatAge } from '../../components/common/relative-time';
import { messages as commonMessages } from '../../components/common/messages';
import type { ChipView } from './chip';
import { messages } from './messages';

const t = makeT(messages);
const tc = makeT(commonMessages);

export interface LocalChipFlags {
  /** Until when the undo button of the operator's own click stays (epoch ms). */
  undoUntil: number;
  error: string | null;
}

/** 「対応済み · 佐藤 · 3分前、鈴木 · 1分前」: every operator who handled it (offline duplicates included). */
function handledText(state: PostState, now: number): string {
  const who = state.handled
    .map((h) => t('handledEntry', { operator: h.operator, ago: formatAge(h.handledAt, now) }))
    .join('、');
  return t('handledBy', { who });
}

function stateOf(state: PostState | undefined, me: string, now: number): ChipView['state'] {
  if (state?.handled.length) return { text: handledText(state, now), kind: 'handled' };
  // Our own claim needs no warning; a teammate's does, until it expires.
  const claim = state?.claim;
  if (claim && claim.operator !== me && claim.expiresAt > now) {
    return { text: t('replying', { operator: claim.operator }), kind: 'claimed' };
  }
  return null;
}

export function chipView(
  c: Classification,
  state: PostState | undefined,
  me: string,
  flags: LocalChipFlags | undefined,
  now = Date.now(),
): ChipView {
  const categoryLabel = tc(c.category);
  const priorityLabel = t('priority', { n: c.priority });
  const handledByMe = !!state?.handled.some((h) => h.operator === me);
  return {
    postId: c.id,
    category: c.category,
    categoryLabel,
    priority: c.priority,
    priorityLabel,
    ariaLabel: t('chipLabel', { category: categoryLabel, p: priorityLabel }),
    state: stateOf(state, me, now),
    showMark: !handledByMe,
    showUndo: handledByMe && !!flags && flags.undoUntil > now,
    error: flags?.error ?? null,
    labels: { mark: t('markHandled'), undo: t('undo'), reply: t('reply') },
  };
}

/** The operators who handled the post, for `data-kizuki-handled`; null when nobody has. */
export function handledAttr(state: PostState | undefined): string | null {
  if (!state?.handled.length) return null;
  return [...new Set(state.handled.map((h) => h.operator))].join(', ');
}
