import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { recordLoginAttempt } from '@/db/mutations/auth';
import { upsertUser } from '@/db/mutations/users';
import { getDb } from '@/db/index';
import { useTempAppDatabase } from '@/db/testing/app-database';
import { ACCOUNT_HOUR_CAP, CLIENT_RULE, GLOBAL_HOUR_CAP, PAIR_RULE, signInWait } from './throttle';

let cleanup: () => void;
beforeAll(() => {
  cleanup = useTempAppDatabase();
});
afterAll(() => cleanup());
beforeEach(() => {
  getDb().$client.prepare('DELETE FROM login_attempts').run();
});

const fail = (email: string, address = '10.0.0.1', times = 1) => {
  for (let i = 0; i < times; i++) recordLoginAttempt(email, address, false);
};

/** Failures `minutesAgo`, each from its own address (`prefix`.n) unless one is given. */
const failEarlier = (email: (i: number) => string, times: number, minutesAgo: number, address?: string) => {
  const insert = getDb().$client.prepare(
    `INSERT INTO login_attempts (email, client_address, succeeded, at) VALUES (?, ?, 0, strftime('%Y-%m-%dT%H:%M:%fZ', 'now', ?))`,
  );
  getDb().$client.transaction(() => {
    for (let i = 0; i < times; i++)
      insert.run(email(i), address ?? `10.1.${Math.floor(i / 250)}.${i % 250}`, `-${minutesAgo} minutes`);
  })();
};

describe('per account and client', () => {
  it('lets the first five failures through, then makes the next attempt from that client wait', () => {
    fail('a@example.org', '10.0.0.1', 4);
    expect(signInWait('a@example.org', '10.0.0.1')).toBe(0);
    fail('a@example.org');
    const wait = signInWait('a@example.org', '10.0.0.1');
    expect(wait).toBeGreaterThan(10);
    expect(wait).toBeLessThanOrEqual(PAIR_RULE.baseDelaySeconds);
  });

  it('doubles the wait with each further failure', () => {
    fail('b@example.org', '10.0.0.1', 7);
    expect(signInWait('b@example.org', '10.0.0.1')).toBeGreaterThan(PAIR_RULE.baseDelaySeconds * 3);
  });

  it("does not let a stranger's failures lock the editor out from her own address", () => {
    fail('editor@example.org', '203.0.113.66', 50);
    expect(signInWait('editor@example.org', '203.0.113.66')).toBeGreaterThan(0);
    expect(signInWait('editor@example.org', '198.51.100.7')).toBe(0);
  });

  it('treats unknown accounts exactly like real ones', () => {
    fail('nobody@example.org', '10.0.0.1', 5);
    expect(signInWait('nobody@example.org', '10.0.0.1')).toBeGreaterThan(0);
  });

  it(`caps one account from one client at ${PAIR_RULE.hourCap} failures an hour, whatever the delays`, () => {
    failEarlier(() => 'c@example.org', PAIR_RULE.hourCap, 40, '10.0.0.1');
    const wait = signInWait('c@example.org', '10.0.0.1');
    // The oldest failure, 40 minutes ago, leaves the hour in about 20 minutes.
    expect(wait).toBeGreaterThan(19 * 60);
    expect(wait).toBeLessThanOrEqual(20 * 60);
  });

  it('starts counting again after a successful sign-in', () => {
    fail('d@example.org', '10.0.0.1', 5);
    recordLoginAttempt('d@example.org', '10.0.0.1', true);
    expect(signInWait('d@example.org', '10.0.0.1')).toBe(0);
  });
});

describe('per client', () => {
  it(`slows one address trying many accounts after ${CLIENT_RULE.free} failures`, () => {
    for (let i = 0; i < CLIENT_RULE.free; i++) fail(`user${i}@example.org`, '10.6.6.6');
    expect(signInWait('fresh@example.org', '10.6.6.6')).toBeGreaterThan(0);
    expect(signInWait('fresh@example.org', '10.7.7.7')).toBe(0);
  });

  it(`caps one address at ${CLIENT_RULE.hourCap} failures an hour`, () => {
    failEarlier((i) => `random${i}@example.org`, CLIENT_RULE.hourCap, 30, '10.6.6.6');
    expect(signInWait('fresh@example.org', '10.6.6.6')).toBeGreaterThan(29 * 60);
  });
});

describe('per account and overall, past which only clean clients are checked', () => {
  it(`caps an account at ${ACCOUNT_HOUR_CAP} failures an hour from many addresses`, () => {
    failEarlier(() => 'e@example.org', ACCOUNT_HOUR_CAP, 40);
    // A client with a failure this hour (for any account) waits until the oldest ages out.
    fail('other@example.org', '10.9.9.9');
    const wait = signInWait('e@example.org', '10.9.9.9');
    expect(wait).toBeGreaterThan(19 * 60);
    expect(wait).toBeLessThanOrEqual(20 * 60);
  });

  it('still checks the right password from a client with a clean record', () => {
    failEarlier(() => 'e@example.org', ACCOUNT_HOUR_CAP + 20, 10);
    expect(signInWait('e@example.org', '192.0.2.10')).toBe(0);
  });

  it(`stops checking dirty clients after ${GLOBAL_HOUR_CAP} failures an hour overall`, () => {
    failEarlier((i) => `spray${i}@example.org`, GLOBAL_HOUR_CAP, 5);
    fail('typo@example.org', '10.8.8.8');
    expect(signInWait('f@example.org', '10.8.8.8')).toBeGreaterThan(50 * 60);
    expect(signInWait('f@example.org', '192.0.2.11')).toBe(0);
  });
});

describe('password reset', () => {
  it("clears the account's failed sign-ins, from every address", () => {
    fail('g@example.org', '10.0.0.1', 8);
    fail('g@example.org', '10.0.0.2', 8);
    const { clearedAttempts } = upsertUser(getDb(), 'g@example.org', 'G', 'scrypt$1$1$1$AA==$AA==');
    expect(clearedAttempts).toBe(16);
    expect(signInWait('g@example.org', '10.0.0.1')).toBe(0);
    expect(signInWait('g@example.org', '10.0.0.2')).toBe(0);
  });
});
