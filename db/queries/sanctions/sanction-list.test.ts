import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '../../index';
import { useTempAppDatabase } from '../../testing/app-database';
import { findPartiesBySlugs } from '../parties/party-lookup';
import { getSanction, listSanctions } from './sanction-list';

let cleanup: () => void;
beforeAll(() => {
  cleanup = useTempAppDatabase();
});
afterAll(() => cleanup());

const page = { page: 1, pageSize: 25 };
const idOf = (slug: string) => findPartiesBySlugs([slug]).get(slug)!.id;

describe('listSanctions on the reference data', () => {
  it('lists all 10 sanctions, newest first, each with its party names and one source', () => {
    const result = listSanctions({}, page);
    expect(result.total).toBe(10);
    expect(result.rows).toHaveLength(10);
    expect(result.rows[0]).toMatchObject({
      status: 'threatened',
      measure: 'other',
      imposer: { slug: 'united-states' },
      target: { slug: 'china' },
    });
    expect(result.rows.every((r) => r.sourceCount === 1)).toBe(true);
  });

  it('filters by imposer, target, either party, status, measure, target kind and dates', () => {
    const us = idOf('united-states');
    expect(listSanctions({ imposingId: us }, page).total).toBe(4);
    expect(listSanctions({ imposingId: us, statuses: ['imposed'] }, page).total).toBe(3);
    expect(
      listSanctions({ imposingId: us, statuses: ['threatened'] }, page).rows.map((r) => r.target.name),
    ).toEqual(['China']);
    expect(
      listSanctions({ targetId: idOf('vladimir-putin') }, page)
        .rows.map((r) => r.imposer.name)
        .sort(),
    ).toEqual(['European Union', 'United Kingdom', 'United States']);
    expect(listSanctions({ partyId: idOf('china') }, page).total).toBe(1);
    expect(listSanctions({ measure: 'economic' }, page).total).toBe(9);
    expect(listSanctions({ targetKind: 'person' }, page).total).toBe(3);
    expect(listSanctions({ from: '2022-03-01' }, page).total).toBe(1);
    expect(listSanctions({ to: '2022-02-24' }, page).total).toBe(9);
    expect(listSanctions({ q: 'consequences' }, page).total).toBe(1);
    expect(listSanctions({ q: '100%' }, page).total).toBe(0);
  });

  it('sorts by a column either way and pages through the rows', () => {
    const byImposer = listSanctions({}, { ...page, sort: 'imposer', dir: 'asc' }).rows.map(
      (r) => r.imposer.name,
    );
    expect(byImposer[0]).toBe('European Union');
    expect(byImposer.at(-1)).toBe('United States');
    const byStatus = listSanctions({}, { ...page, sort: 'status', dir: 'asc' }).rows.map((r) => r.status);
    expect(byStatus[0]).toBe('threatened');
    const second = listSanctions({}, { page: 2, pageSize: 4, sort: 'target', dir: 'asc' });
    expect(second).toMatchObject({ page: 2, pageCount: 3, total: 10 });
    expect(second.rows).toHaveLength(4);
    // A page past the end shows the last one.
    expect(listSanctions({}, { page: 99, pageSize: 4 })).toMatchObject({ page: 3 });
  });

  it('leaves retired sanctions out', () => {
    const db = getDb().$client;
    db.prepare(`UPDATE sanctions SET retired_at = '2026-01-01T00:00:00Z' WHERE status = 'threatened'`).run();
    try {
      expect(listSanctions({}, page).total).toBe(9);
    } finally {
      db.prepare('UPDATE sanctions SET retired_at = NULL').run();
    }
  });
});

describe('getSanction', () => {
  it('returns the threat against China with its dates and French quote', () => {
    const [threat] = listSanctions({ statuses: ['threatened'] }, page).rows;
    const detail = getSanction(threat!.id);
    expect(detail).toMatchObject({
      status: 'threatened',
      announcedOn: '2022-03-13',
      effectiveOn: null,
      liftedOn: null,
      imposer: { slug: 'united-states', name: 'United States' },
      target: { slug: 'china', name: 'China' },
      sourceCount: 1,
    });
    expect(detail?.citations[0]).toMatchObject({ sourceId: 1, language: 'fr' });
    expect(detail?.citations[0]?.quote).toContain('absolument des conséquences');
  });

  it('returns null for an unknown id', () => {
    expect(getSanction(9999)).toBeNull();
  });
});
