import { makeT } from '@/lib/i18n/make-t';
import { messages } from './shortcut-messages';

const t = makeT(messages);

/** What `?` shows: every key of the panel and of x.com, in the operator's language. */
const PANEL_KEYS = [
  ['j / ↓', 'next'],
  ['k / ↑', 'previous'],
  ['Enter', 'open'],
  ['1–9', 'template'],
  ['r', 'reply'],
  ['h', 'handled'],
  ['e', 'escalate'],
  ['Esc', 'close'],
  ['?', 'help'],
] as const;
const X_KEYS = [
  ['Alt+Shift+H', 'xHandled'],
  ['Alt+Shift+S', 'xSelect'],
] as const;

function KeyTable({ caption, rows }: { caption: string; rows: readonly (readonly [string, keyof typeof messages.en])[] }) {
  return (
    <table className="kz-keys">
      <caption>{caption}</caption>
      <tbody>
        {rows.map(([key, what]) => (
          <tr key={key}>
            <th scope="row"><kbd className="kz-key">{key}</kbd></th>
            <td>{t(what)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function ShortcutHelp({ onClose }: { onClose: () => void }) {
  return (
    <div className="kz-help" role="dialog" aria-labelledby="kz-help-title" data-testid="shortcut-help">
      <div className="kz-help-head">
        <h2 id="kz-help-title">{t('title')}</h2>
        <button type="button" className="kz-close" aria-label={t('closeHelp')} autoFocus onClick={onClose}>×</button>
      </div>
      <KeyTable caption={t('inPanel')} rows={PANEL_KEYS} />
      <KeyTable caption={t('onX')} rows={X_KEYS} />
      <p className="kz-hint">{t('notInFields')}</p>
    </div>
  );
}
