import { useMemo, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '@/lib/db/database';
import { makeT } from '@/lib/i18n/make-t';
import { buildReport } from '@/lib/reports/report';
import { recordsIn } from '@/lib/reports/report';
import { lastDays } from '@/lib/reports/report';
import { escalationsCsv, perDayCsv, perOperatorCsv, summaryCsv, termsCsv } from '@/lib/reports/csv';
import { useNow } from '@/components/common/use-now';
import { useDeadlinePolicy } from '@/components/common/use-deadline-policy';
import { CorrectionsExport } from '@/components/corrections/CorrectionsExport';
import { CsvButton } from './CsvButton';
import { DailyChart } from './DailyChart';
import { EscalationList } from './EscalationList';
import { OperatorTable } from './OperatorTable';
import { formatDuration } from './duration';
import { messages } from './messages';
import './reports.css';

const t = makeT(messages);
const PERIODS = [7, 30, 90] as const;

/** The team lead's page: what was handled, by whom, how fast, about what, and what needs escalation. */
export function ReportsView() {
  const [days, setDays] = useState<(typeof PERIODS)[number]>(7);
  const now = useNow();
  const range = useMemo(() => lastDays(days, now, -new Date(now).getTimezoneOffset()), [days, Math.floor(now / 3_600_000)]);
  const records = useLiveQuery(() => recordsIn(db, range), [range.from, range.to]);
  const policy = useDeadlinePolicy();
  const report = useMemo(() => records && buildReport(records, range, policy ?? null), [records, range, policy]);
  if (!report) return <section data-testid="reports-view" className="kz-reports" aria-busy="true" />;
  const rt = report.responseTime;

  return (
    <section data-testid="reports-view" className="kz-reports">
      <label className="kz-field kz-inline">
        {t('period')}
        <select value={days} onChange={(e) => setDays(Number(e.target.value) as typeof days)} data-testid="report-period">
          {PERIODS.map((d) => <option key={d} value={d}>{t('days', { n: d })}</option>)}
        </select>
      </label>
      <dl className="kz-report-summary" data-testid="report-summary">
        <div><dt>{t('posts')}</dt><dd data-testid="report-posts">{report.posts}</dd></div>
        <div><dt>{t('median')}</dt><dd data-testid="report-median">{formatDuration(rt.medianMs)}</dd></div>
        <div><dt>{t('p90')}</dt><dd data-testid="report-p90">{formatDuration(rt.p90Ms)}</dd></div>
        <div><dt>{t('overridden')}</dt><dd data-testid="report-overridden">{report.overridden}</dd></div>
        {report.late !== null && <div><dt>{t('late')}</dt><dd data-testid="report-late">{report.late}</dd></div>}
      </dl>
      <p className="kz-hint">{t('basedOn', { n: rt.count })} <CsvButton kind="summary" label={t('posts')} csv={() => summaryCsv(report)} /></p>
      {report.posts === 0 && <p className="kz-empty">{t('nothing')}</p>}
      <h3>{t('perDay')} <CsvButton kind="daily" label={t('perDay')} csv={() => perDayCsv(report)} /></h3>
      <DailyChart rows={report.perDay} />
      <h3>{t('perOperator')} <CsvButton kind="operators" label={t('perOperator')} csv={() => perOperatorCsv(report)} /></h3>
      <OperatorTable rows={report.perOperator} />
      <h3>{t('terms')} <CsvButton kind="terms" label={t('terms')} csv={() => termsCsv(report)} /></h3>
      <ol className="kz-terms" data-testid="report-terms">
        {report.complaintTerms.map((c) => <li key={c.term}>{c.term} <span className="kz-count">{t('termPosts', { n: c.posts })}</span></li>)}
      </ol>
      <h3>{t('escalations')} <CsvButton kind="escalations" label={t('escalations')} csv={() => escalationsCsv(report)} /></h3>
      <EscalationList records={report.escalations} />
      <CorrectionsExport />
    </section>
  );
}
