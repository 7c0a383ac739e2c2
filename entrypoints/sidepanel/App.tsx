import { useState } from 'react';
import { makeT } from '@/lib/i18n/make-t';
import { messages } from '@/components/shell/messages';
import { QueueView } from '@/components/queue/QueueView';
import { HistoryView } from '@/components/history/HistoryView';
import { ReportsView } from '@/components/reports/ReportsView';
import { PacksView } from '@/components/packs/PacksView';
import { SettingsView } from '@/components/settings/SettingsView';
import { SyncStatusBadge } from '@/components/sync/SyncStatusBadge';
import './style.css';

const t = makeT(messages);
const TABS = { queue: QueueView, history: HistoryView, reports: ReportsView, packs: PacksView, settings: SettingsView };
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
        <View />
      </div>
    </main>
  );
}
