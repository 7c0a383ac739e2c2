// @vitest-environment jsdom
import { until } from './support/until';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { db } from '@/lib/db/database';
import { listPacks } from '@/lib/pack/store';
import { PacksView } from '@/components/packs/PacksView';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const fixture = (name: string) => readFileSync(path.resolve(import.meta.dirname, 'fixtures/packs', name), 'utf8');


let root: Root;
let host: HTMLElement;
const $ = (testId: string) => host.querySelector(`[data-testid="${testId}"]`) as HTMLElement | null;

async function chooseFile(input: HTMLInputElement, name: string, text: string) {
  // jsdom's File has no text(); the browser's has.
  const file = Object.assign(new File([text], name, { type: 'application/json' }), { text: async () => text });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  await act(async () => {
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
}
const click = (el: HTMLElement | null) => act(async () => el!.dispatchEvent(new MouseEvent('click', { bubbles: true })));

beforeEach(async () => {
  await db.packs.clear();
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
  await act(async () => root.render(<PacksView />));
});
afterEach(() => {
  act(() => root.unmount());
  host.remove();
});

describe('packs tab', () => {
  it('previews an import, stores nothing until Apply, then lists the pack', async () => {
    await until(() => expect($('pack-demo-active')).not.toBeNull());
    await chooseFile($('pack-import') as HTMLInputElement, 'acme.json', fixture('acme.json'));
    await until(() => expect($('pack-preview')?.textContent).toContain('ACME: アクメ駅'));
    expect(await listPacks()).toEqual([]);
    await click($('pack-apply'));
    await until(() => expect($('pack-row-acme')).not.toBeNull());
    expect((await listPacks()).map((p) => p.id)).toEqual(['acme']);
  });

  it('shows a refusal with its path and keeps the stored packs', async () => {
    await chooseFile($('pack-import') as HTMLInputElement, 'acme.json', fixture('acme.json'));
    await until(() => expect($('pack-apply')).not.toBeNull());
    await click($('pack-apply'));
    await until(() => expect($('pack-row-acme')).not.toBeNull());
    const before = await listPacks();
    await chooseFile($('pack-import') as HTMLInputElement, 'bad.json', fixture('acme-v2.json').replace('"アクメ光"', '"/アクメ.*/"'));
    await until(() => expect($('pack-errors')?.textContent).toContain('$.brands[0].terms[2]'));
    expect($('pack-preview')).toBeNull();
    expect(await listPacks()).toEqual(before);
  });

  it('moves a pack up in precedence and lists the saved searches of the active packs', async () => {
    for (const name of ['acme.json', 'campaign.json']) {
      const packName = JSON.parse(fixture(name)).name as string;
      await chooseFile($('pack-import') as HTMLInputElement, name, fixture(name));
      await until(() => expect($('pack-preview')?.textContent).toContain(packName));
      await click($('pack-apply'));
      await until(() => expect($('pack-applied')?.textContent).toContain(packName));
    }
    await until(() => expect(host.querySelectorAll('[data-testid^="pack-row-"]')).toHaveLength(2));
    await click($('pack-row-acme-campaign')!.querySelector('[data-testid="pack-up"]') as HTMLElement);
    await until(() => expect([...host.querySelectorAll('[data-testid^="pack-row-"]')].map((e) => e.getAttribute('data-testid'))).toEqual(['pack-row-acme-campaign', 'pack-row-acme']));
    expect((await listPacks()).map((p) => p.id)).toEqual(['acme-campaign', 'acme']);
    const links = [...$('saved-searches')!.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(links).toContain(`https://x.com/search?q=${encodeURIComponent('(ACME OR アクメ) 圏外 -filter:retweets')}&f=live`);
  });

  it('edits a template with a live preview and saves through the same preview', async () => {
    await chooseFile($('pack-import') as HTMLInputElement, 'acme.json', fixture('acme.json'));
    await until(() => expect($('pack-apply')).not.toBeNull());
    await click($('pack-apply'));
    await until(() => expect($('pack-row-acme')).not.toBeNull());
    await until(() => expect($('pack-editor')).not.toBeNull());
    // The editor's body is loaded when the lead opens it.
    expect($('template-text')).toBeNull();
    const details = $('pack-editor') as HTMLDetailsElement;
    await act(async () => {
      details.open = true;
      details.dispatchEvent(new Event('toggle'));
    });
    await until(() => expect($('template-text')).not.toBeNull(), 20_000);
    const text = $('template-text') as HTMLTextAreaElement;
    const setter = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!;
    await act(async () => {
      setter.call(text, '{{name}}様、絶対に直します');
      text.dispatchEvent(new Event('input', { bubbles: true }));
    });
    // Filled for the sample post, and the pack's own NG word 絶対 is reported.
    await until(() => expect($('template-preview')?.textContent).toContain('山田 花子様、絶対に直します'));
    expect($('template-preview')?.textContent).toContain('できる限り');
    await click($('editor-review'));
    await until(() => expect($('pack-preview')?.textContent).toContain('apology-dm'));
  });

  it('imports prh NG words into the chosen pack with a preview', async () => {
    await chooseFile($('pack-import') as HTMLInputElement, 'acme.json', fixture('acme.json'));
    await until(() => expect($('pack-apply')).not.toBeNull());
    await click($('pack-apply'));
    await until(() => expect($('pack-row-acme')).not.toBeNull());
    const yml = readFileSync(path.resolve(import.meta.dirname, 'fixtures/prh/regex.yml'), 'utf8');
    await chooseFile($('prh-import') as HTMLInputElement, 'regex.yml', yml);
    await until(() => expect($('pack-preview')?.textContent).toContain('/頂([いかきくけこ])/'));
    await click($('pack-apply'));
    await until(async () => expect((await listPacks())[0]?.pack.ngWords?.length).toBe(3));
    const words = (await listPacks())[0]!.pack.ngWords!;
    expect(words.map((w) => w.suggest)).toEqual(['できる限り', 'いただ$1', 'Web']);
    expect(words[1]!.pattern).toEqual({ source: '頂([いかきくけこ])', flags: 'gmu' });
  });

  it('refuses a prh file whose spec fails, naming the rule, and changes nothing', async () => {
    const yml = readFileSync(path.resolve(import.meta.dirname, 'fixtures/prh/failing-spec.yml'), 'utf8');
    await until(() => expect($('prh-import')).not.toBeNull());
    await chooseFile($('prh-import') as HTMLInputElement, 'failing-spec.yml', yml);
    await until(() => expect($('pack-errors')?.textContent).toMatch(/および/));
    expect(await listPacks()).toEqual([]);
  });
});
