import { makeT } from '@/lib/i18n/make-t';
import { csvName, downloadCsv } from './download-csv';
import { messages } from './messages';

const t = makeT(messages);

/** A small "CSV" button beside a report section that saves that table. */
export function CsvButton({ kind, label, csv }: { kind: string; label: string; csv: () => string }) {
  return (
    <button type="button" className="kz-csv" data-testid={`report-csv-${kind}`} aria-label={`${label} ${t('csv')}`} onClick={() => downloadCsv(csvName(kind), csv())}>
      {t('csv')}
    </button>
  );
}
