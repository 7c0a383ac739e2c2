import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { NgWord } from '../../lib/pack/schema';
import { applyFix, checkDraft } from '../../lib/reply/check-draft';

// Real NG-word input: SmartHR's prh dictionary (its own from→to self-tests) and a hand-collected
// Japanese offensive-word list. Read at test time, never copied into the project.
const data = path.resolve(import.meta.dirname, '../..', '../shared/data/ng-words');
const prhFile = path.join(data, 'smarthr/prh-idiomatic-usage.yml');
const offensiveFile = path.join(data, 'inappropriate-words-ja/Offensive.txt');

interface PrhRule {
  expected: string;
  pattern?: string | string[];
  prh?: string;
  specs?: Array<{ from: string; to: string }>;
}

/** Rules an NG list can hold as they are: literal patterns and a literal replacement. */
function literalRules(): Array<{ ng: NgWord; specs: Array<{ from: string; to: string }> }> {
  const doc = parse(readFileSync(prhFile, 'utf8')) as { rules: PrhRule[] };
  return doc.rules.flatMap((rule) => {
    const patterns = rule.pattern === undefined ? [rule.expected] : ([] as string[]).concat(rule.pattern);
    if (patterns.length !== 1 || patterns[0]!.startsWith('/') || rule.expected.includes('$') || !rule.specs) return [];
    const ng: NgWord = { term: patterns[0]!, severity: 'warning', suggest: rule.expected, reason: rule.prh?.split('\n')[0] };
    return [{ ng, specs: rule.specs }];
  });
}

describe.skipIf(!existsSync(prhFile))(`NG words from SmartHR's prh dictionary${existsSync(prhFile) ? '' : ' (SKIPPED: ../shared/data/ng-words not in this checkout)'}`, () => {
  const rules = existsSync(prhFile) ? literalRules() : [];
  const cases = rules.flatMap(({ ng, specs }) => specs.map((spec) => ({ ng, ...spec })));

  it('has literal rules with self-tests to run', () => expect(cases.length).toBeGreaterThan(20));

  it.each(cases)('$from → $to', ({ ng, from, to }) => {
    const draft = `お客様、${from}。`;
    const finding = checkDraft(draft, { tone: 'formal', ngWords: [ng], lang: 'ja' }).findings.find((f) => f.code === 'ng-word');
    expect(finding, 'flagged').toBeDefined();
    expect(applyFix(draft, finding!.fix!)).toBe(`お客様、${to}。`);
  });
});

describe('offensive words list', () => {
  if (!existsSync(offensiveFile)) {
    it.skip('SKIPPED: ../shared/data/ng-words/inappropriate-words-ja is not in this checkout', () => {});
    return;
  }
  const words = readFileSync(offensiveFile, 'utf8').split(/\r?\n/).map((w) => w.trim()).filter(Boolean);
  const ngWords: NgWord[] = words.map((term) => ({ term, severity: 'error' }));

  it('has words to look for', () => expect(words.length).toBeGreaterThan(20));

  it.each(words)('finds %s, also written in the other kana, on its exact span', (word) => {
    const other = word.replace(/[\u3041-\u3096]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0x60));
    for (const written of new Set([word, other])) {
      const draft = `まさか${written}なんて言いません`;
      const spans = checkDraft(draft, { tone: 'casual', ngWords }).findings.map((f) => draft.slice(f.start, f.end));
      expect(spans).toContain(written);
    }
  });
});
