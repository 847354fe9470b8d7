import { describe, expect, it } from 'vitest';
import { hashSlotFree, hashSlots, withHashSlot } from './hash-slots';

// The custom server reads this very object to answer 503 while sign-in is busy.
const registry = () => (globalThis as Record<symbol, unknown>)[Symbol.for('tracker.password-hash-slots')];

describe('password-hash slots', () => {
  it('live on globalThis as { busy, limit }, one slot by default', () => {
    expect(hashSlots()).toEqual({ busy: 0, limit: 1 });
    expect(registry()).toBe(hashSlots());
  });

  it('refuse at once, without waiting, while every slot is taken', async () => {
    let finish = () => {};
    const first = withHashSlot(() => new Promise<string>((resolve) => (finish = () => resolve('checked'))));
    expect(hashSlotFree()).toBe(false);
    expect(registry()).toEqual({ busy: 1, limit: 1 });
    let secondRan = false;
    expect(await withHashSlot(async () => (secondRan = true))).toBeNull();
    expect(secondRan).toBe(false);
    finish();
    expect(await first).toBe('checked');
    expect(hashSlotFree()).toBe(true);
  });

  it('free the slot when the hash fails', async () => {
    await expect(withHashSlot(() => Promise.reject(new Error('bad hash')))).rejects.toThrow('bad hash');
    expect(hashSlots().busy).toBe(0);
  });
});
