import { useLiveQuery } from 'dexie-react-hooks';
import { authorIds } from '@/lib/db/kv-items';
import type { Finding } from '@/lib/reply/finding';
import { dmComposeUrl } from '@/lib/x/author-ids';
import { makeT } from '@/lib/i18n/make-t';
import { messages } from './messages';

const t = makeT(messages);

/**
 * When a check says "ask for this by DM" (personal data asked in public), one click puts the DM
 * invitation into the draft in place of the question, so the public reply asks nothing personal.
 */
interface Props {
  findings: Finding[];
  draft: string;
  handle: string;
  lang: string | null;
  onInsert: (text: string) => void;
}

export function DmHandoff({ findings, draft, handle, lang, onInsert }: Props) {
  // The author's user id, when an X page showed it (their profile's follow button): X's DM composer opens addressed to them.
  const userId = useLiveQuery(async () => (await authorIds.get())[handle.toLowerCase()] ?? null, [handle]);
  if (!findings.some((f) => f.code === 'personal-info-public')) return null;
  const invite = lang?.startsWith('en') ? t('dmInviteEn') : t('dmInviteJa');
  return (
    <div className="kz-dm" data-testid="dm-handoff">
      <span>{t('dmSuggested')}</span>
      {userId && (
        <a href={dmComposeUrl(userId)} target="_blank" rel="noopener noreferrer" data-testid="dm-link">
          {t('dmOpen', { handle })}
        </a>
      )}
      {!draft.includes(invite) && <button type="button" data-testid="dm-invite" onClick={() => onInsert(`${draft.trimEnd()}\n${invite}`)}>
        {t('dmInsert')}
      </button>}
    </div>
  );
}
