export function SyncSettingsForm() {
  return <section data-testid="sync-settings" />;
}
