import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePack } from '@/lib/pack/validate';
import { ngWordHits } from '@/lib/prh/apply-rule';

// Spawns the real command a team lead types: npm run --silent kizuki -- prh-import …
const root = path.resolve(import.meta.dirname, '../..');
const demoPack = path.join(root, 'lib/pack/demo-pack.json');
const prhDir = path.join(root, 'tests/unit/fixtures/prh');

function kizuki(args: string[]) {
  const r = spawnSync('npm', ['run', '--silent', 'kizuki', '--', 'prh-import', ...args], { cwd: root, encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}
function tempFile(name: string, text: string): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'kizuki-prh-')), name);
  writeFileSync(file, text);
  return file;
}

describe('kizuki prh-import', () => {
  it('writes the pack with the rules added, which the panel accepts and which checks drafts', () => {
    const { code, out, err } = kizuki(['--pack', demoPack, '--prh', path.join(prhDir, 'folder/main.yml')]);
    expect(err).toBe('');
    expect(code).toBe(0);
    const parsed = parsePack(out);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    const words = (parsed.pack.ngWords ?? []).filter((w) => w.origin === 'prh:main.yml');
    expect(words.map((w) => w.suggest).sort()).toEqual(['サーバー', 'ダイアログ', '問い合わせ', '申し込み'].sort());
    // The demo pack's own content is kept.
    expect(parsed.pack.brands.map((b) => b.id)).toContain('midori');
  });

  it('the rules run in drafts as in the panel (regex with capture groups)', () => {
    const { code, out } = kizuki(['--pack', demoPack, '--prh', path.join(prhDir, 'regex.yml')]);
    expect(code).toBe(0);
    const parsed = parsePack(out);
    const word = parsed.ok ? parsed.pack.ngWords!.find((w) => w.suggest === 'いただ$1')! : undefined;
    expect(ngWordHits(word!, 'ご連絡頂き')).toEqual([{ start: 3, end: 5, found: '頂き', replacement: 'いただき' }]);
  });

  it('a failing spec: stderr names the file and the rule, exit 1, nothing on stdout', () => {
    const { code, out, err } = kizuki(['--pack', demoPack, '--prh', path.join(prhDir, 'failing-spec.yml')]);
    expect(code).toBe(1);
    expect(out).toBe('');
    expect(err).toMatch(/failing-spec\.yml: Rule "および" in failing-spec\.yml: spec "及び" should become "及び"/);
  });

  it('a pattern the engine cannot run: refused with the rule named', () => {
    const { code, out, err } = kizuki(['--pack', demoPack, '--prh', path.join(prhDir, 'backreference.yml')]);
    expect(code).toBe(1);
    expect(out).toBe('');
    expect(err).toMatch(/Rule "\$1" in backreference\.yml: pattern refused: a backreference/);
  });

  it('broken YAML: refused with its line', () => {
    const file = tempFile('broken.yml', 'rules:\n  - expected: ください\n    pattern: [下さい\n');
    const { code, out, err } = kizuki(['--pack', demoPack, '--prh', file]);
    expect(code).toBe(1);
    expect(out).toBe('');
    expect(err).toMatch(/broken\.yml is not valid YAML: .*line \d+/);
  });

  it('a bad pack: refused with its path and line, nothing on stdout', () => {
    const pack = tempFile('pack.json', '{"format": "kizuki.pack", "version": 1, "id": "p", "name": "p", "brands": []}');
    const { code, out, err } = kizuki(['--pack', pack, '--prh', path.join(prhDir, 'regex.yml')]);
    expect(code).toBe(1);
    expect(out).toBe('');
    expect(err).toMatch(/pack\.json.*\$\.brands/);
  });

  it('missing arguments: usage, exit 2', () => {
    const { code, out, err } = kizuki(['--pack', demoPack]);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toMatch(/usage: kizuki prh-import/);
  });
});
