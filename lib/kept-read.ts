/**
 * A read whose answer is kept until `forget()` (called by whatever hears of a change: a storage
 * change, a write to a table). A read that fails is not kept; one on its way when forgotten still
 * answers its callers, and the next `get()` reads again.
 */
export function keptRead<T>(read: () => Promise<T>): { get(): Promise<T>; forget(): void } {
  let kept: Promise<T> | undefined;
  return {
    get() {
      if (kept) return kept;
      const reading = read();
      kept = reading;
      reading.catch(() => {
        if (kept === reading) kept = undefined;
      });
      return reading;
    },
    forget() {
      kept = undefined;
    },
  };
}
