import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '../../index';
import { useTempAppDatabase } from '../../testing/app-database';
import { getAidPackage, listAid } from './aid-list';
import { findPartiesBySlugs } from '../parties/party-lookup';

let cleanup: () => void;
beforeAll(() => {
  cleanup = useTempAppDatabase();
});
afterAll(() => cleanup());

const page = { page: 1, pageSize: 25 };
const titles = (r: { rows: { title: string }[] }) => r.rows.map((row) => row.title);

describe('listAid', () => {
  it('lists every live package, newest first by default', () => {
    const result = listAid({}, page);
    expect(result.total).toBe(4);
    expect(result.rows.map((r) => r.announcedOn)).toEqual([
      '2022-03-13',
      '2022-03-13',
      '2022-03-12',
      '2022-03-10',
    ]);
    expect(result.rows.every((r) => r.sourceCount === 1)).toBe(true);
  });

  it('filters by party, status group, category, dates and text', () => {
    const ids = findPartiesBySlugs(['united-states', 'russia']);
    expect(listAid({ partyId: ids.get('russia')?.id }, page).total).toBe(2);
    expect(
      listAid(
        { donorId: ids.get('united-states')?.id, statuses: ['approved', 'authorized', 'delivered'] },
        page,
      ).total,
    ).toBe(2);
    expect(titles(listAid({ category: 'humanitarian' }, page))).toEqual([
      'US Senate approves emergency humanitarian aid for Ukraine',
    ]);
    expect(listAid({ from: '2022-03-11', to: '2022-03-12' }, page).total).toBe(1);
    expect(titles(listAid({ q: 'weapons' }, page))).toEqual([
      'White House authorizes delivery of weapons to Ukraine',
    ]);
    // LIKE wildcards typed by a user are taken literally.
    expect(listAid({ q: '%' }, page).total).toBe(0);
  });

  it('sorts by amount with undisclosed amounts last in both directions', () => {
    expect(listAid({}, { ...page, sort: 'amount', dir: 'desc' }).rows.map((r) => r.amountUsd)).toEqual([
      13_600_000_000,
      200_000_000,
      null,
      null,
    ]);
    expect(listAid({}, { ...page, sort: 'amount', dir: 'asc' }).rows.map((r) => r.amountUsd)).toEqual([
      200_000_000,
      13_600_000_000,
      null,
      null,
    ]);
  });

  it('sorts by status in lifecycle order', () => {
    expect(listAid({}, { ...page, sort: 'status', dir: 'asc' }).rows.map((r) => r.status)).toEqual([
      'requested',
      'requested',
      'approved',
      'authorized',
    ]);
  });

  it('pages, and clamps a page past the end to the last one', () => {
    const second = listAid({}, { page: 2, pageSize: 3 });
    expect(second).toMatchObject({ total: 4, page: 2, pageCount: 2 });
    expect(second.rows).toHaveLength(1);
    expect(listAid({}, { page: 99, pageSize: 3 }).page).toBe(2);
  });

  it('leaves retired packages out, and their detail page too', () => {
    getDb().$client.prepare(`UPDATE aid_packages SET retired_at = '2026-01-01' WHERE id = 1`).run();
    try {
      expect(listAid({}, page).total).toBe(3);
      expect(getAidPackage(1)).toBeNull();
    } finally {
      getDb().$client.prepare(`UPDATE aid_packages SET retired_at = NULL WHERE id = 1`).run();
    }
  });
});

describe('getAidPackage', () => {
  it('returns the package with its parties and cited quote', () => {
    const aid = getAidPackage(2);
    expect(aid).toMatchObject({
      title: 'White House authorizes delivery of weapons to Ukraine',
      donor: { slug: 'united-states', name: 'United States' },
      recipient: { slug: 'ukraine', name: 'Ukraine' },
      amountUsd: 200_000_000,
      status: 'authorized',
      sourceCount: 1,
    });
    expect(aid?.citations[0]?.quote).toBe(
      'la Maison Blanche a autorisé la livraison de 200 millions de dollars d’armes à l’Ukraine',
    );
  });

  it('returns null for an id with no package', () => {
    expect(getAidPackage(999)).toBeNull();
  });
});
