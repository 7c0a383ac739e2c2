import type { Category } from '../../categories';
import type { Classification } from '../../classify/types';
import type { PostState } from '../../contract/post-state';
import { messages as commonMessages } from '../../i18n/common-messages';
import { currentLang, makeT, type Lang } from '../../i18n/plain-t';
import { formatAge } from '../../i18n/relative-time';
import { messages } from '../messages';


/** Everything a chip shows, computed here (pure, tested) so that chip.ts only writes DOM. */
export interface ChipView {
  postId: string;
  category: Category;
  categoryLabel: string;
  priority: number;
  priorityLabel: string;
  ariaLabel: string;
  state: { text: string; kind: 'handled' | 'claimed' | 'overdue' } | null;
  showMark: boolean;
  showUndo: boolean;
  error: string | null;
  labels: { mark: string; undo: string; reply: string; fix: string };
}

export interface LocalChipFlags {
  /** Until when the undo button of the operator's own click stays (epoch ms). */
  undoUntil: number;
  error: string | null;
}

/** 「対応済み · 佐藤 · 3分前、鈴木 · 1分前」: every operator who handled it (offline duplicates included). */
function handledText(state: PostState, now: number, lang: Lang): string {
  const t = makeT(messages, lang);
  const who = state.handled
    .map((h) => t('handledEntry', { operator: h.operatorName, ago: formatAge(h.handledAt, now, lang) }))
    .join('、');
  return t('handledBy', { who });
}

function stateOf(state: PostState | undefined, me: string, now: number, lang: Lang): ChipView['state'] {
  if (state?.handled.length) return { text: handledText(state, now, lang), kind: 'handled' };
  // Our own claim needs no warning; a teammate's does, until it expires.
  const claim = state?.claim;
  if (claim && claim.operator !== me && claim.expiresAt > now) {
    return { text: makeT(messages, lang)('replying', { operator: claim.operatorName }), kind: 'claimed' };
  }
  if (state?.deadline !== undefined && now > state.deadline) return { text: makeT(messages, lang)('overdue'), kind: 'overdue' };
  return null;
}

export function chipView(
  c: Classification,
  state: PostState | undefined,
  me: string,
  flags: LocalChipFlags | undefined,
  now = Date.now(),
  lang: Lang = currentLang(),
): ChipView {
  const t = makeT(messages, lang);
  const tc = makeT(commonMessages, lang);
  // The team's category (a correction, the learned layer) when the background knows one.
  const category = state?.category ?? c.category;
  const categoryLabel = tc(category);
  const priorityLabel = t('priority', { n: c.priority });
  const handledByMe = !!state?.handled.some((h) => h.operator === me);
  return {
    postId: c.id,
    category,
    categoryLabel,
    priority: c.priority,
    priorityLabel,
    ariaLabel: t('chipLabel', { category: categoryLabel, p: priorityLabel }),
    state: stateOf(state, me, now, lang),
    showMark: !handledByMe,
    showUndo: handledByMe && !!flags && flags.undoUntil > now,
    error: flags?.error ?? null,
    labels: { mark: t('markHandled'), undo: t('undo'), reply: t('reply'), fix: t('fixCategory') },
  };
}

/**
 * `data-kizuki-handled` on x.com's article: "mine" (this operator handled it) or "team" (only
 * teammates did); null when nobody has. Never names: x.com's scripts read the page's attributes, and
 * who in the team handled what is not theirs to know. Names are shown inside the chip only.
 */
export function handledAttr(state: PostState | undefined, me: string): 'mine' | 'team' | null {
  if (!state?.handled.length) return null;
  return state.handled.some((h) => h.operator === me) ? 'mine' : 'team';
}
