import type { Finding, Fix } from '@/lib/reply/finding';
import { makeT } from '@/lib/i18n/make-t';
import { messages } from './messages';

const t = makeT(messages);

interface Props {
  draft: string;
  findings: Finding[];
  onFix: (fix: Fix) => void;
  onShow: (start: number, end: number) => void;
}

/** The live checks: each finding with its severity, the words it concerns and, when it has one, a fix. */
export function FindingsList({ draft, findings, onFix, onShow }: Props) {
  if (findings.length === 0) return <p className="kz-ok" data-testid="no-findings">{t('noFindings')}</p>;
  return (
    <ul className="kz-findings" aria-label={t('checks')} data-testid="findings">
      {findings.map((f, i) => (
        <li key={`${f.code}-${f.start}-${i}`} className={`kz-finding kz-sev-${f.severity}`} data-testid="finding" data-code={f.code}>
          <button type="button" className="kz-finding-main" onClick={() => onShow(f.start, f.end)}>
            <span className="kz-sev">{t(`severity_${f.severity}`)}</span>
            {f.end > f.start && f.end - f.start <= 40 && <span className="kz-span">{t('spanQuote', { text: draft.slice(f.start, f.end) })}</span>}
            <span className="kz-finding-msg">{f.message}</span>
          </button>
          {f.fix && (
            <button type="button" className="kz-fix" data-testid="apply-fix" title={t('fixTo', { text: f.fix.replacement })} onClick={() => onFix(f.fix!)}>
              {t('fix')}
            </button>
          )}
        </li>
      ))}
    </ul>
  );
}

