import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { recordLoginAttempt } from '@/db/mutations/auth';
import { getDb } from '@/db/index';
import { useTempAppDatabase } from '@/db/testing/app-database';
import { ACCOUNT_RULE, signInWait } from './throttle';

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

/** Inserts failures dated in the past, as if they had happened over the last hour. */
const failEarlier = (email: string, times: number, minutesAgo: number) => {
  const insert = getDb().$client.prepare(
    `INSERT INTO login_attempts (email, client_address, succeeded, at) VALUES (?, ?, 0, strftime('%Y-%m-%dT%H:%M:%fZ', 'now', ?))`,
  );
  for (let i = 0; i < times; i++) insert.run(email, `10.1.${i % 250}.1`, `-${minutesAgo} minutes`);
};

describe('sign-in throttling', () => {
  it('lets the first five failures through, then makes the next attempt wait', () => {
    fail('a@example.org', '10.0.0.1', 4);
    expect(signInWait('a@example.org', '10.0.0.9')).toBe(0);
    fail('a@example.org');
    const wait = signInWait('a@example.org', '10.0.0.9');
    expect(wait).toBeGreaterThan(10);
    expect(wait).toBeLessThanOrEqual(ACCOUNT_RULE.baseDelaySeconds);
  });

  it('doubles the wait with each further failure', () => {
    fail('b@example.org', '10.0.0.1', 7);
    expect(signInWait('b@example.org', '10.0.0.9')).toBeGreaterThan(ACCOUNT_RULE.baseDelaySeconds * 3);
  });

  it('treats unknown accounts exactly like real ones', () => {
    fail('nobody@example.org', '10.0.0.1', 5);
    expect(signInWait('nobody@example.org', '10.0.0.2')).toBeGreaterThan(0);
  });

  it('caps an account at 100 failures an hour, whatever the delays', () => {
    failEarlier('c@example.org', 100, 40);
    const wait = signInWait('c@example.org', '10.9.9.9');
    // The oldest failure, 40 minutes ago, leaves the window in about 20 minutes.
    expect(wait).toBeGreaterThan(19 * 60);
    expect(wait).toBeLessThanOrEqual(20 * 60);
  });

  it('slows one client address trying many accounts', () => {
    for (let i = 0; i < 20; i++) fail(`user${i}@example.org`, '10.6.6.6');
    expect(signInWait('fresh@example.org', '10.6.6.6')).toBeGreaterThan(0);
    expect(signInWait('fresh@example.org', '10.7.7.7')).toBe(0);
  });

  it('starts counting again after a successful sign-in', () => {
    fail('d@example.org', '10.0.0.1', 5);
    recordLoginAttempt('d@example.org', '10.0.0.1', true);
    expect(signInWait('d@example.org', '10.0.0.1')).toBe(0);
  });
});
