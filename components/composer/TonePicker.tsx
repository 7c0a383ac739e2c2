import type { ToneOption } from '@/lib/reply/tones';
import { makeT } from '@/lib/i18n/make-t';
import { messages } from './messages';

const t = makeT(messages);

interface Props {
  tones: ToneOption[];
  value: string;
  onChange: (tone: string) => void;
}

/** Formal, casual, then the personas of the active packs. */
export function TonePicker({ tones, value, onChange }: Props) {
  return (
    <label className="kz-field kz-inline">
      <span>{t('tone')}</span>
      <select value={value} data-testid="tone-picker" onChange={(e) => onChange(e.target.value)}>
        {tones.map((o) => (
          <option key={o.tone} value={o.tone} title={o.description}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}
