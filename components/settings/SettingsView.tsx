export function SettingsView() {
  return <section data-testid="settings-view" />;
}
