import { describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { importPrh, type PrhLoader } from '@/lib/prh/import-prh';
import { applyFix, checkDraft } from '@/lib/reply';

// NG words imported from prh keep their regular expression: the draft check must use it, with prh's
// own replacement (capture groups filled) as the one-click fix.
const dir = path.resolve(import.meta.dirname, 'fixtures/prh');
const fromDisk: PrhLoader = (ref) => readFile(path.join(dir, ref), 'utf8');

async function wordsFrom(file: string) {
  const r = await importPrh(file, fromDisk, { lang: 'ja' });
  if (!r.ok) throw new Error(r.errors.join('\n'));
  return r.ngWords;
}

describe('ng-word check with prh rules', () => {
  it('flags a regex rule in a draft and its fix writes what prh expects', async () => {
    const ngWords = await wordsFrom('regex.yml');
    const draft = 'ご連絡頂きありがとうございます。WEBサイトをご確認ください。';
    const { findings } = checkDraft(draft, { tone: 'formal', ngWords, lang: 'ja' });
    const ng = findings.filter((f) => f.code === 'ng-word');
    expect(ng.map((f) => draft.slice(f.start, f.end))).toEqual(['頂き', 'WEB']);
    let fixed = draft;
    for (const f of [...ng].reverse()) fixed = applyFix(fixed, f.fix!);
    expect(fixed).toBe('ご連絡いただきありがとうございます。Webサイトをご確認ください。');
    expect(checkDraft(fixed, { tone: 'formal', ngWords, lang: 'ja' }).findings.filter((f) => f.code === 'ng-word')).toEqual([]);
  });

  it('leaves text the rule does not cover alone (頂上 is not 頂く)', async () => {
    const ngWords = await wordsFrom('regex.yml');
    const { findings } = checkDraft('頂上からの眺めをありがとうございます。', { tone: 'formal', ngWords, lang: 'ja' });
    expect(findings.filter((f) => f.code === 'ng-word')).toEqual([]);
  });
});
