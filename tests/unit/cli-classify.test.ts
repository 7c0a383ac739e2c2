import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// Spawns the real command a team lead types: npm run --silent kizuki -- classify …
const root = path.resolve(import.meta.dirname, '../..');
const demoPack = path.join(root, 'lib/pack/demo-pack.json');

function kizuki(args: string[], stdin = '') {
  const r = spawnSync('npm', ['run', '--silent', 'kizuki', '--', 'classify', ...args], { cwd: root, input: stdin, encoding: 'utf8' });
  const out = r.stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>);
  return { code: r.status, out, err: r.stderr };
}

describe('kizuki classify', () => {
  it('reads JSON lines from stdin and writes one classification per post', () => {
    const text = 'ﾐﾄﾞﾘ電機の冷蔵庫が壊れた。返金してほしい';
    const input = [JSON.stringify({ id: 'a', text }), JSON.stringify({ id: 'b', text: '今日は晴れ' })].join('\n');
    const { code, out, err } = kizuki(['--pack', demoPack], input);
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(out.map((o) => o.id)).toEqual(['a', 'b']);
    expect(out[0]).toMatchObject({ brands: ['midori'], category: 'complaint' });
    const matches = out[0]!.matches as { kind: string; term: string; start: number; end: number }[];
    expect(Object.keys(matches[0]!).sort()).toEqual(['end', 'kind', 'start', 'term']);
    const brand = matches.find((m) => m.kind === 'brand')!;
    expect(text.slice(brand.start, brand.end)).toBe('ﾐﾄﾞﾘ電機');
    expect(matches.some((m) => m.kind === 'urgent' && m.term === '返金')).toBe(true);
    expect(out[0]!.priority as number).toBeGreaterThan(out[1]!.priority as number);
    expect(out[1]).toMatchObject({ brands: [], category: 'other' });
  });

  it('shows a brand post as the queue does: trouble told as a fact is a complaint by the second reading', () => {
    const input = [JSON.stringify({ id: 'a', text: 'ミドリフォン、届いた日から液晶の隅に白いシミ出来てた' }), JSON.stringify({ id: 'b', text: 'ミドリ電機の新しいチラシ見た' })].join('\n');
    const { code, out } = kizuki(['--pack', demoPack], input);
    expect(code).toBe(0);
    expect(out[0]).toMatchObject({ category: 'complaint', decidedBy: 'reading', rulesCategory: 'other' });
    expect(out[0]!.priority as number).toBeGreaterThanOrEqual(50);
    expect(out[1]).toMatchObject({ category: 'other', decidedBy: 'rules' });
  });

  it('reports bad lines with their line number and goes on with the rest', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kizuki-cli-'));
    const file = path.join(dir, 'posts.jsonl');
    writeFileSync(file, ['{"id":"1","text":"ミドリモバイル圏外"}', '{oops', '', '{"id":"4"}', '{"id":5,"text":"ミドリ電機ありがとう"}'].join('\n'));
    const { code, out, err } = kizuki(['--pack', demoPack, '--input', file]);
    expect(out.map((o) => o.id)).toEqual(['1', '5']);
    expect(err).toMatch(/line 2:/);
    expect(err).toMatch(/line 4: .*text/);
    expect(code).toBe(1);
  });

  it('refuses a pack that fails the schema, naming the field, with a non-zero exit', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kizuki-cli-'));
    const pack = path.join(dir, 'pack.json');
    writeFileSync(pack, JSON.stringify({ format: 'kizuki.pack', version: 1, id: 'x', name: 'X', brands: [{ id: 'x', name: 'X', terms: [] }] }));
    const { code, out, err } = kizuki(['--pack', pack], '{"id":"1","text":"x"}');
    expect(code).not.toBe(0);
    expect(out).toEqual([]);
    expect(err).toContain('brands[0].terms');
  });

  it('refuses malformed pack JSON with the line and column, like the panel import', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kizuki-cli-'));
    const pack = path.join(dir, 'broken.json');
    writeFileSync(pack, '{\n  "format": "kizuki.pack",\n  "version": 1,,\n}');
    const { code, out, err } = kizuki(['--pack', pack], '{"id":"1","text":"x"}');
    expect(code).toBe(2);
    expect(out).toEqual([]);
    expect(err).toMatch(/broken\.json:3:\d+: /);
  });
});
