import { beforeEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { db } from '@/lib/db/database';
import { parsePack } from '@/lib/pack/validate';
import { getActivePacks, listPacks } from '@/lib/pack/store';
import { importPack } from './support/import-pack';

// Every malformed or hostile pack is refused with the place it goes wrong and changes nothing stored.

const fixture = (name: string) => readFileSync(path.resolve(import.meta.dirname, 'fixtures/packs', name), 'utf8');
type Obj = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const base = (): Obj => JSON.parse(fixture('acme.json'));
const edit = (f: (p: Obj) => void): Obj => {
  const p = base();
  f(p);
  return p;
};
const json = (p: unknown) => JSON.stringify(p, null, 2);
const many = (n: number, f: (i: number) => unknown) => Array.from({ length: n }, (_, i) => f(i));

const cases: [name: string, input: unknown, path: string, code: string][] = [
  ['empty file', '', '$', 'json-syntax'],
  ['plain text', 'not a pack', '$', 'json-syntax'],
  ['trailing comma', '{"format": "kizuki.pack", "version": 1,}', '$', 'json-syntax'],
  ['single quotes', "{'format': 'kizuki.pack'}", '$', 'json-syntax'],
  ['unterminated string', '{"format": "kizuki.pack', '$', 'json-syntax'],
  ['comment', '// pack\n' + json(base()), '$', 'json-syntax'],
  ['NaN value', json(base()).replace('"weight": 2', '"weight": NaN'), '$', 'json-syntax'],
  ['text after the end', json(base()) + ' extra', '$', 'json-syntax'],
  ['raw newline inside a string', json(base()).replace('ACME サポート', 'ACME\nサポート'), '$', 'json-syntax'],
  ['top-level array', '[]', '$', 'not-object'],
  ['top-level null', 'null', '$', 'not-object'],
  ['top-level string', '"kizuki.pack"', '$', 'not-object'],
  ['top-level number', '1', '$', 'not-object'],
  ['format missing', edit((p) => delete p.format), '$.format', 'wrong-format'],
  ['format with other case', edit((p) => (p.format = 'Kizuki.Pack')), '$.format', 'wrong-format'],
  ['a prh file given as pack', json({ version: 1, rules: [{ expected: 'a' }] }), '$.format', 'wrong-format'],
  ['version 2', edit((p) => (p.version = 2)), '$.version', 'unknown-version'],
  ['version as string', edit((p) => (p.version = '1')), '$.version', 'unknown-version'],
  ['version missing', edit((p) => delete p.version), '$.version', 'unknown-version'],
  ['version 0', edit((p) => (p.version = 0)), '$.version', 'unknown-version'],
  ['id missing', edit((p) => delete p.id), '$.id', 'required'],
  ['id empty', edit((p) => (p.id = '')), '$.id', 'too-short'],
  ['id with a space', edit((p) => (p.id = 'ac me')), '$.id', 'invalid-id'],
  ['id with a slash (path traversal)', edit((p) => (p.id = '../acme')), '$.id', 'invalid-id'],
  ['id too long', edit((p) => (p.id = 'a'.repeat(65))), '$.id', 'too-long'],
  ['id as number', edit((p) => (p.id = 42)), '$.id', 'type'],
  ['name missing', edit((p) => delete p.name), '$.name', 'required'],
  ['brands missing', edit((p) => delete p.brands), '$.brands', 'required'],
  ['brands empty', edit((p) => (p.brands = [])), '$.brands', 'too-few'],
  ['brands as object', edit((p) => (p.brands = { acme: p.brands[0] })), '$.brands', 'type'],
  ['too many brands', edit((p) => (p.brands = many(201, (i) => ({ id: `b${i}`, name: 'B', terms: [`t${i}`] })))), '$.brands', 'too-many'],
  ['brand name too long', edit((p) => (p.brands[0].name = 'ア'.repeat(201))), '$.brands[0].name', 'too-long'],
  ['brand terms missing', edit((p) => delete p.brands[0].terms), '$.brands[0].terms', 'required'],
  ['brand terms empty', edit((p) => (p.brands[0].terms = [])), '$.brands[0].terms', 'too-few'],
  ['brand terms as string', edit((p) => (p.brands[0].terms = 'ACME')), '$.brands[0].terms', 'type'],
  ['empty term', edit((p) => (p.brands[0].terms[1] = '')), '$.brands[0].terms[1]', 'empty-term'],
  ['blank term', edit((p) => (p.brands[0].terms[1] = ' \u3000 ')), '$.brands[0].terms[1]', 'empty-term'],
  ['over-long term', edit((p) => (p.brands[0].terms[1] = 'ア'.repeat(101))), '$.brands[0].terms[1]', 'too-long'],
  ['term as number', edit((p) => (p.brands[0].terms[0] = 5)), '$.brands[0].terms[0]', 'type'],
  ['term null', edit((p) => (p.brands[0].terms[0] = null)), '$.brands[0].terms[0]', 'type'],
  ['too many terms in a brand', edit((p) => (p.brands[0].terms = many(501, (i) => `t${i}`))), '$.brands[0].terms', 'too-many'],
  ['too many terms in all', edit((p) => (p.brands = many(41, (b) => ({ id: `b${b}`, name: 'B', terms: many(500, (i) => `t${b}-${i}`) })))), '$', 'total-terms'],
  ['duplicate brand id', edit((p) => p.brands.push({ id: 'acme', name: 'ACME2', terms: ['x'] })), '$.brands[1].id', 'duplicate-id'],
  ['duplicate template id', edit((p) => p.templates.push({ ...p.templates[0], text: 'b' })), '$.templates[1].id', 'duplicate-id'],
  ['empty exclusion', edit((p) => (p.brands[0].exclude = [''])), '$.brands[0].exclude[0]', 'empty-term'],
  ['regex as a term', edit((p) => (p.brands[0].terms[0] = '/ac.*me/i')), '$.brands[0].terms[0]', 'regex-term'],
  ['catastrophic regex as a term', edit((p) => (p.brands[0].terms[0] = '/(a+)+$/')), '$.brands[0].terms[0]', 'regex-term'],
  ['regex as an exclusion', edit((p) => (p.brands[0].exclude[0] = '/駅$/')), '$.brands[0].exclude[0]', 'regex-term'],
  ['regex as a signal term', edit((p) => (p.signals[0].terms[0] = '/圏外.*/')), '$.signals[0].terms[0]', 'regex-term'],
  ['zero-width space in a term', edit((p) => (p.brands[0].terms[0] = 'AC\u200bME')), '$.brands[0].terms[0]', 'control-char'],
  ['bidi override in a term', edit((p) => (p.brands[0].terms[0] = '\u202eEMCA')), '$.brands[0].terms[0]', 'control-char'],
  ['NUL in a term', edit((p) => (p.brands[0].terms[0] = 'ACME\u0000')), '$.brands[0].terms[0]', 'control-char'],
  ['signal category other', edit((p) => (p.signals[0].category = 'other')), '$.signals[0].category', 'invalid-value'],
  ['unknown signal category', edit((p) => (p.signals[0].category = 'anger')), '$.signals[0].category', 'invalid-value'],
  ['signal weight too big', edit((p) => (p.signals[0].weight = 11)), '$.signals[0].weight', 'too-big'],
  ['negative signal weight', edit((p) => (p.signals[0].weight = -1)), '$.signals[0].weight', 'too-small'],
  ['signal weight as string', edit((p) => (p.signals[0].weight = '2')), '$.signals[0].weight', 'type'],
  ['signals as object', edit((p) => (p.signals = {})), '$.signals', 'type'],
  ['template text missing', edit((p) => delete p.templates[0].text), '$.templates[0].text', 'required'],
  ['template text too long', edit((p) => (p.templates[0].text = 'あ'.repeat(2001))), '$.templates[0].text', 'too-long'],
  ['template category unknown', edit((p) => (p.templates[0].category = 'spam')), '$.templates[0].category', 'invalid-value'],
  ['template tone empty', edit((p) => (p.templates[0].tone = '')), '$.templates[0].tone', 'too-short'],
  ['NG word severity unknown', edit((p) => (p.ngWords[0].severity = 'fatal')), '$.ngWords[0].severity', 'invalid-value'],
  ['NG word term missing', edit((p) => delete p.ngWords[0].term), '$.ngWords[0].term', 'required'],
  ['too many NG words', edit((p) => (p.ngWords = many(5001, (i) => ({ term: `n${i}` })))), '$.ngWords', 'too-many'],
  ['NG pattern with a lookahead inside a repeat (not runnable in linear time)', edit((p) => (p.ngWords[0].pattern = { source: '(?:a(?!b))+', flags: 'u' })), '$.ngWords[0].pattern.source', 'unsafe-pattern'],
  ['NG pattern with a backreference', edit((p) => (p.ngWords[0].pattern = { source: '(.)\\1', flags: 'u' })), '$.ngWords[0].pattern.source', 'unsafe-pattern'],
  ['NG pattern that does not compile', edit((p) => (p.ngWords[0].pattern = { source: '(', flags: '' })), '$.ngWords[0].pattern.source', 'unsafe-pattern'],
  ['NG pattern with unknown flag', edit((p) => (p.ngWords[0].pattern = { source: 'a', flags: 'x' })), '$.ngWords[0].pattern.flags', 'invalid-flags'],
  ['saved search with empty query', edit((p) => (p.searches = [{ name: 's', query: '' }])), '$.searches[0].query', 'too-short'],
  ['personas as string', edit((p) => (p.personas = 'formal')), '$.personas', 'type'],
  ['__proto__ key', '{"__proto__": {"polluted": true}, ' + json(base()).slice(1), '$.__proto__', 'forbidden-key'],
  ['constructor key in a brand', edit((p) => (p.brands[0].constructor = { prototype: {} })), '$.brands[0].constructor', 'forbidden-key'],
  ['file over the size limit', edit((p) => (p.notes = 'x'.repeat(1_000_001))), '$', 'too-large'],
  ['nesting bomb', json(base()).replace('"signals"', `"x": ${'['.repeat(5000)}${']'.repeat(5000)}, "signals"`), '$', 'too-deep'],
];

describe('hostile and malformed packs', () => {
  it('has at least 50 cases', () => expect(cases.length).toBeGreaterThanOrEqual(50));

  beforeEach(async () => {
    await db.packs.clear();
    await importPack(fixture('campaign.json'), { source: 'seed' });
  });

  it.each(cases)('%s is refused at %s', async (_name, input, expectedPath, code) => {
    const before = await listPacks();
    const activeBefore = await getActivePacks();
    const result = await importPack(input, { source: 'test', lang: 'en' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors[0]).toMatchObject({ path: expectedPath, code });
    expect(result.errors[0]!.message.length).toBeGreaterThan(5);
    expect(await listPacks()).toEqual(before);
    expect(await getActivePacks()).toEqual(activeBefore);
  });
});

describe('error locations and language', () => {
  it('names the line of a bad term in a pretty-printed file', () => {
    const text = json(edit((p) => (p.brands[0].terms[1] = '')));
    const r = parsePack(text, { lang: 'en' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const expectedLine = text.split('\n').findIndex((l) => l.trim() === '""' || l.trim() === '"",') + 1;
    expect(expectedLine).toBeGreaterThan(0);
    expect(r.errors[0]).toMatchObject({ path: '$.brands[0].terms[1]', line: expectedLine });
  });

  it('gives line and column of a JSON syntax error', () => {
    const r = parsePack('{\n  "format": "kizuki.pack",\n  "version": 1,\n  "id": acme\n}', { lang: 'en' });
    expect(r.ok ? null : r.errors[0]).toMatchObject({ path: '$', line: 4, column: 9, code: 'json-syntax' });
  });

  it('speaks Japanese when asked', () => {
    const r = parsePack(edit((p) => (p.version = 2)), { lang: 'ja' });
    expect(r.ok ? '' : r.errors[0]!.message).toContain('未対応のパック version 2');
  });

  it('does not let __proto__ reach an object prototype', () => {
    parsePack('{"__proto__": {"polluted": true}}');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('accepts the issue-2 example exactly as written', () => {
    const r = parsePack(fixture('acme.json'));
    expect(r.ok).toBe(true);
  });
});

describe('errors for the command line', () => {
  it('formats file:line:column: path: message', async () => {
    const { formatPackErrors } = await import('@/lib/pack/format-errors');
    const r = parsePack('{\n  "format": "kizuki.pack",\n  "version": 1,\n  "id": "a b",\n  "name": "n",\n  "brands": [{"id": "b", "name": "b", "terms": ["t"]}]\n}', { lang: 'en' });
    expect(r.ok ? [] : formatPackErrors('p.json', r.errors)).toEqual([
      'p.json:4:9: $.id: An id may contain letters, digits, ".", "_" and "-", and must start with a letter or digit.',
    ]);
  });
});
