import { env } from '@/app/lib/env';

// scrypt costs much CPU time and memory off-heap per password check, and the machine has
// two cores: password checks are a bounded resource. The registry lives on `globalThis`
// under a shared symbol because the custom server (scripts/serve.mjs) reads the same
// object to answer POST /admin/login with 503 + Retry-After while every slot is busy.

export interface HashSlots {
  busy: number;
  limit: number;
}

const KEY = Symbol.for('tracker.password-hash-slots');

export function hashSlots(): HashSlots {
  const registry = globalThis as typeof globalThis & { [KEY]?: HashSlots };
  registry[KEY] ??= { busy: 0, limit: env().SIGN_IN_HASH_CONCURRENCY };
  return registry[KEY];
}

/** Whether a slot is free now: checked first, so a refusal while busy costs no query. */
export function hashSlotFree(): boolean {
  const slots = hashSlots();
  return slots.busy < slots.limit;
}

/**
 * Runs `hash` in a free slot, or returns `null` at once when none is free: a sign-in
 * never queues behind others, so a flood of them holds no memory while it waits.
 */
export async function withHashSlot<T>(hash: () => Promise<T>): Promise<T | null> {
  const slots = hashSlots();
  if (slots.busy >= slots.limit) return null;
  slots.busy++;
  try {
    return await hash();
  } finally {
    slots.busy--;
  }
}
