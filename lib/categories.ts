// The five categories an operator sorts posts into, in the order the UI lists them.
export const CATEGORIES = ['complaint', 'question', 'request', 'praise', 'other'] as const;
export type Category = (typeof CATEGORIES)[number];

// What a highlighted span is: a brand term, a signal of one of the categories, or an urgency word.
export type MatchKind = 'brand' | Exclude<Category, 'other'> | 'urgent';
