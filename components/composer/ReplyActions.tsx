import { useState } from 'react';
import { browser } from 'wxt/browser';
import type { Finding } from '@/lib/reply/finding';
import { makeT } from '@/lib/i18n/make-t';
import { useShortcuts } from '@/components/shell/use-shortcuts';
import { replyIntentUrl } from './intent-url';
import { messages } from './messages';

const t = makeT(messages);

interface Props {
  postId: string;
  draft: string;
  /** Error findings of the draft as it is now: with any, the draft leaves only after a confirmation. */
  errors: Finding[];
  /** False when an active pack forbids sending past errors (pack `replyChecks.allowOverride`). */
  allowOverride: boolean;
  /** The operator sent past these errors: the handled record keeps their codes. */
  onOverride: (codes: string[]) => void;
}

type Way = 'reply' | 'copy';

/**
 * "Reply on X" opens X's own reply box with the draft; "Copy" copies it. Kizuki never posts. A draft
 * with errors does not leave silently: the operator sees the errors by name and confirms (or, when the
 * team's pack says so, cannot send until they are fixed).
 */
export function ReplyActions({ postId, draft, errors, allowOverride, onOverride }: Props) {
  const [copy, setCopy] = useState<'idle' | 'copied' | 'failed'>('idle');
  const [asking, setAsking] = useState<Way | null>(null);
  const [overridden, setOverridden] = useState(false);
  const empty = !draft.trim();

  async function send(way: Way) {
    if (way === 'reply') return void browser.tabs.create({ url: replyIntentUrl(postId, draft) });
    try {
      await navigator.clipboard.writeText(draft);
      setCopy('copied');
    } catch {
      setCopy('failed');
    }
  }

  function attempt(way: Way) {
    if (empty) return;
    setCopy('idle');
    if (errors.length > 0) return setAsking(way);
    setAsking(null);
    void send(way);
  }

  function confirm() {
    if (!asking || !allowOverride) return;
    onOverride(errors.map((f) => f.code));
    setOverridden(true);
    setAsking(null);
    void send(asking);
  }

  useShortcuts({ r: () => attempt('reply') });

  return (
    <div className="kz-actions">
      <button type="button" className="kz-primary" data-testid="reply-on-x" disabled={empty} aria-keyshortcuts="r" onClick={() => attempt('reply')}>
        {t('replyOnX')}
      </button>
      <button type="button" data-testid="copy-draft" disabled={empty} onClick={() => attempt('copy')}>
        {t('copy')}
      </button>
      {copy !== 'idle' && <span role="status">{copy === 'copied' ? t('copied') : t('copyFailed')}</span>}
      {overridden && !asking && <span className="kz-hint" role="status" data-testid="override-recorded">{t('overrideRecorded')}</span>}
      {asking && errors.length > 0 && (
        <div className="kz-confirm" role="alertdialog" aria-labelledby="kz-confirm-title" data-testid="reply-confirm">
          <p id="kz-confirm-title">{allowOverride ? t('confirmErrors') : t('overrideForbidden')}</p>
          <ul data-testid="reply-confirm-errors">
            {errors.map((f, i) => <li key={`${f.code}-${i}`}>{f.message}</li>)}
          </ul>
          <div className="kz-actions">
            {allowOverride && (
              <button type="button" className="kz-danger" data-testid="reply-confirm-send" onClick={confirm}>
                {asking === 'reply' ? t('replyAnywayOnX') : t('copyAnyway')}
              </button>
            )}
            {/* Focused first: the safe choice is the one Enter takes. */}
            <button type="button" autoFocus data-testid="reply-confirm-back" onClick={() => setAsking(null)}>
              {t('backToFix')}
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
