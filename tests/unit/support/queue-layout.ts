// jsdom lays nothing out: the queue's scroll area gets the size a side panel would give it (360 ×
// 720 px) and each row 100 px, so the virtualised list decides which rows are on screen as in a browser.
const SIZES: Record<string, Record<string, number>> = {
  clientHeight: { 'queue-scroll': 720 },
  clientWidth: { 'queue-scroll': 360 },
  offsetHeight: { 'queue-item': 100 },
};

export function layOutQueueAsInAPanel(): void {
  for (const [prop, by] of Object.entries(SIZES)) {
    Object.defineProperty(HTMLElement.prototype, prop, {
      configurable: true,
      get(this: HTMLElement) {
        return by[this.dataset.testid ?? ''] ?? 0;
      },
    });
  }
}
