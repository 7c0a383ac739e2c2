export function QueueView() {
  return <section data-testid="queue-view" />;
}
