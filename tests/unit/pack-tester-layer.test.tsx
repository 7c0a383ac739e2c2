// @vitest-environment jsdom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SampleTester } from '@/components/packs/editor/SampleTester';
import { correctionsForTraining } from '@/lib/classify/combine';
import { compileSpec } from '@/lib/classify/compile-spec';
import { trainLearnedModel } from '@/lib/classify/learned';
import { db } from '@/lib/db/database';
import demoPack from '@/lib/pack/demo-pack.json';
import { packSchema } from '@/lib/pack/schema';
import { until } from './support/until';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

// The pack tester says which layer decided each sample: the rules, or the team's learned layer (the
// model the background stored for the team).

const pack = packSchema.parse(demoPack);
const TROUBLE = ['決済画面でもにゃもにゃ', '支払いでまたもにゃもにゃなんだが', 'もにゃもにゃで買えない人多数', '今日ももにゃもにゃかよ', 'ポイント払いにするともにゃもにゃ', 'カード変えてももにゃもにゃ'];
const CHATTER = ['新しいCM見た', '駅前に新店舗できてた', '福袋の列できてる', 'ロゴ変わった', 'チラシ入ってた', 'テレビで特集されてた', '隣にカフェできた',
  '袋持ってる人多い', 'エスカレーター長い', 'セール始まるらしい', '株主総会あったらしい', '社長交代のニュース見た', 'キャラのぬいぐるみ取った', '看板が光ってる', '新社屋できるって'];

let root: Root;
let host: HTMLElement;

async function typeSamples(text: string) {
  const area = host.querySelector('[data-testid="sample-posts"]') as HTMLTextAreaElement;
  await act(async () => {
    Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!.call(area, text);
    area.dispatchEvent(new Event('input', { bubbles: true }));
  });
}
const layers = () => [...host.querySelectorAll('[data-testid="sample-layer"]')].map((e) => (e as HTMLElement).dataset.layer);

beforeEach(async () => {
  await db.learnedModels.clear();
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
});
afterEach(() => {
  act(() => root.unmount());
  host.remove();
});

describe('pack tester', () => {
  const samples = 'ミドリ電機のアプリ、ギフト券使うともにゃもにゃ\nミドリ電機の店員さん、神対応でした。ありがとう';

  it('says the rules decided while the team has taught nothing', async () => {
    await act(async () => root.render(<SampleTester pack={pack} />));
    await typeSamples(samples);
    await until(() => expect(layers()).toEqual(['rules', 'rules']));
  });

  it('says the second reading decided a post the rules leave as other that tells trouble as a fact', async () => {
    await act(async () => root.render(<SampleTester pack={pack} />));
    await typeSamples('ミドリフォン、届いた日から液晶の隅に白いシミ出来てた\nミドリ電機の新しいチラシ見た');
    await until(() => expect(layers()).toEqual(['reading', 'rules']));
    expect(host.querySelector('[data-testid="sample-result"]')?.textContent).toMatch(/苦情|Complaint/);
    expect(host.querySelector('[data-testid="sample-layer"]')?.textContent).toMatch(/再判定|second reading/);
  });

  it("says the learned layer decided a post in the team's own wording", async () => {
    const corrections = [
      ...TROUBLE.map((t) => ({ text: `ミドリ電機のアプリ、${t}`, category: 'complaint' as const })),
      ...CHATTER.map((t) => ({ text: `ミドリ電機の${t}`, category: 'other' as const })),
    ];
    const model = trainLearnedModel(correctionsForTraining(corrections, compileSpec([pack])));
    await db.learnedModels.put({ team: '', corrections: corrections.length, trainedAt: Date.now(), model });
    await act(async () => root.render(<SampleTester pack={pack} />));
    await typeSamples(samples);
    await until(() => expect(layers()).toEqual(['learned', 'rules']));
    expect(host.querySelector('[data-testid="sample-result"]')?.textContent).toMatch(/苦情|Complaint/);
  });
});
