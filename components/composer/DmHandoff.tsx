import type { Finding } from '@/lib/reply/finding';
import { makeT } from '@/lib/i18n/make-t';
import { messages } from './messages';

const t = makeT(messages);

/**
 * When a check says "ask for this by DM" (personal data asked in public), one click puts the DM
 * invitation into the draft in place of the question, so the public reply asks nothing personal.
 */
export function DmHandoff({ findings, draft, lang, onInsert }: { findings: Finding[]; draft: string; lang: string | null; onInsert: (text: string) => void }) {
  if (!findings.some((f) => f.code === 'personal-info-public')) return null;
  const invite = lang?.startsWith('en') ? t('dmInviteEn') : t('dmInviteJa');
  if (draft.includes(invite)) return null;
  return (
    <div className="kz-dm" data-testid="dm-handoff">
      <span>{t('dmSuggested')}</span>
      <button type="button" data-testid="dm-invite" onClick={() => onInsert(`${draft.trimEnd()}\n${invite}`)}>
        {t('dmInsert')}
      </button>
    </div>
  );
}
