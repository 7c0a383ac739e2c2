import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATEGORIES } from '@/lib/categories';
import { mergePacks, packToJson } from '@/lib/pack/export';
import { DEMO_PACK } from '@/lib/pack/store';
import { parsePack } from '@/lib/pack/validate';
import { checkDraft, fillTemplate, listTones } from '@/lib/reply';

const root = path.resolve(import.meta.dirname, '../..');
const acmeText = readFileSync(path.join(root, 'tests/unit/fixtures/packs/acme.json'), 'utf8');
const withTemplate = (tpl: Record<string, unknown>) => {
  const p = JSON.parse(acmeText);
  p.templates = [{ ...p.templates[0], ...tpl }];
  return JSON.stringify(p, null, 2);
};
const accepted = (text: string, lang: 'ja' | 'en' = 'en') => {
  const r = parsePack(text, { lang });
  if (!r.ok) throw new Error(r.errors.map((e) => e.message).join('\n'));
  return r;
};

describe('pack warnings a lead expects', () => {
  it('an unknown tone is a warning at its path and line, with the likely meant tone', () => {
    const text = withTemplate({ tone: 'formall' });
    const { warnings } = accepted(text);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ path: '$.templates[0].tone', code: 'unknown-tone-guess' });
    expect(warnings[0]!.message).toContain('"formal"');
    expect(text.split('\n')[warnings[0]!.line! - 1]).toContain('formall');
  });

  it('"polite" is flagged with the tones the pack knows', () => {
    const { warnings } = accepted(withTemplate({ tone: 'polite' }), 'ja');
    expect(warnings.map((w) => [w.path, w.code])).toEqual([['$.templates[0].tone', 'unknown-tone']]);
    expect(warnings[0]!.message).toMatch(/"polite".*formal, casual/);
  });

  it('a tone defined by a persona of the pack is not flagged', () => {
    const p = JSON.parse(withTemplate({ tone: 'midori-chan' }));
    p.personas = [{ tone: 'midori-chan', name: 'ミドリちゃん' }];
    expect(accepted(JSON.stringify(p)).warnings).toEqual([]);
  });

  it('an unknown template variable is a warning, with the variable it was likely meant to be', () => {
    const { warnings } = accepted(withTemplate({ text: '{{nmae}}様、{{operator}}です。{{order_no}}' }), 'ja');
    expect(warnings.map((w) => [w.path, w.code])).toEqual([
      ['$.templates[0].text', 'unknown-variable-guess'],
      ['$.templates[0].text', 'unknown-variable'],
    ]);
    expect(warnings[0]!.message).toContain('{{name}} の誤り');
  });

  it('the demo pack has no warnings', () => {
    expect(accepted(readFileSync(path.join(root, 'lib/pack/demo-pack.json'), 'utf8')).warnings).toEqual([]);
  });
});

describe('the demo pack, as a lead evaluating Kizuki meets it', () => {
  it('has a Japanese template for every category and every tone it offers', () => {
    const missing = CATEGORIES.flatMap((category) =>
      listTones([DEMO_PACK], 'ja')
        .filter(({ tone }) => !DEMO_PACK.templates!.some((t) => t.category === category && t.tone === tone && t.lang === 'ja'))
        .map(({ tone }) => `${category}/${tone}`),
    );
    expect(missing).toEqual([]);
  });

  it('each template, filled for a post, passes the reply checks without an error', () => {
    const vars = { name: '山田 花子', handle: 'yamada', product: 'ミドリフォン', operator: '佐藤' };
    const errors = DEMO_PACK.templates!.flatMap((t) =>
      checkDraft(fillTemplate(t.text, vars).text, { tone: t.tone, ngWords: DEMO_PACK.ngWords ?? [], lang: 'ja' })
        .findings.filter((f) => f.severity === 'error' || f.code === 'emoji-in-formal')
        .map((f) => `${t.id}: ${f.message}`),
    );
    expect(errors).toEqual([]);
  });

  it('exports to a file that imports back unchanged, alone and as a merged set of one', () => {
    expect(accepted(packToJson(DEMO_PACK)).pack).toEqual(DEMO_PACK);
    const merged = accepted(packToJson(mergePacks([DEMO_PACK]))).pack;
    expect(merged.templates).toEqual(DEMO_PACK.templates);
    expect(merged.brands).toEqual(DEMO_PACK.brands);
  });
});

describe('kizuki check-pack', () => {
  const run = (files: string[]) => spawnSync('npm', ['run', '--silent', 'kizuki', '--', 'check-pack', ...files], { cwd: root, encoding: 'utf8', env: { ...process.env, LANG: 'en_US.UTF-8' } });

  it('prints each warning as file:line:column: path and accepts the pack', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kizuki-check-'));
    const file = path.join(dir, 'pack.json');
    writeFileSync(file, withTemplate({ tone: 'polite', text: '{{nmae}}様' }));
    const r = run([file]);
    expect(r.status).toBe(0);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}:\\d+:\\d+: warning: \\$\\.templates\\[0\\]\\.tone: Tone "polite"`));
    expect(lines[1]).toMatch(/warning: \$\.templates\[0\]\.text: \{\{nmae\}\} is not a template variable; did you mean \{\{name\}\}\?/);
    expect(r.stdout).toContain('accepted (acme; 2 warnings)');
  });

  it('refuses a bad pack with exit 1, and needs a file', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kizuki-check-'));
    const file = path.join(dir, 'bad.json');
    writeFileSync(file, '{"format":"kizuki.pack","version":1,"id":"x","name":"X","brands":[]}');
    const r = run([file]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('$.brands: At least 1 entry is required.');
    expect(run([]).status).toBe(2);
  });
});
