// The chip's own styles, inside its shadow root so X's CSS cannot reach it and ours cannot leak.
// Opaque pill colours with white text: readable on X's light, dim and dark backgrounds alike.
export const CHIP_CSS = `:host{all:initial;display:block;margin:2px 0 4px;font:12px/1.4 system-ui,sans-serif}
.chip{display:inline-flex;flex-wrap:wrap;align-items:center;gap:4px 6px;padding:2px 4px 2px 2px;border-radius:99px;background:#7f7f7f24;border:1px solid #7f7f7f59}
span{padding:1px 8px;border-radius:99px;color:#fff;font-weight:700;background:#536471}
.cat-complaint .cat,.high{background:#c62828}.cat-question .cat{background:#1565c0}.cat-request .cat{background:#6a1b9a}.cat-praise .cat{background:#2e7d32}
.mid{background:#e65100}.state{background:#00796b}.claimed{background:#f57f17}.error{background:#b00020}
button{font:inherit;font-weight:700;cursor:pointer;padding:1px 10px;border-radius:99px;border:1px solid #1d9bf0;background:#1d9bf0;color:#fff}
.secondary{background:none;color:#1d9bf0}button:focus-visible{outline:2px solid #f91880;outline-offset:1px}[hidden]{display:none!important}`;
