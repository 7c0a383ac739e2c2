import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// The chip's pills are white bold 12 px text on an opaque colour (entrypoints/x.content/style.css):
// each colour must keep that text readable, at WCAG's 4.5:1 for normal-size text, whatever X's theme.

const css = readFileSync(path.join(import.meta.dirname, '../../entrypoints/x.content/style.css'), 'utf8');

/** Relative luminance of a #rrggbb colour (WCAG 2). */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
const againstWhite = (hex: string) => 1.05 / (luminance(hex) + 0.05);

/** The opaque background of every rule for the chip's filled pills (category, priority, state, error), by part. */
function pillBackgrounds(): Map<string, string> {
  const out = new Map<string, string>();
  for (const [, selectors, body] of css.matchAll(/([^{}]+)\{([^}]*)\}/g)) {
    const background = /background:\s*(#[0-9a-f]{6})\s*;/i.exec(body!)?.[1];
    if (!background) continue;
    for (const [, part] of selectors!.matchAll(/\[data-kizuki-chip\]::part\(((?:cat|prio|state|error)[^)]*)\)/g)) out.set(part!, background);
  }
  return out;
}

describe("the chip's pill colours", () => {
  it('finds every category, priority and state colour in the style sheet', () => {
    const parts = [...pillBackgrounds().keys()];
    for (const part of ['cat', 'cat complaint', 'cat question', 'cat request', 'cat praise', 'prio high', 'prio mid', 'state', 'state claimed', 'state overdue', 'error']) {
      expect(parts, part).toContain(part);
    }
  });

  it('each keeps white text at 4.5:1 or more', () => {
    for (const [part, colour] of pillBackgrounds()) {
      expect(againstWhite(colour), `${part} ${colour}`).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('the contrast formula gives the known figures', () => {
    expect(againstWhite('#000000')).toBeCloseTo(21, 5);
    expect(againstWhite('#ffffff')).toBeCloseTo(1, 5);
    expect(againstWhite('#767676')).toBeCloseTo(4.54, 2);
  });
});
