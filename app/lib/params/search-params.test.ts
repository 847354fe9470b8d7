import { describe, expect, it } from 'vitest';
import { AID_PARAMS } from './aid';
import { checkDateRange, parseSearchParams, withParams } from './search-params';

describe('parseSearchParams', () => {
  it('keeps valid values and says why it dropped the others', () => {
    const { values, notices } = parseSearchParams(
      {
        party: 'united-states',
        from: '2022-02-30',
        page: '-1',
        status: 'bogus',
        category: 'military',
        q: ' weapons ',
      },
      AID_PARAMS,
    );
    expect(values).toEqual({ party: 'united-states', category: 'military', q: 'weapons' });
    expect(notices).toEqual([
      'Ignored status “bogus”: use one of requested, pledged, approved, authorized, delivered, denied, cancelled, committed, uncommitted.',
      'Ignored start date “2022-02-30”: no such date.',
      'Ignored page “-1”: pages start at 1.',
    ]);
  });

  it('uses the first of repeated parameters, says so, and shortens absurd values in notices', () => {
    const huge = 'x'.repeat(10_000);
    const { values, notices } = parseSearchParams(
      { category: ['military', 'economic'], page: huge },
      AID_PARAMS,
    );
    expect(values.category).toBe('military');
    expect(notices[0]).toBe('Only one category at a time: using the first.');
    expect(notices[1]).toMatch(/^Ignored page “x{40}…”/);
  });

  it('rejects page numbers beyond reason and non-numbers', () => {
    expect(parseSearchParams({ page: '99999999' }, AID_PARAMS).notices).toEqual([
      'Ignored page “99999999”: no such page.',
    ]);
    expect(parseSearchParams({ page: '2.5' }, AID_PARAMS).values.page).toBeUndefined();
    expect(parseSearchParams({ page: '3' }, AID_PARAMS).values.page).toBe(3);
  });

  it('drops an inverted date range with a notice', () => {
    const notices: string[] = [];
    expect(checkDateRange({ from: '2022-03-01', to: '2022-02-01' }, notices)).toEqual({
      from: undefined,
      to: undefined,
    });
    expect(notices).toEqual(['Ignored the date range: 2022-03-01 is after 2022-02-01.']);
  });
});

describe('withParams', () => {
  it('builds a query string that keeps filters and drops emptied ones', () => {
    expect(withParams({ party: 'russia', page: '2' }, { page: undefined, sort: 'amount' })).toBe(
      '?party=russia&sort=amount',
    );
    expect(withParams({})).toBe('');
  });
});
