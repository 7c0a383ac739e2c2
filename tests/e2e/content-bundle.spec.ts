import { test, expect } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { extensionPath } from './support/extension';

// The content script runs on every x.com page an operator opens all shift: it must stay small and
// carry none of the panel's libraries. Checked on the built bundle, the file the browser loads.

const BUDGET = 40 * 1024;
const dir = path.join(extensionPath, 'content-scripts');

test('the content script is at most 40 KB minified and holds no React, Dexie or zod', () => {
  const scripts = readdirSync(dir).filter((name) => name.endsWith('.js'));
  expect(scripts.length).toBeGreaterThan(0);
  for (const name of scripts) {
    const code = readFileSync(path.join(dir, name), 'utf8');
    const bytes = Buffer.byteLength(code);
    test.info().annotations.push({ type: 'size', description: `${name}: ${(bytes / 1024).toFixed(1)} KB (${(gzipSync(code).length / 1024).toFixed(1)} KB gzip)` });
    expect(bytes, `${name} is ${bytes} bytes`).toBeLessThanOrEqual(BUDGET);
    // Markers each library's runtime cannot do without.
    expect(code).not.toMatch(/\$ZodType|ZodError/);
    expect(code).not.toMatch(/Dexie/);
    expect(code).not.toMatch(/react\.element|__CLIENT_INTERNALS|useState/);
  }
});
