import { act } from 'react';

/** Waits for live queries and effects to settle until `check` passes (React component tests). */
export async function until(check: () => void, ms = 3000): Promise<void> {
  const end = Date.now() + ms;
  for (;;) {
    try {
      check();
      return;
    } catch (e) {
      if (Date.now() > end) throw e;
      await act(() => new Promise((r) => setTimeout(r, 20)));
    }
  }
}
