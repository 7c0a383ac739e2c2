import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { authorIdsIn, dmComposeUrl } from '@/lib/x/author-ids';

// The user id behind a handle, read from X's follow buttons on the real saved pages.
const DATA = path.resolve(import.meta.dirname, '../../../shared/data');
const PAGES: [string, string, string][] = [
  ['x-pages/shaunsales__xingest/jason.html', 'jason', '3840'],
  ['x-pages/shaunsales__xingest/nikitabier.html', 'nikitabier', '636513296'],
  ['x-pages/shaunsales__xingest/okx.html', 'okx', '867617849208037377'],
  ['x-pages-2025/kepano__defuddle/general--x.com-article-2026-02-13.html', 'arscontexta', '1915489112787718144'],
];

describe('author ids on real X pages', () => {
  for (const [file, handle, id] of PAGES) {
    const full = path.join(DATA, file);
    it.skipIf(!existsSync(full))(`${file}: @${handle} is ${id}`, () => {
      const { document } = new JSDOM(readFileSync(full, 'utf8')).window;
      expect(authorIdsIn(document)).toContainEqual({ handle, userId: id });
    });
  }
  it('a timeline post alone shows no id, and a Japanese label still names the handle', () => {
    const { document } = new JSDOM('<article data-testid="tweet"><a href="/taro">taro</a></article><button data-testid="42-follow" aria-label="@Taro_1さんをフォロー"></button>').window;
    expect(authorIdsIn(document.querySelector('article')!)).toEqual([]);
    expect(authorIdsIn(document)).toEqual([{ handle: 'taro_1', userId: '42' }]);
    expect(dmComposeUrl('42')).toBe('https://x.com/messages/compose?recipient_id=42');
  });
});
