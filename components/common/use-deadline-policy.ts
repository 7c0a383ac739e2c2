import { useLiveQuery } from 'dexie-react-hooks';
import { getActivePacks } from '@/lib/pack/store';
import { resolveDeadlinePolicy, type DeadlinePolicy } from '@/lib/team/deadlines';

/** The team's reply deadline from the active packs (null: none set; undefined while loading). */
export function useDeadlinePolicy(): DeadlinePolicy | null | undefined {
  return useLiveQuery(async () => resolveDeadlinePolicy(await getActivePacks()), []);
}
