import type { Migration } from './migration';

// Version 6: the team inbox's first screen is read through indexes instead of every sighting.
// Overdue posts come first by deadline (the `deadline` index of version 5); the rest by priority,
// highest first, then the nearest deadline: `[priority+deadline]`, walked one priority at a time.
// A category's view walks the same two orders inside its category. Indexes only: no row changes.
export const v6: Migration = {
  version: 6,
  stores: {
    sightings: 'postId, deadline, seenAt, sync, [priority+deadline], [category+deadline], [category+priority+deadline]',
  },
};
