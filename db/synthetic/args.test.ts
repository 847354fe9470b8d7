import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_OUT, parseSyntheticArgs } from './args';

describe('parseSyntheticArgs', () => {
  it('reads the counts, seed, output and force, with defaults', () => {
    expect(parseSyntheticArgs(['--aid', '1_000_000', '--sanctions', '20'])).toEqual({
      aid: 1_000_000,
      sanctions: 20,
      seed: 1,
      out: DEFAULT_OUT,
      force: false,
    });
    expect(
      parseSyntheticArgs(['--aid=0', '--sanctions=5', '--seed', '42', '--out', '/tmp/x.db', '--force']),
    ).toEqual({
      aid: 0,
      sanctions: 5,
      seed: 42,
      out: '/tmp/x.db',
      force: true,
    });
  });

  it.each([
    [['--sanctions', '5'], /--aid is required/],
    [['--aid', 'ten', '--sanctions', '5'], /--aid must be a whole number of 0 or more, not "ten"/],
    [['--aid=-5', '--sanctions', '5'], /--aid must be a whole number of 0 or more, not "-5"/],
    [['--aid', '-5', '--sanctions', '5'], /--aid/],
    [['--aid', '5', '--sanctions', '1e6'], /--sanctions must be a whole number/],
    [['--aid', '5', '--sanctions', '5', '--seed', '0x10'], /--seed must be a whole number/],
    [['--aid', '5', '--sanctions', '5', '--out', ' '], /--out must name a file/],
    [['--aid', '5', '--sanctions', '5', '--rows', '9'], /Unknown option '--rows'/],
  ])('refuses %j', (argv, message) => {
    expect(() => parseSyntheticArgs(argv)).toThrow(message);
  });
});

describe('npm run db:synthetic', () => {
  it('refuses an existing --out without --force, says why, and leaves the file alone', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'synthetic-cli-'));
    try {
      const out = path.join(dir, 'taken.db');
      writeFileSync(out, 'not mine to replace');
      const run = spawnSync(
        process.execPath,
        ['--import', 'tsx', 'db/synthetic/cli.ts', '--aid', '10', '--sanctions', '10', '--out', out],
        { encoding: 'utf8' },
      );
      expect(run.status).toBe(2);
      expect(run.stderr).toContain(`${out} already exists; pass --force to replace it`);
      expect(run.stderr).toContain('usage: npm run db:synthetic');
      expect(readFileSync(out, 'utf8')).toBe('not mine to replace');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    // A real process that compiles TypeScript on start: seconds on a busy 2-core machine.
  }, 30_000);
});
