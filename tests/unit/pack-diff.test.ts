import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { diffPacks } from '@/lib/pack/diff';
import { parsePack } from '@/lib/pack/validate';

const pack = (name: string) => {
  const r = parsePack(readFileSync(path.resolve(import.meta.dirname, 'fixtures/packs', name), 'utf8'));
  if (!r.ok) throw new Error('fixture invalid');
  return r.pack;
};
const lines = (d: ReturnType<typeof diffPacks>) => d.entries.map((e) => `${e.change} ${e.section} ${e.label}`).sort();

describe('pack diff', () => {
  it('lists everything as added for a new pack', () => {
    const d = diffPacks(undefined, pack('acme.json'), 'en');
    expect(d.isNew).toBe(true);
    expect(lines(d)).toEqual(
      ['added brands ACME', 'added terms ACME: ACME', 'added terms ACME: アクメ', 'added exclusions ACME: アクメ駅', 'added signals Complaint: 圏外', 'added templates apology-dm', 'added ngWords 絶対'].sort(),
    );
  });

  it('shows what a new version adds, removes and changes', () => {
    const d = diffPacks(pack('acme.json'), pack('acme-v2.json'), 'en');
    expect(d.isNew).toBe(false);
    expect(d.to.packVersion).toBe('2.0');
    expect(lines(d)).toEqual(
      [
        'added terms ACME: アクメ光',
        'removed exclusions ACME: アクメ駅',
        'added signals Complaint: 繋がらない',
        'added signals Question: どうやって',
        'changed templates apology-dm',
        'added templates thanks',
        'added ngWords 必ず',
        'removed ngWords 絶対',
        'added searches ACME 障害',
      ].sort(),
    );
  });

  it('is empty for the same pack', () => {
    expect(diffPacks(pack('acme.json'), pack('acme.json')).entries).toEqual([]);
  });

  it('speaks the operator\'s language: categories by name, never the code', () => {
    const d = diffPacks(undefined, pack('acme.json'), 'ja');
    const labels = d.entries.map((e) => e.label);
    expect(labels).toContain('苦情: 圏外');
    expect(labels.join(' ')).not.toMatch(/complaint/);
  });

  it('shows each changed field as old → new', () => {
    const d = diffPacks(pack('acme.json'), pack('acme-v2.json'), 'ja');
    const template = d.entries.find((e) => e.section === 'templates' && e.change === 'changed');
    expect(template?.fields).toEqual([{ field: 'text', before: '{{name}}様、…', after: '{{name}}様、ご不便をおかけしております。' }]);
  });

  it('translates codes inside a change: a tone, a severity, a weight, a renamed pack and brand', () => {
    const before = pack('acme.json');
    const after = structuredClone(before);
    after.name = 'ACME サポート 2';
    after.brands[0]!.name = 'アクメ';
    after.templates![0]!.tone = 'casual';
    after.ngWords![0]!.severity = 'warning';
    after.signals![0]!.weight = 3;
    const d = diffPacks(before, after, 'ja');
    const changed = d.entries.filter((e) => e.change === 'changed').flatMap((e) => (e.fields ?? []).map((f) => `${e.section} ${f.field}: ${f.before} → ${f.after}`));
    expect(changed).toEqual(
      expect.arrayContaining([
        'pack name: ACME サポート → ACME サポート 2',
        'brands name: ACME → アクメ',
        'templates tone: フォーマル → カジュアル',
        'ngWords severity: エラー → 警告',
        'signals weight: 2 → 3',
      ]),
    );
  });
});
