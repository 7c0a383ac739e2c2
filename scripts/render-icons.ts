import { chromium } from '@playwright/test';
import { readFileSync } from 'node:fs';
import path from 'node:path';

// Renders assets/icon.svg to the PNG sizes the toolbar and the stores ask for, into public/icon/,
// where WXT finds them and lists them in the manifest. Run after changing the drawing:
// `node --import tsx scripts/render-icons.ts`.
const SIZES = [16, 32, 48, 96, 128];
const root = path.resolve(import.meta.dirname, '..');
const svg = readFileSync(path.join(root, 'assets/icon.svg'), 'utf8');

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
try {
  const page = await browser.newPage();
  for (const size of SIZES) {
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(`<html><body style="margin:0;background:transparent">${svg.replace('<svg ', `<svg style="display:block;width:${size}px;height:${size}px" `)}</body></html>`);
    const out = path.join(root, 'public/icon', `${size}.png`);
    await page.screenshot({ path: out, omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
    console.log(out);
  }
} finally {
  await browser.close();
}
