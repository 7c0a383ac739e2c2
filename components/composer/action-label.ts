import type { HandledAction } from '@/lib/contract/records';
import { makeT } from '@/lib/i18n/make-t';
import { messages } from './messages';

const t = makeT(messages);

export function actionLabel(action: HandledAction): string {
  return t(action);
}
