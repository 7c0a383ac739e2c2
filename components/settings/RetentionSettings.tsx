export function RetentionSettings() {
  return <section data-testid="retention-settings" />;
}
