import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { CATEGORIES } from '@/lib/categories';
import { HANDLED_ACTIONS } from '@/lib/contract/records';
import { actionLabel, categoryLabel, checkLabel, severityLabel, syncStateLabel, toneLabel, yesNoLabel } from '@/lib/i18n/labels';
import { makeT } from '@/lib/i18n/make-t';
import { expandPlurals } from '@/lib/i18n/plural';
import { savedSearches } from '@/lib/pack/searches';
import { parsePack } from '@/lib/pack/validate';

const acme = JSON.parse(readFileSync(path.resolve(import.meta.dirname, 'fixtures/packs/acme.json'), 'utf8'));
const edit = (f: (p: any) => void) => {
  const p = structuredClone(acme);
  f(p);
  return p;
};
const refusal = (input: unknown, lang: 'ja' | 'en') => {
  const r = parsePack(input, { lang });
  if (r.ok) throw new Error('expected a refusal');
  return r.errors.map((e) => e.message).join('\n');
};
// Codes and JSON's type names as zod writes them: none may reach a Japanese operator.
const RAW = /\b(string|number|boolean|array|object|undefined|complaint|question|request|praise|Invalid|expected|received)\b/;

describe('one label for each code, in ja and en', () => {
  it('names every category, severity and built-in tone in both languages', () => {
    for (const c of CATEGORIES) {
      expect(categoryLabel(c, 'ja')).toMatch(/^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]+$/u);
      expect(categoryLabel(c, 'en')).toMatch(/^[A-Z][a-z]+$/);
    }
    expect(['error', 'warning', 'info'].map((s) => severityLabel(s as 'error', 'ja'))).toEqual(['エラー', '警告', '注意']);
    expect(toneLabel('formal', [], 'ja')).toBe('フォーマル');
  });

  it('names a persona tone by the name its pack gives it, and keeps an unknown tone as written', () => {
    expect(toneLabel('midori-chan', [{ tone: 'midori-chan', name: 'ミドリちゃん' }], 'ja')).toBe('ミドリちゃん');
    expect(toneLabel('pirate', [], 'ja')).toBe('pirate');
  });

  it('names every handled action, reply check, sync state and yes/no, with no Latin left in Japanese but DM and NG', () => {
    const checks = ['ng-word', 'too-long', 'personal-info-public', 'emoji-in-formal', 'template-unchanged', 'missing-variable'];
    const ja = [
      ...HANDLED_ACTIONS.map((a) => actionLabel(a, 'ja')), ...checks.map((c) => checkLabel(c, 'ja')),
      ...(['local', 'synced', 'remote', 'refused'] as const).map((s) => syncStateLabel(s, 'ja')), yesNoLabel(true, 'ja'), yesNoLabel(false, 'ja'),
    ];
    for (const label of ja) expect(label.replace(/DM|NG/g, '')).not.toMatch(/[A-Za-z]/);
    expect(new Set(HANDLED_ACTIONS.map((a) => actionLabel(a, 'en'))).size).toBe(HANDLED_ACTIONS.length);
    for (const c of checks) expect(checkLabel(c, 'en')).not.toBe(c);
    // A check a teammate's newer version recorded is shown as written, not dropped.
    expect(checkLabel('future-check', 'ja')).toBe('future-check');
  });
});

describe('plurals', () => {
  const t = makeT({ en: { posts: '{n, plural, one {# post} other {# posts}}', none: '{n, plural, =0 {nothing} one {# thing} other {# things}}' }, ja: { posts: '{n}件', none: '{n}件' } }, 'en');
  it('says "1 post" and "2 posts" in English', () => {
    expect([t('posts', { n: 1 }), t('posts', { n: 2 }), t('posts', { n: 0 })]).toEqual(['1 post', '2 posts', '0 posts']);
    expect(t('none', { n: 0 })).toBe('nothing');
  });
  it('leaves a message without the number alone, and Japanese has one form', () => {
    expect(expandPlurals('{n, plural, one {# post} other {# posts}}', {}, 'en')).toBe('{n, plural, one {# post} other {# posts}}');
    expect(expandPlurals('{n, plural, one {#件} other {#件}}', { n: 1 }, 'ja')).toBe('1件');
  });
});

describe('pack validation speaks the operator\'s language', () => {
  const cases: [string, unknown][] = [
    ['a number where text belongs', edit((p) => (p.id = 42))],
    ['text where a number belongs', edit((p) => (p.signals[0].weight = '2'))],
    ['an object where a list belongs', edit((p) => (p.brands = { acme: p.brands[0] }))],
    ['null as a term', edit((p) => (p.brands[0].terms[0] = null))],
    ['an unknown category', edit((p) => (p.templates[0].category = 'complain'))],
    ['an unknown severity', edit((p) => (p.ngWords[0].severity = 'fatal'))],
    ['bad regex flags', edit((p) => (p.ngWords[0].pattern = { source: 'a', flags: 'x' }))],
    ['a bad mustEmpty', edit((p) => (p.ngWords[0].pattern = { source: 'a', flags: '', mustEmpty: '1' }))],
    ['a weight out of range', edit((p) => (p.signals[0].weight = 99))],
  ];
  it.each(cases)('%s: no English type names or codes in Japanese', (_name, input) => {
    const message = refusal(input, 'ja');
    expect(message.replace(/"[^"]*"/g, '')).not.toMatch(RAW);
    expect(message).toMatch(/[\p{Script=Hiragana}\p{Script=Han}]/u);
  });

  it('says which kind of value it wanted and which it found', () => {
    expect(refusal(edit((p) => (p.signals[0].weight = '2')), 'ja')).toBe('数値で書いてください（今は文字列です）。');
    expect(refusal(edit((p) => (p.signals[0].weight = '2')), 'en')).toBe('Expected a number, found text (a string).');
  });

  it('lists allowed categories with their meaning', () => {
    expect(refusal(edit((p) => (p.templates[0].category = 'complain')), 'ja')).toContain('"complaint"（苦情）');
  });

  it('counts in English without "1 entries"', () => {
    const message = refusal(edit((p) => (p.brands[0].terms = [])), 'en');
    expect(message).toBe('At least 1 entry is required.');
  });
});

describe('saved searches', () => {
  it('names a proposed search by the category in the operator\'s language', () => {
    const names = (lang: 'ja' | 'en') => savedSearches([parsePack(acme).ok ? (parsePack(acme) as { pack: any }).pack : null], lang).map((s) => s.name);
    expect(names('ja')).toContain('ACME · 苦情');
    expect(names('en')).toContain('ACME · Complaint');
    expect(names('ja').join(' ')).not.toMatch(/complaint/);
  });
});
