export function PacksView() {
  return <section data-testid="packs-view" />;
}
