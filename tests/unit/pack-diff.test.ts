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
    const d = diffPacks(undefined, pack('acme.json'));
    expect(d.isNew).toBe(true);
    expect(lines(d)).toEqual(
      ['added brands ACME', 'added terms ACME: ACME', 'added terms ACME: アクメ', 'added exclusions ACME: アクメ駅', 'added signals complaint: 圏外', 'added templates apology-dm', 'added ngWords 絶対'].sort(),
    );
  });

  it('shows what a new version adds, removes and changes', () => {
    const d = diffPacks(pack('acme.json'), pack('acme-v2.json'));
    expect(d.isNew).toBe(false);
    expect(d.to.packVersion).toBe('2.0');
    expect(lines(d)).toEqual(
      [
        'added terms ACME: アクメ光',
        'removed exclusions ACME: アクメ駅',
        'added signals complaint: 繋がらない',
        'added signals question: どうやって',
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
});
