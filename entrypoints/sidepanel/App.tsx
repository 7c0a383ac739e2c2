import { lazy, Suspense, useState } from 'react';
import { makeT } from '@/lib/i18n/make-t';
import { messages } from '@/components/shell/messages';
import { QueueView } from '@/components/queue/QueueView';
import { SyncStatusBadge } from '@/components/sync/SyncStatusBadge';
import './style.css';

const t = makeT(messages);

// The queue is the first screen and ships in the panel's first chunk; every other tab is its own
// chunk, loaded when the operator opens it, so opening the panel does not wait for reports, the pack
// editor or the prh importer (YAML parser included).
const TABS = {
  queue: QueueView,
  inbox: lazy(() => import('@/components/inbox/InboxView').then((m) => ({ default: m.InboxView }))),
  history: lazy(() => import('@/components/history/HistoryView').then((m) => ({ default: m.HistoryView }))),
  reports: lazy(() => import('@/components/reports/ReportsView').then((m) => ({ default: m.ReportsView }))),
  packs: lazy(() => import('@/components/packs/PacksView').then((m) => ({ default: m.PacksView }))),
  settings: lazy(() => import('@/components/settings/SettingsView').then((m) => ({ default: m.SettingsView }))),
};
type Tab = keyof typeof TABS;

export function App() {
  const [tab, setTab] = useState<Tab>('queue');
  const View = TABS[tab];
  return (
    <main>
      <div className="kz-topbar">
        {/* Only tabs inside the tablist (ARIA), and each label on one line whatever sits beside it. */}
        <nav role="tablist" aria-label={t('tabsLabel')}>
          {(Object.keys(TABS) as Tab[]).map((name) => (
            <button key={name} role="tab" id={`kz-tab-${name}`} aria-selected={tab === name} aria-controls="kz-tabpanel" data-testid={`tab-${name}`} onClick={() => setTab(name)}>
              {t(name)}
            </button>
          ))}
        </nav>
        {/* Always in sight (Settings shows it beside the form instead): pending, offline or refused matters mid-shift. */}
        {tab !== 'settings' && <SyncStatusBadge />}
      </div>
      <div role="tabpanel" id="kz-tabpanel" aria-labelledby={`kz-tab-${tab}`}>
        <h1 className="kz-visually-hidden">{t(tab)}</h1>
        <Suspense fallback={<p className="kz-hint" data-testid="tab-loading" aria-busy="true">{t('loading')}</p>}>
          <View />
        </Suspense>
      </div>
    </main>
  );
}
