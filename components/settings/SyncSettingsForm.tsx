import { useEffect, useState } from 'react';
import { makeT } from '@/lib/i18n/make-t';
import { operatorSettings } from '@/lib/settings/settings';
import { loadSyncCredentials, saveSyncCredentials, type SyncCredentials } from '@/lib/settings/sync-credentials';
import { syncConfigSchema } from '@/lib/sync/config';
import { requestSyncPermission } from '@/lib/host-permission';
import { testConnection, type ConnectionResult } from '@/lib/sync/test-connection';
import { syncMessages } from '@/components/sync/messages';
import { SyncStatusBadge } from '@/components/sync/SyncStatusBadge';
import { SyncErrorList } from '@/components/sync/SyncErrorList';

const t = makeT(syncMessages);
const EMPTY: SyncCredentials = { url: '', team: '', user: '', password: '' };
type Notice = { kind: 'ok' | 'error' | 'warn'; text: string } | null;

function describe(result: ConnectionResult): Notice {
  if (result.ok) return { kind: 'ok', text: t('ok', { user: result.user }) };
  return { kind: 'error', text: t(result.problem, { detail: result.detail ?? '' }) };
}

/** Server URL, team, user, password; "Test connection"; the host permission is asked on save. */
export function SyncSettingsForm() {
  const [form, setForm] = useState<SyncCredentials>(EMPTY);
  const [notice, setNotice] = useState<Notice>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => void loadSyncCredentials().then((s) => s && setForm(s)), []);

  const field = (name: keyof SyncCredentials) => ({
    value: form[name],
    'data-testid': `sync-${name}`,
    onChange: (e: { target: { value: string } }) => (setForm({ ...form, [name]: e.target.value }), setNotice(null)),
  });

  /** Validates, and asks for the server's host permission (needs this click's user gesture). */
  async function prepare(): Promise<{ config: SyncCredentials; permitted: boolean } | null> {
    const parsed = syncConfigSchema.safeParse({ ...form, url: form.url.trim(), team: form.team.trim(), user: form.user.trim() });
    if (!parsed.success || !/^https?:/.test(parsed.data.url)) return (setNotice({ kind: 'error', text: t('invalid') }), null);
    return { config: parsed.data, permitted: await requestSyncPermission(parsed.data.url) };
  }

  const noPermission = (url: string): Notice => ({ kind: 'warn', text: t('noPermission', { origin: new URL(url).origin }) });

  async function runTest() {
    // The previous test's answer is not this test's: nothing shows until this one answers.
    setNotice(null);
    setBusy(true);
    const ready = await prepare();
    if (ready) {
      const result = await testConnection(ready.config);
      // Unreachable without the permission: the permission is the likelier cause.
      setNotice(!result.ok && result.problem === 'unreachable' && !ready.permitted ? noPermission(ready.config.url) : describe(result));
    }
    setBusy(false);
  }

  async function save() {
    const ready = await prepare();
    if (!ready) return;
    const { config, permitted } = ready;
    await saveSyncCredentials(config);
    const current = await operatorSettings.getValue();
    if (!current.operator) await operatorSettings.setValue({ ...current, operator: config.user });
    if (!permitted) return setNotice(noPermission(config.url));
    // "Saved, sync starts" only when the server lets this user in: a refused password is said at once.
    setNotice(null);
    const check = await testConnection(config);
    if (!check.ok && check.problem !== 'unreachable') return setNotice(describe(check));
    const differs = current.operator && current.operator !== config.user;
    setNotice(differs ? { kind: 'warn', text: t('operatorDiffers', { operator: current.operator, user: config.user }) } : { kind: 'ok', text: t('saved') });
  }

  async function turnOff() {
    await saveSyncCredentials(null);
    setForm(EMPTY);
    setNotice({ kind: 'ok', text: t('turnedOff') });
  }

  return (
    <form className="kz-settings-form" data-testid="sync-settings" noValidate onSubmit={(e) => (e.preventDefault(), void save())}>
      <h2>
        {t('title')} <SyncStatusBadge />
      </h2>
      <label className="kz-field">
        <span>{t('url')}</span>
        <input type="url" inputMode="url" autoComplete="off" placeholder="https://couch.example.com" {...field('url')} />
        <small>{t('urlHint')}</small>
      </label>
      <label className="kz-field">
        <span>{t('team')}</span>
        <input autoComplete="off" {...field('team')} />
      </label>
      <label className="kz-field">
        <span>{t('user')}</span>
        <input autoComplete="username" {...field('user')} />
        <small>{t('userHint')}</small>
      </label>
      <label className="kz-field">
        <span>{t('password')}</span>
        <input type="password" autoComplete="current-password" {...field('password')} />
        <small>{t('passwordHint')}</small>
      </label>
      <button type="button" data-testid="sync-test" disabled={busy} onClick={() => void runTest()}>
        {busy ? t('testing') : t('test')}
      </button>{' '}
      <button type="submit" data-testid="sync-save">{t('save')}</button>{' '}
      <button type="button" data-testid="sync-off" onClick={() => void turnOff()}>{t('turnOff')}</button>
      {notice && (
        <p role={notice.kind === 'ok' ? 'status' : 'alert'} data-testid="sync-notice" className={notice.kind === 'ok' ? 'kz-ok' : 'kz-error'}>
          {notice.text}
        </p>
      )}
      <SyncErrorList />
    </form>
  );
}
