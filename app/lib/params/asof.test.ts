import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db/index';
import { useTempAppDatabase } from '@/db/testing/app-database';
import { parseSearchParams } from './search-params';
import { AS_OF_PARAMS, asOfParam, asOfProblem } from './asof';

let cleanup: () => void;
beforeAll(() => {
  cleanup = useTempAppDatabase();
  // The reference data as if loaded on the first of March 2026.
  for (const table of ['aid_packages', 'sanctions', 'events', 'parties', 'sources'])
    getDb().$client.prepare(`UPDATE ${table} SET created_at = '2026-03-01T08:00:00.000Z'`).run();
});
afterAll(() => cleanup());

const notice = (asof: string) => parseSearchParams({ asof }, AS_OF_PARAMS).notices;

describe('asof', () => {
  it('takes a day from the first entry to today', () => {
    expect(parseSearchParams({ asof: '2026-03-01' }, AS_OF_PARAMS).values.asof).toBe('2026-03-01');
    const today = new Date().toISOString().slice(0, 10);
    expect(asOfParam.safeParse(today).success).toBe(true);
  });

  it('says why it ignores a day that is not one, is in the future or comes before the first entry', () => {
    expect(notice('2026-02-30')).toEqual(['Ignored as-of date “2026-02-30”: no such date.']);
    expect(notice('1 March')).toEqual(['Ignored as-of date “1 March”: not a date in the form 2022-03-01.']);
    expect(notice('2999-01-01')[0]).toMatch(
      /^Ignored as-of date “2999-01-01”: it is in the future \(today is \d{4}-\d{2}-\d{2}\)\.$/,
    );
    expect(notice('2026-02-28')).toEqual([
      'Ignored as-of date “2026-02-28”: it is before the first entry (2026-03-01).',
    ]);
  });
});

describe('asOfProblem', () => {
  it('gives the API the reason a day is refused, or nothing', () => {
    expect(asOfProblem('2026-03-01')).toBeUndefined();
    expect(asOfProblem('2026-13-01')).toBe('no such date');
    expect(asOfProblem('2026-02-01')).toBe('it is before the first entry (2026-03-01)');
  });
});
