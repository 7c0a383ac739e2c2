import type { Finding, Fix } from '@/lib/reply/finding';
import { previewFix } from '@/lib/reply/finding';
import { severityLabel } from '@/lib/i18n/labels';
import { makeT } from '@/lib/i18n/make-t';
import { messages } from './messages';

const t = makeT(messages);

interface Props {
  draft: string;
  findings: Finding[];
  onFix: (fix: Fix) => void;
  onShow: (start: number, end: number) => void;
}

/** The fix as it will change the draft (「絶対に」 → 「できる限り」), or what it removes, then its button. */
function FixAction({ draft, fix, onFix }: { draft: string; fix: Fix; onFix: (fix: Fix) => void }) {
  const p = previewFix(draft, fix);
  const label = p.removes ? t('fixRemoves', { text: p.before }) : t('fixReplaces', { before: p.before, after: p.after });
  return (
    <div className="kz-fix-row">
      <span className="kz-fix-preview" data-testid="fix-preview" data-removes={p.removes}>
        {p.removes ? (
          label
        ) : (
          <>
            <del>{p.before}</del> → <ins>{p.after}</ins>
          </>
        )}
      </span>
      <button type="button" className="kz-fix" data-testid="apply-fix" aria-label={label} title={label} onClick={() => onFix(fix)}>
        {p.removes ? t('remove') : t('fix')}
      </button>
    </div>
  );
}

/** The live checks: each finding with its severity, the words it concerns and, when it has one, a fix. */
export function FindingsList({ draft, findings, onFix, onShow }: Props) {
  // An empty draft has nothing to check; "no problems" would read as "ready to send".
  if (draft.trim() === '') return <p className="kz-hint" data-testid="empty-draft">{t('emptyDraft')}</p>;
  if (findings.length === 0) return <p className="kz-ok" data-testid="no-findings">{t('noFindings')}</p>;
  return (
    <ul className="kz-findings" aria-label={t('checks')} data-testid="findings">
      {findings.map((f, i) => (
        <li key={`${f.code}-${f.start}-${i}`} className={`kz-finding kz-sev-${f.severity}`} data-testid="finding" data-code={f.code}>
          <button type="button" className="kz-finding-main" onClick={() => onShow(f.start, f.end)}>
            <span className="kz-sev">{severityLabel(f.severity)}</span>
            {f.end > f.start && f.end - f.start <= 40 && <span className="kz-span">{t('spanQuote', { text: draft.slice(f.start, f.end) })}</span>}
            <span className="kz-finding-msg">{f.message}</span>
          </button>
          {f.fix && <FixAction draft={draft} fix={f.fix} onFix={onFix} />}
        </li>
      ))}
    </ul>
  );
}
