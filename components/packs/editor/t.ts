import { makeT } from '@/lib/i18n/make-t';
import { messages } from './messages';

export const t = makeT(messages);
