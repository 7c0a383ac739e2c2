import type { Category } from '../categories';
import { classifyWithLearning, priorityAs } from '../classify/combine';
import type { LearnedModel } from '../classify/learned';
import type { ClassifierSpec } from '../classify/spec';
import type { PostSummary } from '../contract/records';

// A brand post's category as the team sees it: a teammate's correction of that very post first,
// then the learned layer (for brand posts, once it has been taught enough), then the rules' reading
// the content script reported, read a second time (second-reading.ts: mostly when the rules found nothing). The rules' reading is kept beside it, so a retrained model or a
// withdrawn correction can relabel the post from what the rules said, not from an earlier override.

function rulesOf(post: PostSummary): { category: Category; priority: number } {
  return post.decidedBy && post.decidedBy !== 'rules' && post.rulesCategory
    ? { category: post.rulesCategory, priority: post.rulesPriority ?? post.priority }
    : { category: post.category, priority: post.priority };
}

/** Priority of a post in a category the rules did not give it, from the matches the page reported. */
const priorityOf = (category: Category, post: PostSummary) =>
  priorityAs(category, post.matches, { id: post.postId, text: post.text, publishedAt: post.publishedAt ?? undefined });

/** `reading`: the model of the second reading (null: not trained yet, the second reading is skipped). */
export function labelPost<P extends PostSummary>(
  post: P,
  corrected: Category | undefined,
  spec: ClassifierSpec | null,
  model: LearnedModel | null,
  reading: LearnedModel | null,
): P {
  const rules = rulesOf(post);
  const { decidedBy: _d, rulesCategory: _c, rulesPriority: _p, ...plain } = post;
  const asRules = { ...plain, category: rules.category, priority: rules.priority } as P;
  const overridden = (category: Category, decidedBy: 'learned' | 'team' | 'reading', priority: number) =>
    category === rules.category ? asRules : ({ ...plain, category, priority, decidedBy, rulesCategory: rules.category, rulesPriority: rules.priority } as P);
  if (corrected) return overridden(corrected, 'team', priorityOf(corrected, post));
  if (!spec || post.brands.length === 0) return asRules;
  const c = classifyWithLearning({ id: post.postId, text: post.text, lang: post.lang ?? undefined, publishedAt: post.publishedAt ?? undefined }, spec, model, { secondReading: reading ?? undefined });
  return c.decidedBy !== 'rules' ? overridden(c.category, c.decidedBy, priorityOf(c.category, post)) : asRules;
}
