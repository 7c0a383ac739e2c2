import { useState } from 'react';
import { browser } from 'wxt/browser';
import { makeT } from '@/lib/i18n/make-t';
import { replyIntentUrl } from './intent-url';
import { messages } from './messages';

const t = makeT(messages);

/** "Reply on X" opens X's own reply box with the draft; "Copy" copies it. Kizuki never posts. */
export function ReplyActions({ postId, draft }: { postId: string; draft: string }) {
  const [copy, setCopy] = useState<'idle' | 'copied' | 'failed'>('idle');

  async function copyDraft() {
    try {
      await navigator.clipboard.writeText(draft);
      setCopy('copied');
    } catch {
      setCopy('failed');
    }
  }

  return (
    <div className="kz-actions">
      <button type="button" className="kz-primary" data-testid="reply-on-x" disabled={!draft.trim()} onClick={() => void browser.tabs.create({ url: replyIntentUrl(postId, draft) })}>
        {t('replyOnX')}
      </button>
      <button type="button" data-testid="copy-draft" disabled={!draft.trim()} onClick={() => void copyDraft()}>
        {t('copy')}
      </button>
      {copy !== 'idle' && <span role="status">{copy === 'copied' ? t('copied') : t('copyFailed')}</span>}
    </div>
  );
}
