import { OperatorSettingsForm } from './OperatorSettingsForm';
import { SyncSettingsForm } from './SyncSettingsForm';
import { RetentionSettings } from './RetentionSettings';

export function SettingsView() {
  return (
    <section data-testid="settings-view" className="kz-settings">
      <OperatorSettingsForm />
      <SyncSettingsForm />
      <RetentionSettings />
    </section>
  );
}
