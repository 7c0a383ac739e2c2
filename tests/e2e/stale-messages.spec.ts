import { test, expect } from './support/extension';
import { pressChip, readChip } from './support/chip';
import { openShift, setOperator, SHIFT_POSTS } from './support/panel-data';

// Messages that stop being true go away: the chip's "set your name first" once the name is saved.


test("the chip's refusal goes once the operator's name is saved", async ({ context, extensionId }) => {
  const { x, panel } = await openShift(context, extensionId);
  const id = SHIFT_POSTS[0]!.id;
  await pressChip(x, id, '対応済みにする');
  await expect.poll(async () => (await readChip(x, id))?.error).toMatch(/\S/);
  await setOperator(panel);
  await expect.poll(async () => (await readChip(x, id))?.error).toBeNull();
  expect(SHIFT_POSTS.length).toBeGreaterThan(0);
});
