import type { Category } from '../categories';

// The figures of the priority formula (priority.ts; documented for leads in docs/classification.md).
// Each category has a band, and the bands of complaints (50–100) and praise (5–30) never meet, so a
// detected complaint always outranks detected praise. Within a band:
//   severity (complaints): what the trouble costs the customer — charged twice, safety, data leak,
//     fraud (urgency words) > cannot use at all > broken or slow > annoyed;
//   addressed: the post names or replies to the brand's own account — the customer is waiting for us;
//   reach and age: in priority.ts.

export interface Band { base: number; min: number; max: number; addressed: number; urgent: number }

export interface PriorityRules {
  bands: Record<Category, Band>;
  /** Complaint severity tier → points: 3 critical (urgency word) or cannot use at all, 2 broken/slow, 1 annoyed. */
  severity: number[];
  /** Points for a complaint with an urgency word (+4 for each further one, up to two). */
  critical: number;
}

export const PRIORITY_RULES: PriorityRules = {
  bands: {
    complaint: { base: 55, min: 50, max: 100, addressed: 8, urgent: 10 },
    question: { base: 35, min: 25, max: 55, addressed: 8, urgent: 8 },
    request: { base: 28, min: 20, max: 45, addressed: 5, urgent: 0 },
    praise: { base: 15, min: 5, max: 30, addressed: 5, urgent: 0 },
    other: { base: 5, min: 0, max: 15, addressed: 5, urgent: 0 },
  },
  severity: [0, 0, 6, 14],
  critical: 24,
};
