import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// Spawns the real command, as a team lead types it.
const root = path.resolve(import.meta.dirname, '../..');
const fixtures = path.join(import.meta.dirname, 'fixtures/reply');
const PACK = path.join(fixtures, 'pack.json');

function kizuki(args: string[], opts: { input?: string; lang?: string } = {}) {
  const r = spawnSync('npm', ['run', '--silent', 'kizuki', '--', 'check-reply', ...args], {
    cwd: root,
    input: opts.input ?? '',
    encoding: 'utf8',
    env: { ...process.env, LANG: opts.lang ?? 'en_US.UTF-8', LC_ALL: '' },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

interface Output {
  weightedLength: number;
  issues: Array<{ code: string; severity: string; start: number; end: number; message: string; suggest: string | null }>;
}

describe('kizuki check-reply', () => {
  it('prints the weighted length and each issue with code, severity, span, message and suggestion', () => {
    const text = '絶対に直します😊 ご住所を返信で教えてください。';
    const r = kizuki(['--pack', PACK, '--tone', 'formal', '--text', text]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as Output;
    expect(out.weightedLength).toBe(2 * 8 + 1 + 2 * 15);
    expect(out.issues.map((i) => i.code)).toEqual(['ng-word', 'personal-info-public', 'emoji-in-formal']);
    expect(out.issues[0]).toEqual({
      code: 'ng-word', severity: 'error', start: 0, end: 2,
      message: '“絶対” is on the NG list (断定表現). Use “できる限り” instead.', suggest: 'できる限り',
    });
    expect(out.issues[1]).toMatchObject({ start: 10, end: 13, suggest: 'ご住所はDMでお送りください。' });
    expect(out.issues[2]).toMatchObject({ severity: 'warning', suggest: null });
    expect(Object.keys(out.issues[2]!).sort()).toEqual(['code', 'end', 'message', 'severity', 'start', 'suggest']);
  });

  it('reads the draft from standard input and speaks Japanese under a Japanese locale', () => {
    const r = kizuki(['--pack', PACK, '--tone', 'casual'], { input: 'それはムリです😊\n', lang: 'ja_JP.UTF-8' });
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as Output;
    expect(out.weightedLength).toBe(2 * 7 + 2);
    expect(out.issues).toHaveLength(1);
    expect(out.issues[0]!.message).toBe('「ムリ」はNGワードです。「難しい」に言い換えてください。');
  });

  it('checks a filled template for copy-paste replies', () => {
    const sent = '山田様、ご不便をおかけし申し訳ございません。詳しい状況をDMでお知らせいただけますでしょうか。';
    const r = kizuki(['--pack', PACK, '--template', 'apology-dm', '--name', '山田', '--text', sent]);
    expect((JSON.parse(r.stdout) as Output).issues.map((i) => i.code)).toEqual(['template-unchanged']);
  });

  it('refuses a bad pack naming the field, with a non-zero exit and nothing on stdout', () => {
    const r = kizuki(['--pack', path.join(fixtures, 'bad-pack.json'), '--text', 'こんにちは']);
    expect(r.code).not.toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('ngWords[0].severity');
  });

  it('refuses a pack that is not JSON, and a missing --pack', () => {
    const notJson = kizuki(['--pack', path.join(fixtures, 'weighted-length.yml'), '--text', 'x']);
    expect(notJson.code).not.toBe(0);
    expect(notJson.stderr).toContain('weighted-length.yml');
    const usage = kizuki(['--text', 'x']);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain('usage');
  });

  it('adds up the NG words of several packs and takes --lang over the locale', () => {
    const extra = path.join(fixtures, 'pack-extra.json');
    const r = kizuki(['--pack', PACK, '--pack', extra, '--tone', 'casual', '--lang', 'ja', '--text', 'ムリなものは無理、ASAPで']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as Output;
    expect(out.issues.map((i) => [i.code, i.start, i.end])).toEqual([['ng-word', 0, 2], ['ng-word', 9, 13]]);
    expect(out.issues[1]!.message).toBe('「ASAP」はNGワードです（英語の略語）。「できるだけ早く」に言い換えてください。');
  });

  it('names every invalid pack when one of several is bad, and checks nothing', () => {
    const r = kizuki(['--pack', PACK, '--pack', path.join(fixtures, 'bad-pack.json'), '--text', 'x']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/bad-pack\.json:7:43: \$\.ngWords\[0\]\.severity: /);
  });
});
