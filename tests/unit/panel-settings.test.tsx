// @vitest-environment jsdom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { operatorSettings } from '@/lib/settings/settings';
import { OperatorSettingsForm } from '@/components/settings/OperatorSettingsForm';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root;
const input = (id: string) => document.querySelector(`[data-testid=${id}]`) as HTMLInputElement;

function type(el: HTMLInputElement, value: string) {
  Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(el, value);
  el.dispatchEvent(new Event('input', { bubbles: true }));
}

async function settle() {
  await act(() => new Promise((r) => setTimeout(r, 20)));
}

beforeEach(async () => {
  fakeBrowser.reset();
  await operatorSettings.setValue({ operator: '佐藤', signature: '', retentionDays: 90 });
  document.body.innerHTML = '<div id="root"></div>';
  root = createRoot(document.getElementById('root')!);
  await act(async () => root.render(<OperatorSettingsForm />));
  await settle();
});

afterEach(async () => {
  await act(async () => root.unmount());
});

it('shows the stored name and saves name and signature, keeping the retention setting', async () => {
  expect(input('operator-name').value).toBe('佐藤');
  await act(async () => type(input('operator-name'), '  鈴木 '));
  await act(async () => type(input('operator-signature'), 'サポート担当 鈴木'));
  await act(async () => input('operator-save').click());
  await settle();
  expect(await operatorSettings.getValue()).toEqual({ operator: '鈴木', signature: 'サポート担当 鈴木', retentionDays: 90 });
  expect(document.querySelector('[role=status]')).not.toBeNull();
});

it('refuses an empty name: records need someone to be handled by', async () => {
  await act(async () => type(input('operator-name'), '   '));
  await act(async () => input('operator-save').click());
  await settle();
  expect((await operatorSettings.getValue()).operator).toBe('佐藤');
  expect(document.querySelector('[role=alert]')).not.toBeNull();
});
