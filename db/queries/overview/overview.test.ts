import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '../../index';
import { useTempAppDatabase } from '../../testing/app-database';
import { getAidTotals, listAidEvidence } from '../aid/aid';
import { findPartiesBySlugs } from '../parties/party-lookup';
import { getSanctionTotals, listSanctionsByImposer } from '../sanctions/sanctions';

let cleanup: () => void;
beforeAll(() => {
  cleanup = useTempAppDatabase();
});
afterAll(() => cleanup());

describe('headline aid figures on the reference data', () => {
  it('sums committed aid by category: $13.6B humanitarian, $200M military, $13.8B in all', () => {
    const totals = getAidTotals();
    const byCategory = Object.fromEntries(totals.byCategory.map((c) => [c.category, c.usd]));
    expect(byCategory).toEqual({ humanitarian: 13_600_000_000, military: 200_000_000, economic: 0 });
    expect(totals.committedUsd).toBe(13_800_000_000);
    expect(totals.committedCount).toBe(2);
  });

  it('keeps the two unquantified requests apart from the committed total', () => {
    expect(getAidTotals().uncommitted).toEqual({ count: 2, unquantifiedCount: 2, knownUsd: 0 });
    const requests = listAidEvidence('uncommitted');
    expect(requests.map((r) => [r.donor, r.recipient, r.category, r.amountUsd])).toEqual([
      ['China', 'Russia', 'economic', null],
      ['China', 'Russia', 'military', null],
    ]);
  });

  it('traces each committed figure to its source and French quote', () => {
    const [humanitarian] = listAidEvidence('committed').filter((e) => e.category === 'humanitarian');
    expect(humanitarian?.citations).toHaveLength(1);
    expect(humanitarian?.citations[0]).toMatchObject({
      title: 'La Russie a demandé à la Chine une aide militaire et économique',
      language: 'fr',
    });
    expect(humanitarian?.citations[0]?.quote).toContain('13,6 milliards de dollars');
  });

  it('leaves retired packages out of every total', () => {
    const db = getDb().$client;
    db.prepare(
      `UPDATE aid_packages SET retired_at = '2026-01-01T00:00:00Z' WHERE category = 'military'`,
    ).run();
    try {
      expect(getAidTotals().committedUsd).toBe(13_600_000_000);
      expect(getAidTotals().uncommitted.count).toBe(1);
    } finally {
      db.prepare(`UPDATE aid_packages SET retired_at = NULL`).run();
    }
  });
});

describe('sanctions by imposing party on the reference data', () => {
  it('shows the US, UK and EU each sanctioning 3 targets, and the threat against China apart', () => {
    const groups = listSanctionsByImposer();
    expect(groups.map((g) => [g.imposer, g.inForce, g.targets, g.total])).toEqual([
      ['European Union', 3, 3, 3],
      ['United Kingdom', 3, 3, 3],
      ['United States', 3, 3, 4],
    ]);
    const us = groups.find((g) => g.imposerSlug === 'united-states');
    const threatened = us?.sanctions.filter((s) => s.status === 'threatened');
    expect(threatened?.map((s) => [s.target, s.measure])).toEqual([['China', 'other']]);
    expect(us?.sanctions.at(-1)?.status).toBe('threatened');
    expect(groups.every((g) => g.sanctions.every((s) => s.citations.length === 1))).toBe(true);
  });
});

describe('headline sanction figures on the reference data', () => {
  it('counts 9 sanctions in force by 3 parties on 3 targets, and 1 threat', () => {
    expect(getSanctionTotals()).toEqual({ inForce: 9, imposers: 3, targets: 3, threatened: 1 });
  });

  it('lists only the first sanctions of each imposer but counts them all', () => {
    const us = listSanctionsByImposer({}, 6, 2).find((g) => g.imposerSlug === 'united-states');
    expect(us).toMatchObject({ inForce: 3, targets: 3, total: 4 });
    expect(us?.sanctions.map((s) => s.status)).toEqual(['imposed', 'imposed']);
  });
});

describe('the overview filter', () => {
  const us = () => findPartiesBySlugs(['united-states']).get('united-states')?.id;

  it('?party=united-states&from=2022-03-01 keeps the $13.8B committed but no sanction in force, 1 threat', () => {
    const filter = { partyId: us(), from: '2022-03-01' };
    expect(getAidTotals(filter).committedUsd).toBe(13_800_000_000);
    expect(getAidTotals(filter).uncommitted.count).toBe(0);
    expect(getSanctionTotals(filter)).toEqual({ inForce: 0, imposers: 0, targets: 0, threatened: 1 });
    expect(listSanctionsByImposer(filter).map((g) => [g.imposer, g.inForce, g.total])).toEqual([
      ['United States', 0, 1],
    ]);
  });

  it('narrows aid by category and sanctions by measure, each leaving the other alone', () => {
    const military = getAidTotals({ category: 'military' });
    expect(military.committedUsd).toBe(200_000_000);
    expect(military.uncommitted.count).toBe(1);
    expect(listAidEvidence('committed', { category: 'military' }).map((e) => e.category)).toEqual([
      'military',
    ]);
    expect(getSanctionTotals({ category: 'military' }).inForce).toBe(9);
    expect(getSanctionTotals({ measure: 'other' })).toEqual({
      inForce: 0,
      imposers: 0,
      targets: 0,
      threatened: 1,
    });
    expect(getAidTotals({ measure: 'other' }).committedUsd).toBe(13_800_000_000);
  });

  it('takes both ends of a date range', () => {
    expect(getAidTotals({ from: '2022-03-10', to: '2022-03-10' }).committedUsd).toBe(13_600_000_000);
    expect(getSanctionTotals({ to: '2022-02-23' }).inForce).toBe(0);
  });
});
