import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '../../index';
import { useSyntheticAppDatabase } from '../../testing/app-database';
import { listAdminAid } from '../aid/admin-aid';
import type { RetiredFilter } from '../admin/admin-lists';
import { listAdminSanctions } from '../sanctions/admin-sanctions';
import { listAid } from '../aid/aid-list';
import type { AidFilter, SanctionFilter } from './types';
import { AID_STATUS_ORDER, SANCTION_STATUS_ORDER } from './order';
import { listSanctions } from '../sanctions/sanction-list';
import type { AidSort, SanctionSort, SortDir } from './sorts';

// Sorted by amount, category, measure, status or a party's name, the lists read their rows in order off
// indexes instead of sorting them all. On a synthetic set of thousands of rows, every page
// must hold exactly the rows a plain sort of all the matching rows puts there.

let cleanup: () => void;
beforeAll(() => {
  cleanup = useSyntheticAppDatabase({ aid: 3_000, sanctions: 3_000, seed: 11 });
}, 60_000);
afterAll(() => cleanup());

const PAGE_SIZE = 50;
/**
 * The first page, one further in, one past the middle and the last (undisclosed amounts,
 * the end of the names): the last two are read from the end of the list and reversed.
 */
const pagesOf = (pageCount: number) =>
  [...new Set([1, Math.min(7, pageCount), Math.ceil(pageCount * 0.75), pageCount])].map((page) => ({
    page,
    pageSize: PAGE_SIZE,
  }));
const DIRS: SortDir[] = ['asc', 'desc'];
const bigDonor = () =>
  getDb()
    .$client.prepare('SELECT donor_id FROM aid_packages GROUP BY 1 ORDER BY count(*) DESC LIMIT 1')
    .pluck()
    .get() as number;
/** The big donor's biggest and smallest recipients: a pair of many packages and one of few. */
const pairsOf = (donor: number) =>
  getDb()
    .$client.prepare(
      'SELECT recipient_id FROM aid_packages WHERE donor_id = ? AND retired_at IS NULL GROUP BY 1 ORDER BY count(*) DESC, 1',
    )
    .pluck()
    .all(donor) as number[];
const bigTarget = () =>
  getDb()
    .$client.prepare('SELECT target_id FROM sanctions GROUP BY 1 ORDER BY count(*) DESC LIMIT 1')
    .pluck()
    .get() as number;
const bigImposer = () =>
  getDb()
    .$client.prepare('SELECT imposing_id FROM sanctions GROUP BY 1 ORDER BY count(*) DESC LIMIT 1')
    .pluck()
    .get() as number;

/** Ids of the live rows of `table` matching `where`, in the list's documented order. */
function expected(
  table: 'aid_packages' | 'sanctions',
  order: string,
  where: string,
  dir: SortDir,
  page: { page: number; pageSize: number },
) {
  const [one, two] = table === 'aid_packages' ? ['donor_id', 'recipient_id'] : ['imposing_id', 'target_id'];
  return getDb()
    .$client.prepare(
      `SELECT x.id FROM ${table} x JOIN parties p1 ON p1.id = x.${one} JOIN parties p2 ON p2.id = x.${two}
       WHERE x.retired_at IS NULL AND ${where} ORDER BY ${order.replaceAll('DIR', dir)} LIMIT ? OFFSET ?`,
    )
    .pluck()
    .all(page.pageSize, (page.page - 1) * page.pageSize);
}

describe('aid list orders', () => {
  const ORDERS: Partial<Record<AidSort, string>> = {
    date: 'x.announced_on DIR, x.id DIR',
    amount: 'x.amount_usd IS NULL, x.amount_usd DIR, x.id DIR',
    category: 'x.category DIR, x.announced_on DIR, x.id DIR',
    status: `${AID_STATUS_ORDER('x.status')} DIR, x.announced_on DIR, x.id DIR`,
    donor: 'p1.name COLLATE NOCASE DIR, p1.id DIR, x.announced_on DIR, x.id DIR',
    recipient: 'p2.name COLLATE NOCASE DIR, p2.id DIR, x.announced_on DIR, x.id DIR',
    title: 'x.title COLLATE NOCASE DIR, x.id DIR',
  };
  const filters = (): [string, AidFilter, string][] => [
    ['a status', { statuses: ['delivered'] }, `x.status = 'delivered'`],
    [
      'a month',
      { from: '2022-03-01', to: '2022-03-31' },
      `x.announced_on BETWEEN '2022-03-01' AND '2022-03-31'`,
    ],
    ['none', {}, '1'],
    ['a category', { category: 'military' }, `x.category = 'military'`],
    ['a party', { partyId: bigDonor() }, `(x.donor_id = ${bigDonor()} OR x.recipient_id = ${bigDonor()})`],
    ['a donor', { donorId: bigDonor() }, `x.donor_id = ${bigDonor()}`],
    ['a recipient', { recipientId: pairsOf(bigDonor())[0] }, `x.recipient_id = ${pairsOf(bigDonor())[0]}`],
    // Many packages (walked along the sort's index) and few (read off the pair's and sorted).
    ...[pairsOf(bigDonor())[0], pairsOf(bigDonor()).at(-1)!].map((to, i): [string, AidFilter, string] => [
      `${i === 0 ? 'a big' : 'a small'} pair`,
      { donorId: bigDonor(), recipientId: to },
      `x.donor_id = ${bigDonor()} AND x.recipient_id = ${to}`,
    ]),
    [
      'a pair in a year',
      { donorId: bigDonor(), recipientId: pairsOf(bigDonor())[0], from: '2022-01-01', to: '2022-12-31' },
      `x.donor_id = ${bigDonor()} AND x.recipient_id = ${pairsOf(bigDonor())[0]} AND x.announced_on BETWEEN '2022-01-01' AND '2022-12-31'`,
    ],
  ];

  it('put the same rows on each page as a plain sort', () => {
    for (const [sort, order] of Object.entries(ORDERS) as [AidSort, string][]) {
      for (const [label, filter, where] of filters()) {
        for (const dir of DIRS) {
          for (const page of pagesOf(listAid(filter, { page: 1, pageSize: PAGE_SIZE }).pageCount)) {
            const ids = listAid(filter, { ...page, sort, dir }).rows.map((r) => r.id);
            expect(ids, `${sort} ${dir}, ${label}, page ${page.page}`).toEqual(
              expected('aid_packages', order, where, dir, page),
            );
          }
        }
      }
    }
  });

  it('by amount, put the first undisclosed amounts on the page after the last known one', () => {
    for (const [label, filter, where] of filters()) {
      const known = getDb()
        .$client.prepare(
          `SELECT count(*) FROM aid_packages x WHERE x.retired_at IS NULL AND x.amount_usd IS NOT NULL AND ${where}`,
        )
        .pluck()
        .get() as number;
      const page = { page: Math.floor(known / PAGE_SIZE) + 1, pageSize: PAGE_SIZE };
      for (const dir of DIRS) {
        const rows = listAid(filter, { ...page, sort: 'amount', dir }).rows;
        expect(
          rows.map((r) => r.id),
          `${dir}, ${label}, page ${page.page}`,
        ).toEqual(expected('aid_packages', ORDERS.amount!, where, dir, page));
        expect(
          rows.slice(known % PAGE_SIZE).every((r) => r.amountUsd === null),
          label,
        ).toBe(true);
      }
    }
  });
});

describe('sanction list orders', () => {
  const ORDERS: Partial<Record<SanctionSort, string>> = {
    date: 'x.announced_on DIR, x.id DIR',
    measure: 'x.measure DIR, x.announced_on DIR, x.id DIR',
    status: `${SANCTION_STATUS_ORDER('x.status')} DIR, x.announced_on DIR, x.id DIR`,
    imposer: 'p1.name COLLATE NOCASE DIR, p1.id DIR, x.announced_on DIR, x.id DIR',
    target: 'p2.name COLLATE NOCASE DIR, p2.id DIR, x.announced_on DIR, x.id DIR',
    title: 'x.title COLLATE NOCASE DIR, x.id DIR',
  };
  const filters = (): [string, SanctionFilter, string][] => [
    ['none', {}, '1'],
    ['a measure', { measure: 'asset_freeze' }, `x.measure = 'asset_freeze'`],
    [
      'a party',
      { partyId: bigImposer() },
      `(x.imposing_id = ${bigImposer()} OR x.target_id = ${bigImposer()})`,
    ],
    // A common kind of target (walked along the sort's index) and a rare one (read and sorted).
    ...(['person', 'government'] as const).map((kind): [string, SanctionFilter, string] => [
      `${kind} targets`,
      { targetKind: kind },
      `p2.kind = '${kind}'`,
    ]),
    ['an imposer', { imposingId: bigImposer() }, `x.imposing_id = ${bigImposer()}`],
    ['a target', { targetId: bigTarget() }, `x.target_id = ${bigTarget()}`],
    [
      'people targeted by a party in a year',
      { targetKind: 'person', imposingId: bigImposer(), from: '2022-01-01', to: '2022-12-31' },
      `p2.kind = 'person' AND x.imposing_id = ${bigImposer()} AND x.announced_on BETWEEN '2022-01-01' AND '2022-12-31'`,
    ],
  ];

  it('count the rows a plain count finds', () => {
    for (const [label, filter, where] of filters()) {
      const total = getDb()
        .$client.prepare(
          `SELECT count(*) FROM sanctions x JOIN parties p2 ON p2.id = x.target_id WHERE x.retired_at IS NULL AND ${where}`,
        )
        .pluck()
        .get();
      expect(listSanctions(filter, { page: 1, pageSize: PAGE_SIZE }).total, label).toBe(total);
    }
  });

  it('put the same rows on each page as a plain sort', () => {
    for (const [sort, order] of Object.entries(ORDERS) as [SanctionSort, string][]) {
      for (const [label, filter, where] of filters()) {
        for (const dir of DIRS) {
          for (const page of pagesOf(listSanctions(filter, { page: 1, pageSize: PAGE_SIZE }).pageCount)) {
            const ids = listSanctions(filter, { ...page, sort, dir }).rows.map((r) => r.id);
            expect(ids, `${sort} ${dir}, ${label}, page ${page.page}`).toEqual(
              expected('sanctions', order, where, dir, page),
            );
          }
        }
      }
    }
  });
});

describe("editors' list order", () => {
  const LISTS = [
    ['aid_packages', listAdminAid],
    ['sanctions', listAdminSanctions],
  ] as const;
  const STATES: [RetiredFilter, string][] = [
    ['live', 'retired_at IS NULL'],
    ['retired', 'retired_at IS NOT NULL'],
    ['all', '1'],
  ];

  it('puts the last edited first on every page, the last pages included', () => {
    for (const [table, list] of LISTS) {
      for (const [state, where] of STATES) {
        for (const page of pagesOf(list(undefined, state, { page: 1, pageSize: PAGE_SIZE }).pageCount)) {
          const ids = list(undefined, state, page).rows.map((r) => r.id);
          const expected = getDb()
            .$client.prepare(
              `SELECT id FROM ${table} WHERE ${where} ORDER BY updated_at DESC, id DESC LIMIT ? OFFSET ?`,
            )
            .pluck()
            .all(page.pageSize, (page.page - 1) * page.pageSize);
          expect(ids, `${table} ${state}, page ${page.page}`).toEqual(expected);
        }
      }
    }
  });
});
