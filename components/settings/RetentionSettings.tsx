import { useEffect, useState } from 'react';
import { db } from '@/lib/db/database';
import { deleteAllData, purgeOlderThan } from '@/lib/handled/retention';
import { makeT } from '@/lib/i18n/make-t';
import { DEFAULT_QUEUE_HOURS } from '@/lib/queue/seen-posts';
import { operatorSettings } from '@/lib/settings/settings';

const t = makeT({
  en: {
    title: 'Data retention',
    days: 'Keep handled records for (days)',
    daysHint: '0 keeps them forever. Older records are deleted now and once a day.',
    hours: 'Queue: brand posts seen in the last (hours)',
    hoursHint: 'From every x.com tab; kept across reloads and browser restarts.',
    save: 'Save',
    saved: 'Saved; {n, plural, =0 {no old records to delete} one {# old record deleted} other {# old records deleted}}.',
    deleteAll: 'Delete all my data…',
    confirm: 'Delete the handled log, queue, claims and unsent sync changes on this device? Packs and settings stay. This cannot be undone.',
    confirmYes: 'Delete everything',
    cancel: 'Cancel',
    deleted: 'All data on this device was deleted.',
  },
  ja: {
    title: 'データの保存期間',
    days: '対応記録の保存日数',
    daysHint: '0 にすると削除しません。古い記録は保存時と毎日1回削除されます。',
    hours: 'キューに残す時間（直近何時間に見た投稿）',
    hoursHint: 'すべての x.com タブが対象です。再読み込みやブラウザの再起動後も残ります。',
    save: '保存',
    saved: '保存しました。古い記録を{n}件削除しました。',
    deleteAll: 'すべてのデータを削除…',
    confirm: 'この端末の対応記録・キュー・返信中の表示・未送信の同期データを削除しますか？パックと設定は残ります。元に戻せません。',
    confirmYes: 'すべて削除する',
    cancel: 'キャンセル',
    deleted: 'この端末のデータをすべて削除しました。',
  },
});

type Status = { kind: 'idle' } | { kind: 'saved'; purged: number } | { kind: 'confirm' } | { kind: 'deleted' };

/** How long records are kept, and "delete all my data" behind an explicit confirmation. */
export function RetentionSettings() {
  const [days, setDays] = useState('');
  const [hours, setHours] = useState('');
  const [status, setStatus] = useState<Status>({ kind: 'idle' });

  useEffect(
    () =>
      void operatorSettings.getValue().then((s) => {
        setDays(String(s.retentionDays));
        setHours(String(s.queueHours ?? DEFAULT_QUEUE_HOURS));
      }),
    [],
  );

  async function save() {
    const value = Math.max(0, Math.floor(Number(days) || 0));
    const queueHours = Math.min(24 * 7, Math.max(1, Math.floor(Number(hours) || DEFAULT_QUEUE_HOURS)));
    // Read-modify-write keeps the operator's name and signature as they are.
    await operatorSettings.setValue({ ...(await operatorSettings.getValue()), retentionDays: value, queueHours });
    setDays(String(value));
    setHours(String(queueHours));
    setStatus({ kind: 'saved', purged: await purgeOlderThan(db, value, Date.now()) });
  }

  async function deleteEverything() {
    await deleteAllData(db);
    setStatus({ kind: 'deleted' });
  }

  return (
    <section data-testid="retention-settings" className="kz-settings-form">
      <h2>{t('title')}</h2>
      <form onSubmit={(e) => (e.preventDefault(), void save())}>
        <label className="kz-field">
          <span>{t('days')}</span>
          <input type="number" min={0} step={1} value={days} onChange={(e) => setDays(e.target.value)} data-testid="retention-days" />
          <small>{t('daysHint')}</small>
        </label>
        <label className="kz-field">
          <span>{t('hours')}</span>
          <input type="number" min={1} max={168} step={1} value={hours} onChange={(e) => setHours(e.target.value)} data-testid="queue-hours" />
          <small>{t('hoursHint')}</small>
        </label>
        <button type="submit" data-testid="retention-save">{t('save')}</button>
        {status.kind === 'saved' && <span role="status"> {t('saved', { n: status.purged })}</span>}
      </form>
      {status.kind === 'confirm' ? (
        <div role="alertdialog" aria-label={t('deleteAll')} className="kz-warning">
          <p>{t('confirm')}</p>
          <button type="button" data-testid="delete-all-confirm" onClick={() => void deleteEverything()}>{t('confirmYes')}</button>{' '}
          <button type="button" onClick={() => setStatus({ kind: 'idle' })}>{t('cancel')}</button>
        </div>
      ) : (
        <button type="button" data-testid="delete-all" onClick={() => setStatus({ kind: 'confirm' })}>{t('deleteAll')}</button>
      )}
      {status.kind === 'deleted' && <p role="status">{t('deleted')}</p>}
    </section>
  );
}
