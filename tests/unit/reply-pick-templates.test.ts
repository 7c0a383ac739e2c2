import { describe, expect, it } from 'vitest';
import { packSchema, type Pack } from '../../lib/pack/schema';
import { pickTemplates } from '../../lib/reply/pick-templates';
import { listTones } from '../../lib/reply/tones';

function pack(id: string, extra: Partial<Pack>): Pack {
  return packSchema.parse({
    format: 'kizuki.pack', version: 1, id, name: id,
    brands: [{ id: 'midori', name: 'ミドリ電機', terms: ['ミドリ電機'] }],
    ...extra,
  });
}

const main = pack('midori', {
  templates: [
    { id: 'apology-en', category: 'complaint', tone: 'formal', lang: 'en', text: 'We are sorry, {{name}}.' },
    { id: 'apology-ja', category: 'complaint', tone: 'formal', lang: 'ja', text: '{{name}}様、ご不便をおかけし申し訳ございません。' },
    { id: 'apology-guess', category: 'complaint', tone: 'formal', text: '{{name}}様、大変失礼いたしました。' },
    { id: 'apology-neutral', category: 'complaint', tone: 'formal', text: '{{name}} 🙏' },
    { id: 'apology-casual', category: 'complaint', tone: 'casual', lang: 'ja', text: '{{name}}さん、ごめんなさい！' },
    { id: 'thanks', category: 'praise', tone: 'formal', lang: 'ja', text: 'ありがとうございます。' },
    { id: 'es', category: 'question', tone: 'formal', lang: 'es', text: 'Hola {{name}}' },
    { id: 'pt', category: 'question', tone: 'formal', lang: 'pt-BR', text: 'Olá {{name}}' },
  ],
  personas: [{ tone: 'midori-chan', name: 'ミドリちゃん', description: '公式キャラクター' }],
});
const extra = pack('extra', {
  templates: [
    { id: 'extra-ja', category: 'complaint', tone: 'formal', lang: 'ja-JP', text: '{{name}}様、お手数をおかけします。' },
    { id: 'mascot', category: 'praise', tone: 'midori-chan', text: 'わーい！' },
    { id: 'kansai', category: 'praise', tone: 'kansai', text: 'おおきに！' },
  ],
});

const ids = (picked: ReturnType<typeof pickTemplates>) => picked.map((p) => p.template.id);

describe('pickTemplates', () => {
  it('offers the post language first, then language-neutral ones, and hides other languages', () => {
    expect(ids(pickTemplates([main, extra], { category: 'complaint', tone: 'formal', lang: 'ja' }))).toEqual([
      'apology-ja', 'apology-guess', 'extra-ja', 'apology-neutral',
    ]);
    expect(ids(pickTemplates([main], { category: 'complaint', tone: 'formal', lang: 'en' }))).toEqual([
      'apology-en', 'apology-neutral',
    ]);
  });

  it('keeps pack precedence and tells which pack each template comes from', () => {
    const picked = pickTemplates([extra, main], { category: 'complaint', tone: 'formal', lang: 'ja' });
    expect(picked[0]).toMatchObject({ packId: 'extra', template: { id: 'extra-ja' } });
  });

  it('filters by tone and category', () => {
    expect(ids(pickTemplates([main], { category: 'complaint', tone: 'casual', lang: 'ja' }))).toEqual(['apology-casual']);
    expect(ids(pickTemplates([main, extra], { category: 'praise', tone: 'midori-chan' }))).toEqual(['mascot']);
    expect(pickTemplates([main], { category: 'request', tone: 'formal', lang: 'ja' })).toEqual([]);
  });

  it('falls back to other languages when nothing fits, so the operator has something to translate', () => {
    expect(ids(pickTemplates([main], { category: 'question', tone: 'formal', lang: 'fr' }))).toEqual(['es', 'pt']);
    expect(ids(pickTemplates([main], { category: 'question', tone: 'formal', lang: 'pt' }))).toEqual(['pt']);
  });

  it('treats X’s "und" (undetermined) as no language', () => {
    expect(ids(pickTemplates([main], { category: 'complaint', tone: 'formal', lang: 'und' }))).toEqual(['apology-neutral']);
  });
});

describe('listTones', () => {
  it('always lists formal and casual first, then personas, then tones only templates use', () => {
    const tones = listTones([main, extra], 'ja');
    expect(tones.map((t) => t.tone)).toEqual(['formal', 'casual', 'midori-chan', 'kansai']);
    expect(tones[0]).toMatchObject({ label: 'フォーマル', builtin: true });
    expect(tones[2]).toMatchObject({ label: 'ミドリちゃん', description: '公式キャラクター', builtin: false });
  });

  it('has formal and casual even with no pack', () => {
    expect(listTones([], 'en').map((t) => t.label)).toEqual(['Formal', 'Casual']);
  });
});
