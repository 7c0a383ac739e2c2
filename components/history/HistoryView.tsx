export function HistoryView() {
  return <section data-testid="history-view" />;
}
