import type { Page } from '@playwright/test';
import { test, expect } from './support/extension';
import { chipText } from './support/chip';
import { openShift, queueItems, setOperator, SHIFT_POSTS } from './support/panel-data';
import demoPack from '../../lib/pack/demo-pack.json' with { type: 'json' };

// The operator's cockpit: a risky reply asks first (and the record says it went out anyway), the
// panel and x.com work from the keyboard, and the queue's priority says what it is.

const cursorId = (panel: Page) => panel.locator('[data-testid="queue-item"][data-cursor]').getAttribute('data-post-id');

/** Handled records as stored by the background (read from the extension's own database). */
function handledRows(panel: Page): Promise<{ postId: string; action: string; overriddenChecks?: string[] }[]> {
  return panel.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('kizuki');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const req = open.result.transaction('handled').objectStore('handled').getAll();
          req.onsuccess = () => (open.result.close(), resolve(req.result));
        };
      }),
  );
}

test('with an error finding, Reply on X asks first, names the errors, and the record and reports say the checks were overridden', async ({ context, extensionId }) => {
  const { panel } = await openShift(context, extensionId);
  await setOperator(panel);
  await panel.locator(`[data-post-id="${SHIFT_POSTS[0]!.id}"] .kz-item-select`).click();
  await panel.getByTestId('template-option').first().click();
  const draft = panel.getByTestId('draft');
  await draft.fill(`${await draft.inputValue()}絶対に直します。`);
  await expect(panel.locator('[data-testid="finding"][data-code="ng-word"]')).toBeVisible();

  let opened = 0;
  context.on('page', () => opened++);
  await panel.getByTestId('reply-on-x').click();
  const confirm = panel.getByTestId('reply-confirm');
  await expect(confirm).toBeVisible();
  await expect(confirm.getByTestId('reply-confirm-errors')).toContainText('絶対');
  // The safe answer has the focus: Enter goes back to the draft.
  await expect(confirm.getByTestId('reply-confirm-back')).toBeFocused();
  await panel.keyboard.press('Enter');
  await expect(confirm).toHaveCount(0);
  expect(opened).toBe(0);

  await panel.getByTestId('reply-on-x').click();
  const [intent] = await Promise.all([context.waitForEvent('page'), panel.getByTestId('reply-confirm-send').click()]);
  await intent.waitForURL(/^https:\/\/x\.com\/intent\/post/);
  expect(new URL(intent.url()).searchParams.get('text')).toContain('絶対に直します');
  // The operator posts on X and that tab closes; the queue follows the x.com tab again.
  await intent.close();
  await expect(panel.getByTestId('override-recorded')).toBeVisible();

  await panel.getByTestId('mark-handled').click();
  await expect.poll(() => handledRows(panel)).toEqual([expect.objectContaining({ postId: SHIFT_POSTS[0]!.id, action: 'replied', overriddenChecks: ['ng-word'] })]);

  // A clean reply asks nothing and records nothing overridden.
  await panel.locator(`[data-post-id="${SHIFT_POSTS[1]!.id}"] .kz-item-select`).click();
  await panel.getByTestId('template-option').first().click();
  const [clean] = await Promise.all([context.waitForEvent('page'), panel.getByTestId('reply-on-x').click()]);
  await clean.waitForURL(/^https:\/\/x\.com\/intent\/post/);
  await clean.close();
  await expect(panel.getByTestId('reply-confirm')).toHaveCount(0);
  await panel.getByTestId('mark-handled').click();
  await expect.poll(async () => (await handledRows(panel)).find((r) => r.postId === SHIFT_POSTS[1]!.id)).toEqual(expect.not.objectContaining({ overriddenChecks: expect.anything() }));

  await panel.getByTestId('tab-reports').click();
  await expect(panel.getByTestId('report-overridden')).toHaveText('1');
  await expect(panel.getByTestId('report-posts')).toHaveText('2');
});

test('a pack that forbids the override keeps a reply with errors in the panel', async ({ context, extensionId }) => {
  const { panel } = await openShift(context, extensionId);
  await setOperator(panel);
  const strict = { ...demoPack, id: 'strict-demo', name: '厳格なデモ', replyChecks: { allowOverride: false } };
  await panel.getByTestId('tab-packs').click();
  await panel.getByTestId('pack-import').setInputFiles({ name: 'strict.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(strict)) });
  await panel.getByTestId('pack-apply').click();
  await expect(panel.getByTestId('pack-row-strict-demo')).toBeVisible();
  await panel.getByTestId('tab-queue').click();

  await panel.locator(`[data-post-id="${SHIFT_POSTS[0]!.id}"] .kz-item-select`).click();
  await panel.getByTestId('template-option').first().click();
  const draft = panel.getByTestId('draft');
  await draft.fill(`${await draft.inputValue()}絶対に直します。`);
  let opened = 0;
  context.on('page', () => opened++);
  for (const button of ['reply-on-x', 'copy-draft']) {
    await panel.getByTestId(button).click();
    await expect(panel.getByTestId('reply-confirm')).toContainText('パックの設定');
    await expect(panel.getByTestId('reply-confirm-errors')).toContainText('絶対');
    await expect(panel.getByTestId('reply-confirm-send')).toHaveCount(0);
    await panel.getByTestId('reply-confirm-back').click();
  }
  expect(opened).toBe(0);
});

test('the panel works from the keyboard: j/k/arrows, Enter, 1–9, r, h, e, Esc and ?; never while typing', async ({ context, extensionId }) => {
  const { panel } = await openShift(context, extensionId);
  await setOperator(panel);
  await expect(queueItems(panel)).toHaveCount(SHIFT_POSTS.length);
  const ids = await queueItems(panel).evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.postId!));
  await panel.locator('body').click({ position: { x: 5, y: 5 } });

  await panel.keyboard.press('?');
  await expect(panel.getByTestId('shortcut-help')).toContainText('Alt+Shift+H');
  await panel.keyboard.press('Escape');
  await expect(panel.getByTestId('shortcut-help')).toHaveCount(0);

  expect(await cursorId(panel)).toBe(ids[0]);
  await panel.keyboard.press('j');
  await panel.keyboard.press('ArrowDown');
  expect(await cursorId(panel)).toBe(ids[2]);
  // Focus follows the cursor, with a visible ring.
  const focused = panel.locator(`[data-post-id="${ids[2]}"] .kz-item-select`);
  await expect(focused).toBeFocused();
  expect(await focused.evaluate((el) => getComputedStyle(el).outlineStyle)).not.toBe('none');
  await panel.keyboard.press('k');
  expect(await cursorId(panel)).toBe(ids[1]);
  await panel.keyboard.press('ArrowUp');
  await panel.keyboard.press('ArrowUp');
  expect(await cursorId(panel)).toBe(ids[0]);

  await panel.keyboard.press('Enter');
  await expect(panel.getByTestId('composer-post')).toContainText(`@${SHIFT_POSTS.find((p) => p.id === ids[0])!.handle}`);
  // The operator picks by the number shown beside a template, so the list is on screen first.
  await expect(panel.getByTestId('template-option').first()).toBeVisible();
  await panel.keyboard.press('1');
  const draft = panel.getByTestId('draft');
  await expect(draft).not.toHaveValue('');
  await expect(panel.getByTestId('template-option').first()).toHaveAttribute('aria-pressed', 'true');

  // Typing j, k, h or 1 in the draft is typing.
  const before = await draft.inputValue();
  await draft.focus();
  await panel.keyboard.type('jkh1');
  await expect(draft).toHaveValue(`${before}jkh1`);
  await expect(queueItems(panel)).toHaveCount(SHIFT_POSTS.length);
  // Esc leaves the field; then r opens X's reply box.
  await panel.keyboard.press('Escape');
  await expect(draft).not.toBeFocused();
  await expect(panel.getByTestId('composer')).toBeVisible();
  await draft.fill(before);
  await draft.blur();
  const [intent] = await Promise.all([context.waitForEvent('page'), panel.keyboard.press('r')]);
  await intent.waitForURL(/^https:\/\/x\.com\/intent\/post/);
  expect(new URL(intent.url()).searchParams.get('in_reply_to')).toBe(ids[0]);
  await intent.close();

  await panel.keyboard.press('h');
  await expect(queueItems(panel)).toHaveCount(SHIFT_POSTS.length - 1);
  await expect(panel.getByTestId('composer')).toHaveCount(0);
  await expect.poll(() => handledRows(panel)).toEqual([expect.objectContaining({ postId: ids[0], action: 'replied' })]);

  // Next post: open, close with Esc, open again, escalate with e.
  await panel.keyboard.press('Enter');
  await expect(panel.getByTestId('composer')).toBeVisible();
  await panel.keyboard.press('Escape');
  await expect(panel.getByTestId('composer')).toHaveCount(0);
  await panel.keyboard.press('Enter');
  const escalated = await panel.getByTestId('composer').getAttribute('aria-label');
  await panel.keyboard.press('e');
  await expect(queueItems(panel)).toHaveCount(SHIFT_POSTS.length - 2);
  await expect.poll(async () => (await handledRows(panel)).map((r) => r.action).sort()).toEqual(['escalated', 'replied']);
  expect(escalated).toBeTruthy();
});

test('on x.com, Alt+Shift+S selects the focused post in the panel and Alt+Shift+H marks it handled; X keeps its own keys', async ({ context, extensionId }) => {
  const { x, panel } = await openShift(context, extensionId);
  await setOperator(panel);
  await x.bringToFront();
  const target = SHIFT_POSTS[1]!;
  const article = x.locator('article[data-testid="tweet"]').nth(1);
  await article.focus();

  // X's own j/k/l/r reach the page untouched (nothing prevents their default).
  const prevented = await x.evaluate(() => {
    const seen: boolean[] = [];
    window.addEventListener('keydown', (e) => seen.push(e.defaultPrevented));
    (window as unknown as { __seen: boolean[] }).__seen = seen;
  });
  expect(prevented).toBeUndefined();
  for (const key of ['j', 'k', 'l', 'r', 'g', 'h']) await x.keyboard.press(key);
  expect(await x.evaluate(() => (window as unknown as { __seen: boolean[] }).__seen)).toEqual([false, false, false, false, false, false]);
  await article.focus();

  await x.keyboard.press('Alt+Shift+S');
  await expect(panel.getByTestId('composer-post')).toContainText(`@${target.handle}`);

  // A script on the page cannot mark posts by faking the key.
  await article.evaluate((el) => el.dispatchEvent(new KeyboardEvent('keydown', { key: 'H', code: 'KeyH', altKey: true, shiftKey: true, bubbles: true })));
  await x.waitForTimeout(300);
  expect(await handledRows(panel)).toEqual([]);

  // Not while typing in a field on X.
  await x.evaluate(() => document.body.insertAdjacentHTML('beforeend', '<div contenteditable="true" data-testid="fake-compose">x</div>'));
  await x.locator('[data-testid="fake-compose"]').focus();
  await x.keyboard.press('Alt+Shift+H');
  await x.waitForTimeout(300);
  expect(await handledRows(panel)).toEqual([]);

  await article.focus();
  await x.keyboard.press('Alt+Shift+H');
  await expect.poll(() => handledRows(panel)).toEqual([expect.objectContaining({ postId: target.id, action: 'replied' })]);
  await expect.poll(() => chipText(x, target.id)).toContain('対応済み');
});

test('the queue labels its priority number', async ({ context, extensionId }) => {
  const { panel } = await openShift(context, extensionId);
  const priority = panel.locator('[data-testid="queue-item"]').first().getByTestId('queue-priority');
  await expect(priority).toHaveText(/^優先度 \d+$/);
});

test('when a check says DM: the link to message the author where the page showed their id, and a one-click DM invitation', async ({ context, extensionId }) => {
  // X's follow button as on a real profile header: the user id in the testid, the handle in the label.
  const follow = '<button type="button" role="button" data-testid="987654321-follow" aria-label="@yamada_tさんをフォロー"><span>フォロー</span></button>';
  const { panel } = await openShift(context, extensionId, SHIFT_POSTS, follow);
  await setOperator(panel);
  await panel.locator(`[data-post-id="${SHIFT_POSTS[0]!.id}"] .kz-item-select`).click();
  const draft = panel.getByTestId('draft');
  await draft.fill('山田様 ご不便をおかけし申し訳ございません。こちらで確認しますので、ご住所と電話番号をこちらに返信で教えてください。');
  await expect(panel.locator('[data-testid="finding"][data-code="personal-info-public"]')).toBeVisible();
  await expect(panel.getByTestId('dm-link')).toHaveAttribute('href', 'https://x.com/messages/compose?recipient_id=987654321');
  await panel.getByTestId('dm-invite').click();
  await expect(draft).toHaveValue(/DMにてお知らせいただけますでしょうか。$/);
  await expect(panel.getByTestId('dm-invite')).toHaveCount(0);

  // An author whose id no page showed gets the invitation only.
  await panel.getByTestId('composer-close').click();
  await panel.locator(`[data-post-id="${SHIFT_POSTS[1]!.id}"] .kz-item-select`).click();
  await panel.getByTestId('draft').fill('美香様 お問い合わせありがとうございます。お電話番号をこちらに返信で教えてください。');
  await expect(panel.getByTestId('dm-invite')).toBeVisible();
  await expect(panel.getByTestId('dm-link')).toHaveCount(0);
});
