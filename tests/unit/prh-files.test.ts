import { describe, expect, it } from 'vitest';
import { importPrhFiles } from '@/components/packs/prh-files';

// Files picked in the panel: their size is known before reading, so a huge one is refused unread.
describe('picked prh files', () => {
  it('refuses a file over the size limit without reading it', async () => {
    const file = new File(['rules: []'], 'huge.yml');
    Object.defineProperty(file, 'size', { value: 50_000_000 });
    let read = false;
    file.text = async () => {
      read = true;
      return 'rules: []';
    };
    const r = await importPrhFiles([file]);
    expect(r.ok ? '' : r.errors.join()).toMatch(/huge\.yml/);
    expect(read).toBe(false);
  });

  it('imports a small file', async () => {
    const r = await importPrhFiles([new File(['rules:\n  - expected: ください\n    pattern: 下さい\n'], 'a.yml')]);
    expect(r.ok ? r.ngWords.map((w) => w.suggest) : r.errors).toEqual(['ください']);
  });
});
