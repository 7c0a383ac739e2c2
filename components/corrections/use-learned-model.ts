import { useLiveQuery } from 'dexie-react-hooks';
import { isLearnedModel, type LearnedModel } from '@/lib/classify/learned';
import { db } from '@/lib/db/database';
import { currentSyncConfig } from '@/lib/settings/operator';

/** The team's learned model as the background last stored it (null before any training), and how many corrections it learned from. */
export function useLearnedModel(): { model: LearnedModel | null; corrections: number } | undefined {
  return useLiveQuery(async () => {
    const team = (await currentSyncConfig())?.team ?? '';
    const row = await db.learnedModels.get(team);
    return row && isLearnedModel(row.model) ? { model: row.model, corrections: row.corrections } : { model: null, corrections: 0 };
  }, []);
}
