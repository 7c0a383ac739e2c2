// The chip's own styles, inside its shadow root so X's CSS cannot reach it and ours cannot leak.
// Opaque pill colours with white text: readable on X's light, dim and dark backgrounds alike.
export const CHIP_CSS = `
:host { all: initial; display: block; margin: 2px 0 4px; font: 12px/1.4 system-ui, -apple-system, "Segoe UI", "Hiragino Sans", "Noto Sans CJK JP", sans-serif; }
.chip { display: inline-flex; flex-wrap: wrap; align-items: center; gap: 4px 6px; padding: 2px 4px 2px 2px; border-radius: 999px; background: rgba(127,127,127,.14); border: 1px solid rgba(127,127,127,.35); color: inherit; }
.cat, .prio { padding: 1px 8px; border-radius: 999px; color: #fff; font-weight: 700; }
.cat { background: #536471; }
.cat-complaint .cat { background: #c62828; }
.cat-question .cat { background: #1565c0; }
.cat-request .cat { background: #6a1b9a; }
.cat-praise .cat { background: #2e7d32; }
.prio { background: #455a64; }
.prio.high { background: #b71c1c; }
.prio.mid { background: #e65100; }
.state { padding: 0 4px; font-weight: 600; color: #fff; background: #00796b; border-radius: 999px; }
.state.claimed { background: #f57f17; }
button { font: inherit; cursor: pointer; padding: 1px 10px; border-radius: 999px; border: 1px solid #1d9bf0; background: #1d9bf0; color: #fff; font-weight: 700; }
button.secondary { background: transparent; color: #1d9bf0; }
button:focus-visible { outline: 2px solid #f91880; outline-offset: 1px; }
[hidden] { display: none !important; }
.error { color: #fff; background: #b00020; padding: 0 6px; border-radius: 999px; }
`;
