import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '@/lib/db/database';
import { correctionsCsv, correctionsJson, type CorrectionHeaders } from '@/lib/corrections/export';
import { makeT } from '@/lib/i18n/make-t';
import { csvName, downloadCsv } from '@/components/reports/download-csv';
import { downloadText } from '@/components/packs/download';
import { messages } from './messages';
import { useLearnedModel } from './use-learned-model';

const t = makeT(messages);

/** The reports page's corrections section: how many, what the learned layer knows, and the downloads. */
export function CorrectionsExport() {
  const rows = useLiveQuery(() => db.corrections.toArray(), []);
  const learned = useLearnedModel();
  if (!rows) return null;
  const headers: CorrectionHeaders = {
    colPostId: t('colPostId'), colCategory: t('colCategory'), colPrevious: t('colPrevious'), colOperator: t('colOperator'),
    colCorrectedAt: t('colCorrectedAt'), colBrands: t('colBrands'), colText: t('colText'), colSync: t('colSync'),
  };
  const offset = -new Date().getTimezoneOffset();
  return (
    <section data-testid="corrections-export">
      <h3>{t('exportTitle')}</h3>
      {rows.length === 0 ? (
        <p className="kz-empty">{t('none')}</p>
      ) : (
        <p className="kz-hint">
          {t('exportCount', { n: rows.length, trained: learned?.corrections ?? 0 })}{' '}
          <button type="button" className="kz-csv" data-testid="corrections-csv" onClick={() => downloadCsv(csvName('corrections'), correctionsCsv(rows, headers, offset))}>
            {t('exportCsv')}
          </button>{' '}
          <button type="button" className="kz-csv" data-testid="corrections-json" onClick={() => downloadText(csvName('corrections').replace(/\.csv$/, '.json'), correctionsJson(rows))}>
            {t('exportJson')}
          </button>
        </p>
      )}
    </section>
  );
}
