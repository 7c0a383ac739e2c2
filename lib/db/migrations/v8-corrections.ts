import type { Migration } from './migration';

// Version 8: the team's category corrections (one per operator per post; `sync` finds the unsent
// ones, `correctedAt` orders the export) and the learned model trained from them, one row per team,
// stored serialised so the background does not retrain each time it wakes.
export const v8: Migration = {
  version: 8,
  stores: {
    corrections: '[postId+operator], postId, correctedAt, sync',
    learnedModels: 'team',
  },
};
