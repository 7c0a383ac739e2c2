import type { makeT } from '../../i18n/make-t';
import type { NgWord } from '../../pack/schema';
import type { Finding } from '../finding';
import type { messages } from '../messages';

export interface CheckContext {
  tone: string;
  ngWords: readonly NgWord[];
  /** The template as filled for this post, when the draft started from one. */
  template?: string;
  t: ReturnType<typeof makeT<(typeof messages)['en']>>;
}

/** A check reads the draft and returns its findings; checks never depend on one another. */
export type Check = (draft: string, ctx: CheckContext) => Finding[];
