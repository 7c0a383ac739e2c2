import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';

// What a person sees go wrong in a narrow panel, measured in the page: sideways scroll, something
// sticking out, a word cut in two across lines; and what axe-core finds.

/** Elements that scroll or stick out sideways, described for the failure message. */
export function horizontalOverflow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const problems: string[] = [];
    const name = (el: Element) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.getAttribute('data-testid') ? `[data-testid=${el.getAttribute('data-testid')}]` : ''}.${[...el.classList].join('.')} "${(el.textContent ?? '').trim().slice(0, 30)}"`;
    if (document.documentElement.scrollWidth > width) problems.push(`page scrolls sideways: ${document.documentElement.scrollWidth} > ${width}`);
    for (const el of document.querySelectorAll('main *')) {
      if (el.closest('.kz-visually-hidden')) continue;
      const rect = el.getBoundingClientRect();
      if (rect.width === 0 || rect.height === 0) continue;
      // What shows of it: an ancestor that clips (an ellipsis box, a scroller) cuts it to its own edges.
      let right = rect.right;
      let left = rect.left;
      for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
        if (getComputedStyle(a).overflowX === 'visible') continue;
        const box = a.getBoundingClientRect();
        right = Math.min(right, box.right);
        left = Math.max(left, box.left);
      }
      if (right > width + 0.5 || left < -0.5) problems.push(`sticks out (${Math.round(left)}–${Math.round(right)} of ${width}): ${name(el)}`);
      const style = getComputedStyle(el);
      // A text field scrolling its own long value is how fields work, not the panel scrolling sideways.
      const clips = style.overflowX !== 'visible' && !el.matches('input, textarea, select');
      // Ellipsis and line clamps cut on purpose (names, long posts); anything else that clips lost text.
      const meantToCut = style.textOverflow === 'ellipsis' || style.webkitLineClamp !== 'none';
      if (clips && !meantToCut && el.scrollWidth > el.clientWidth + 1) problems.push(`scrolls sideways (${el.scrollWidth} > ${el.clientWidth}): ${name(el)}`);
    }
    return problems;
  });
}

/**
 * Words broken across two lines in labels (buttons, tabs, headers, table headers, definition terms,
 * field labels): a Latin word split, or a Japanese run with no break opportunity (between spaces and
 * punctuation) spread over two lines. Post text and drafts may wrap anywhere.
 */
export function wordsBrokenMidWord(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const broken: string[] = [];
    const labels = document.querySelectorAll('main :is(button, [role="tab"], th, dt, h1, h2, h3, label, legend, .kz-badge, .kz-chip)');
    for (const label of labels) {
      const walker = document.createTreeWalker(label, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        // Post text, template bodies and drafts are prose: they may wrap anywhere.
        if (node.parentElement?.closest('.kz-item-text, .kz-template-text, .kz-quote-text, textarea, [lang]:not(html)')) continue;
        const text = node.textContent ?? '';
        // Words: Latin runs and Japanese phrases between spaces/punctuation; short ones only (a long sentence may wrap).
        for (const m of text.matchAll(/[^\s、。，,.:：・／/（）()「」]+/gu)) {
          if (m[0].length < 2 || m[0].length > 12) continue;
          const range = document.createRange();
          range.setStart(node, m.index!);
          range.setEnd(node, m.index! + m[0].length);
          const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
          if (tops.size > 1) broken.push(`"${m[0]}" in ${label.tagName.toLowerCase()} "${(label.textContent ?? '').trim().slice(0, 40)}"`);
        }
      }
    }
    return broken;
  });
}

/** Placeholders wider than their field (cut off for the operator). */
export function cutPlaceholders(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const cut: string[] = [];
    const canvas = document.createElement('canvas').getContext('2d')!;
    for (const field of document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('main input[placeholder], main textarea[placeholder]')) {
      if (field.offsetWidth === 0 || field instanceof HTMLTextAreaElement) continue;
      const style = getComputedStyle(field);
      canvas.font = `${style.fontSize} ${style.fontFamily}`;
      const room = field.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      if (canvas.measureText(field.placeholder).width > room + 1) cut.push(`"${field.placeholder}" (${Math.round(canvas.measureText(field.placeholder).width)} > ${Math.round(room)})`);
    }
    return cut;
  });
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

/** axe-core on the page as it is now: serious and critical violations only. */
export async function seriousAxeViolations(page: Page): Promise<AxeViolation[]> {
  // Evaluated, not a <script>: the extension page's CSP refuses inline scripts.
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: Document, opts: object): Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => n.target.join(' ')) }));
  });
}
