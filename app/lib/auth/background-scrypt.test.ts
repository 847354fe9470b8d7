import { scryptSync } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { backgroundScrypt } from './background-scrypt';

const OPTIONS = { N: 2 ** 14, r: 8, p: 1 };

/** Nice values of this process's threads (Linux: field 19 of each thread's stat line). */
function threadNices(): number[] {
  return readdirSync('/proc/self/task').flatMap((tid) => {
    try {
      const stat = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
      return [Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[16])];
    } catch {
      return [];
    }
  });
}

describe('backgroundScrypt', () => {
  // First: afterwards idle threads of earlier checks are at nice 19 too.
  it.runIf(process.platform === 'linux')(
    'runs on a thread at the lowest CPU priority, so readers go first',
    async () => {
      expect(threadNices()).not.toContain(19);
      const salt = Buffer.from('fedcba9876543210');
      // Long enough to look while it runs.
      const hashing = backgroundScrypt('a password', salt, 64, {
        N: 2 ** 17,
        r: 8,
        p: 1,
        maxmem: 256 * 2 ** 17 * 8 + 1024 * 1024,
      });
      await expect.poll(() => threadNices().includes(19), { interval: 20 }).toBe(true);
      await hashing;
    },
  );

  it('derives the key crypto.scrypt does, for checks one after another and at once', async () => {
    const salt = Buffer.from('0123456789abcdef');
    const expected = scryptSync('correct horse', salt, 64, OPTIONS);
    expect(await backgroundScrypt('correct horse', salt, 64, OPTIONS)).toEqual(expected);
    const [same, other] = await Promise.all([
      backgroundScrypt('correct horse', salt, 64, OPTIONS),
      backgroundScrypt('wrong', salt, 64, OPTIONS),
    ]);
    expect(same).toEqual(expected);
    expect(other).not.toEqual(expected);
  });

  it('reports a failed derivation as an error', async () => {
    await expect(backgroundScrypt('x', Buffer.from('salt'), 64, { N: 3, r: 8, p: 1 })).rejects.toThrow(
      /N|parameter|invalid/i,
    );
  });
});
