import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { countWeighted } from '../../lib/reply/weighted-length';

// Runs the weighted-length sections of twitter-text's conformance file (and our own file in the
// same structure) through countWeighted. Each section names the counting config its cases assume,
// as twitter-text's own runners do: the pre-emoji v2 rules for the first, X's current v3 for the rest.
const SECTIONS = {
  WeightedTweetsCounterTest: 'version2',
  WeightedTweetsWithDiscountedEmojiCounterTest: 'version3',
  UnicodeDirectionalMarkerCounterTest: 'version3',
} as const;

interface Case {
  description: string;
  text: string;
  expected: { weightedLength: number; valid?: boolean; validRangeEnd?: number };
}

function casesOf(file: string): Array<[keyof typeof SECTIONS, Case]> {
  const doc = parse(readFileSync(file, 'utf8')) as { tests: Record<string, Case[] | undefined> };
  return (Object.keys(SECTIONS) as Array<keyof typeof SECTIONS>).flatMap((section) =>
    (doc.tests[section] ?? []).map((c) => [section, c] as [keyof typeof SECTIONS, Case]),
  );
}

function runCases(file: string) {
  const cases = casesOf(file);
  it('has weighted-length cases to run', () => expect(cases.length).toBeGreaterThan(0));
  it.each(cases.map(([section, c]) => ({ section, ...c, name: `${section}: ${c.description}` })))(
    '$name',
    ({ section, text, expected }) => {
      const counted = countWeighted(text, SECTIONS[section]);
      expect(counted.weightedLength).toBe(expected.weightedLength);
      if (expected.valid !== undefined) expect(counted.valid).toBe(expected.valid);
      // Where a text is over 280, the too-long finding starts right after the last character that fits.
      if (expected.validRangeEnd !== undefined && expected.weightedLength > 280)
        expect(counted.fitsUntil).toBe(expected.validRangeEnd + 1);
    },
  );
}

describe('weighted length: our fixture (CJK 2, emoji 2, URL 23)', () => {
  runCases(path.resolve(import.meta.dirname, 'fixtures/reply/weighted-length.yml'));
});

const conformance = path.resolve(import.meta.dirname, '../..', '../shared/data/twitter-text/conformance/validate.yml');
const present = existsSync(conformance);
if (!present) console.warn('twitter-text conformance cases skipped: ../shared/data/twitter-text/conformance/validate.yml not found');

describe('weighted length: twitter-text conformance validate.yml', () => {
  if (present) runCases(conformance);
  else it.skip('SKIPPED: ../shared/data/twitter-text/conformance/validate.yml is not in this checkout', () => {});
});
