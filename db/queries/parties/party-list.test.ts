import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '../../index';
import { useTempAppDatabase } from '../../testing/app-database';
import { getPartyFigures } from './party-detail';
import { listParties } from './party-list';

let cleanup: () => void;
beforeAll(() => {
  cleanup = useTempAppDatabase();
});
afterAll(() => cleanup());

const page = { page: 1, pageSize: 25 };
const slugs = (rows: { slug: string }[]) => rows.map((r) => r.slug);

describe('listParties on the reference data', () => {
  it('lists the 10 parties by name with their committed aid and sanctions in force', () => {
    const result = listParties({}, page);
    expect(result.total).toBe(10);
    expect(result.rows[0]?.name).toBe('China');
    const us = result.rows.find((r) => r.slug === 'united-states');
    expect(us).toMatchObject({
      kind: 'state',
      countryCode: 'US',
      givenUsd: 13_800_000_000,
      givenCount: 2,
      receivedUsd: null,
      imposedCount: 3,
      targetedCount: 0,
    });
    // China's requested aid is not committed, and the US threat is not in force.
    expect(result.rows.find((r) => r.slug === 'china')).toMatchObject({
      givenUsd: null,
      givenCount: 0,
      imposedCount: 0,
      targetedCount: 0,
    });
    expect(result.rows.find((r) => r.slug === 'ukraine')).toMatchObject({
      receivedUsd: 13_800_000_000,
      receivedCount: 2,
    });
    expect(result.rows.find((r) => r.slug === 'vladimir-putin')).toMatchObject({ targetedCount: 3 });
  });

  it('filters by name, kind and role', () => {
    expect(slugs(listParties({ q: 'russia' }, page).rows)).toEqual([
      'government-of-russia',
      'russia',
      'russian-businesses',
    ]);
    expect(slugs(listParties({ kind: 'person' }, page).rows)).toEqual(['vladimir-putin', 'xi-jinping']);
    expect(slugs(listParties({ role: 'donor' }, page).rows)).toEqual(['china', 'united-states']);
    expect(slugs(listParties({ role: 'recipient' }, page).rows)).toEqual(['russia', 'ukraine']);
    expect(slugs(listParties({ role: 'imposer' }, page).rows)).toEqual([
      'european-union',
      'united-kingdom',
      'united-states',
    ]);
    expect(slugs(listParties({ role: 'target' }, page).rows)).toEqual([
      'china',
      'government-of-russia',
      'russian-businesses',
      'vladimir-putin',
    ]);
    expect(listParties({ role: 'donor', kind: 'bloc' }, page).total).toBe(0);
  });

  it('sorts by a figure, largest first, and pages', () => {
    expect(slugs(listParties({}, { ...page, sort: 'given', dir: 'desc' }).rows).slice(0, 1)).toEqual([
      'united-states',
    ]);
    expect(slugs(listParties({}, { ...page, sort: 'received', dir: 'desc' }).rows).slice(0, 1)).toEqual([
      'ukraine',
    ]);
    expect(slugs(listParties({}, { ...page, sort: 'imposed', dir: 'desc' }).rows).slice(0, 3)).toEqual([
      'european-union',
      'united-kingdom',
      'united-states',
    ]);
    expect(slugs(listParties({}, { ...page, sort: 'targeted', dir: 'desc' }).rows).slice(0, 3)).toEqual([
      'government-of-russia',
      'russian-businesses',
      'vladimir-putin',
    ]);
    expect(listParties({}, { ...page, sort: 'kind', dir: 'asc' }).rows[0]?.kind).toBe('bloc');
    const last = listParties({}, { page: 3, pageSize: 4, sort: 'name', dir: 'asc' });
    expect(last).toMatchObject({ page: 3, pageCount: 3 });
    expect(slugs(last.rows)).toEqual(['vladimir-putin', 'xi-jinping']);
  });
});

describe('committed aid of undisclosed amount', () => {
  it('is counted but never summed as $0', () => {
    const db = getDb().$client;
    db.prepare(
      `INSERT INTO aid_packages (donor_id, recipient_id, category, status, announced_on, title)
       SELECT d.id, r.id, 'military', 'delivered', '2022-04-01', 'Undisclosed deliveries'
       FROM parties d, parties r WHERE d.slug = 'european-union' AND r.slug = 'ukraine'`,
    ).run();
    try {
      const eu = listParties({ q: 'European' }, page).rows[0];
      expect(eu).toMatchObject({ givenUsd: null, givenCount: 1 });
      expect(getPartyFigures(eu!.id).given).toMatchObject({
        committedUsd: 0,
        committedCount: 1,
        committedUnquantified: 1,
      });
      expect(listParties({ q: 'Ukraine' }, page).rows[0]).toMatchObject({
        receivedUsd: 13_800_000_000,
        receivedCount: 3,
      });
    } finally {
      db.prepare(`DELETE FROM aid_packages WHERE title = 'Undisclosed deliveries'`).run();
    }
  });
});
