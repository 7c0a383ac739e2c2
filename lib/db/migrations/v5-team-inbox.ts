import type { Migration } from './migration';

// Version 5: the team inbox and search rounds. `sightings` holds the first sighting of each brand post
// on the team (ours waiting to be sent, or the server's), with its reply deadline worked out when
// stored, so the inbox's first screen (overdue first, nearest deadline next) is an index read;
// `sync` finds the ones still to send. `rounds` holds visits of saved searches, keyed by their
// server document id. New tables only: nothing older changes.
export const v5: Migration = {
  version: 5,
  stores: {
    sightings: 'postId, deadline, seenAt, sync',
    rounds: 'id, searchKey, openedAt, sync',
  },
};
