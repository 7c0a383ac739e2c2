import { useState } from 'react';
import { makeT } from '@/lib/i18n/make-t';
import { messages } from '@/components/shell/messages';
import { QueueView } from '@/components/queue/QueueView';
import { InboxView } from '@/components/inbox/InboxView';
import { HistoryView } from '@/components/history/HistoryView';
import { ReportsView } from '@/components/reports/ReportsView';
import { PacksView } from '@/components/packs/PacksView';
import { SettingsView } from '@/components/settings/SettingsView';
import { SyncStatusBadge } from '@/components/sync/SyncStatusBadge';
import './style.css';

const t = makeT(messages);
const TABS = { queue: QueueView, inbox: InboxView, history: HistoryView, reports: ReportsView, packs: PacksView, settings: SettingsView };
type Tab = keyof typeof TABS;

export function App() {
  const [tab, setTab] = useState<Tab>('queue');
  const View = TABS[tab];
  return (
    <main>
      <nav role="tablist">
        {(Object.keys(TABS) as Tab[]).map((name) => (
          <button key={name} role="tab" aria-selected={tab === name} data-testid={`tab-${name}`} onClick={() => setTab(name)}>
            {t(name)}
          </button>
        ))}
        {/* Always in sight (Settings shows it beside the form instead): pending, offline or refused matters mid-shift. */}
        {tab !== 'settings' && <SyncStatusBadge />}
      </nav>
      <View />
    </main>
  );
}
