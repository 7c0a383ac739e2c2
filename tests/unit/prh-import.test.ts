import { describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { importPrh, type PrhLoader } from '@/lib/prh/import-prh';
import { fixText, ngWordHits } from '@/lib/prh/apply-rule';
import { parsePack } from '@/lib/pack/validate';

const dir = path.resolve(import.meta.dirname, 'fixtures/prh');
const fromDisk: PrhLoader = (ref) => readFile(path.join(dir, ref), 'utf8');
const ok = async (file: string) => {
  const r = await importPrh(file, fromDisk, { lang: 'en' });
  if (!r.ok) throw new Error(r.errors.join('\n'));
  return r;
};
const refused = async (file: string) => {
  const r = await importPrh(file, fromDisk, { lang: 'en' });
  expect(r.ok).toBe(false);
  return r.ok ? [] : r.errors;
};
const fix = (words: Awaited<ReturnType<typeof ok>>['ngWords'], text: string) =>
  words.reduce((t, w) => (w.pattern ? fixText(w.pattern, w.suggest ?? '', t) : t), text);

describe('prh import: rule features', () => {
  it('reads expected, pattern, patterns, rules without a pattern, bare-string rules and prh reasons', async () => {
    const { ngWords } = await ok('basic.yml');
    expect(ngWords.map((w) => w.suggest)).toEqual(['あらかじめ', 'ください', 'JavaScript', 'Kizuki']);
    expect(ngWords[0]).toMatchObject({ term: '予め', reason: '平仮名にしたほうが読みやすい', severity: 'warning', origin: 'prh:basic.yml' });
    expect(fix(ngWords, '予めご確認下さい。ｊａｖａｓｃｒｉｐｔ と KIZUKI')).toBe('あらかじめご確認ください。JavaScript と Kizuki');
    // A text already as expected is not a finding.
    expect(ngWordHits(ngWords[2]!, 'JavaScript')).toEqual([]);
  });

  it('reads /regex/flags with capture groups in expected', async () => {
    const { ngWords } = await ok('regex.yml');
    expect(ngWordHits(ngWords[0]!, '本日は頂上で頂きました')).toEqual([{ start: 6, end: 8, found: '頂き', replacement: 'いただき' }]);
    expect(fix(ngWords, 'wEbサイトとweb')).toBe('Webサイトとweb');
  });

  it('honours regexpMustEmpty', async () => {
    const { ngWords } = await ok('must-empty.yml');
    expect(fix(ngWords, 'プレイヤーのレイヤー')).toBe('プレイヤーのレイヤ');
  });

  it('honours options.wordBoundary', async () => {
    const { ngWords } = await ok('word-boundary.yml');
    expect(fix(ngWords, 'js and json')).toBe('JS and json');
  });

  it('resolves imports relative to each file in a folder, with ignoreRules, and keeps each rule once', async () => {
    const r = await ok('folder/main.yml');
    expect(r.files).toEqual(['folder/main.yml', 'folder/sub/ui.yml', 'folder/shared/terms.yml', 'folder/shared/common.yml']);
    expect(r.ngWords.map((w) => w.suggest).sort()).toEqual(['サーバー', 'ダイアログ', '問い合わせ', '申し込み'].sort());
  });

  it('resolves imports relative to a URL', async () => {
    const base = 'https://intra.example/dict/';
    const files: Record<string, string> = {};
    for (const f of ['main.yml', 'sub/ui.yml', 'shared/terms.yml', 'shared/common.yml']) files[base + f] = await readFile(path.join(dir, 'folder', f), 'utf8');
    const requested: string[] = [];
    const r = await importPrh(base + 'main.yml', async (url) => {
      requested.push(url);
      if (!(url in files)) throw new Error('404');
      return files[url]!;
    });
    expect(r.ok).toBe(true);
    expect(requested).toContain('https://intra.example/dict/shared/terms.yml');
  });

  it('produces NG words that a pack accepts', async () => {
    const { ngWords } = await ok('folder/main.yml');
    const pack = { format: 'kizuki.pack', version: 1, id: 'p', name: 'p', brands: [{ id: 'b', name: 'b', terms: ['b'] }], ngWords };
    expect(parsePack(pack).ok).toBe(true);
  });
});

describe('prh import: patterns run in linear time', () => {
  it('accepts nested quantifiers, and a draft built to make them backtrack returns its answer', async () => {
    const { ngWords } = await ok('catastrophic.yml');
    expect(ngWordHits(ngWords[0]!, 'a'.repeat(39) + '!')).toEqual([]);
  });
});

describe('prh import: refusals name the file and the rule', () => {
  it('refuses a failing spec', async () => {
    expect((await refused('failing-spec.yml'))[0]).toBe('Rule "および" in failing-spec.yml: spec "及び" should become "及び" but became "および".');
  });
  it('refuses backreferences, naming the rule', async () => {
    expect((await refused('backreference.yml'))[0]).toBe('Rule "$1" in backreference.yml: pattern refused: a backreference (\\1, \\k<name>).');
  });
  it('refuses broken YAML', async () => {
    expect((await refused('not-yaml.yml'))[0]).toMatch(/^not-yaml.yml is not valid YAML/);
  });
  it('refuses a rule without expected', async () => {
    expect((await refused('wrong-shape.yml'))[0]).toMatch(/^wrong-shape.yml: \$.rules\[0\]/);
  });
  it('refuses an alias bomb without expanding it', async () => {
    expect((await refused('alias-bomb.yml'))[0]).toMatch(/alias-bomb.yml is not valid YAML/);
  });
  it('refuses an import cycle', async () => {
    expect((await refused('cycle-a.yml'))[0]).toBe('cycle-a.yml imports itself (through cycle-a.yml → cycle-b.yml → cycle-a.yml).');
  });
  it('refuses a missing import', async () => {
    expect((await refused('folder/sub/missing.yml'))[0]).toMatch(/^Could not read folder\/sub\/missing.yml/);
  });
  it('speaks Japanese', async () => {
    const r = await importPrh('failing-spec.yml', fromDisk, { lang: 'ja' });
    expect(r.ok ? '' : r.errors[0]).toContain('のルール「および」');
  });
});

describe('prh import: imports are loaded once and bounded', () => {
  // Nine small files, each importing the next five (mod 9 makes cycles; capped at 8 makes a web
  // without cycles). Followed path by path that is 488,281 loads; each file must be loaded once.
  const web = (cyclic: boolean) => {
    const files = new Map<string, string>();
    for (let i = 0; i < 9; i++) {
      const next = [1, 2, 3, 4, 5].map((d) => i + d).filter((j) => cyclic || j < 9).map((j) => `f${j % 9}.yml`);
      const imports = next.length ? `imports:\n${next.map((f) => `  - ${f}\n`).join('')}` : '';
      files.set(`f${i}.yml`, `${imports}rules:\n  - expected: 語${i}\n    pattern: 誤${i}\n# ${'x'.repeat(500)}\n`);
    }
    const loads: string[] = [];
    const load: PrhLoader = async (ref) => {
      loads.push(ref);
      const text = files.get(ref);
      if (text === undefined) throw new Error('404');
      return text;
    };
    return { load, loads };
  };

  it('a web of imports without cycles: each file loaded once, each rule once', async () => {
    const { load, loads } = web(false);
    const r = await importPrh('f0.yml', load, { lang: 'en' });
    expect(r.ok ? r.ngWords.map((w) => w.suggest).sort() : r.errors).toEqual(['語0', '語1', '語2', '語3', '語4', '語5', '語6', '語7', '語8']);
    expect(loads.sort()).toEqual(['f0.yml', 'f1.yml', 'f2.yml', 'f3.yml', 'f4.yml', 'f5.yml', 'f6.yml', 'f7.yml', 'f8.yml']);
  });

  it('files importing each other: refused as a cycle after loading each file once', async () => {
    const { load, loads } = web(true);
    const r = await importPrh('f0.yml', load, { lang: 'en' });
    expect(r.ok ? [] : r.errors[0]).toMatch(/imports itself/);
    expect(new Set(loads).size).toBe(loads.length);
  });

  it('refuses more files than the limit, naming it', async () => {
    const main = `imports:\n${Array.from({ length: 101 }, (_, i) => `  - d${i}.yml\n`).join('')}`;
    const r = await importPrh('main.yml', async (ref) => (ref === 'main.yml' ? main : 'rules: []'), { lang: 'en' });
    expect(r.ok ? '' : r.errors).toEqual(['Imports reach more than 100 files.']);
  });

  it('refuses more bytes in all than the limit', async () => {
    const big = `rules: []\n# ${'x'.repeat(990_000)}\n`;
    const main = `imports:\n${Array.from({ length: 6 }, (_, i) => `  - d${i}.yml\n`).join('')}`;
    const r = await importPrh('main.yml', async (ref) => (ref === 'main.yml' ? main : big), { lang: 'en' });
    expect(r.ok ? '' : r.errors).toEqual(['The files imported hold more than 5000000 bytes in all.']);
  });
});
