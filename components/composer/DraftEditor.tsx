import type { Ref } from 'react';
import { MAX_WEIGHTED_LENGTH } from '@/lib/reply/weighted-length';
import { makeT } from '@/lib/i18n/make-t';
import { messages } from './messages';

const t = makeT(messages);

interface Props {
  ref: Ref<HTMLTextAreaElement>;
  draft: string;
  weightedLength: number;
  onChange: (text: string) => void;
}

/** The editable draft with its length as X counts it, always in view beside it. */
export function DraftEditor({ ref, draft, weightedLength, onChange }: Props) {
  const over = weightedLength > MAX_WEIGHTED_LENGTH;
  return (
    <div className="kz-draft">
      <label className="kz-draft-label">
        <span>{t('draft')}</span>
        <output className={over ? 'kz-counter kz-over' : 'kz-counter'} data-testid="length-counter" title={t('length')}>
          {weightedLength}/{MAX_WEIGHTED_LENGTH}
        </output>
      </label>
      <textarea
        ref={ref}
        value={draft}
        rows={6}
        aria-label={t('draft')}
        placeholder={t('draftPlaceholder')}
        data-testid="draft"
        onChange={(e) => onChange(e.target.value)}
      />
    </div>
  );
}
