export function ReportsView() {
  return <section data-testid="reports-view" />;
}
