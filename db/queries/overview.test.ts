import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '../index';
import { useTempAppDatabase } from '../testing/app-database';
import { getAidTotals, listAidEvidence } from './aid';
import { listSanctionsByImposer } from './sanctions';

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
    db.prepare(`UPDATE aid_packages SET retired_at = '2026-01-01T00:00:00Z' WHERE category = 'military'`).run();
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
    expect(groups.map((g) => [g.imposer, g.inForce, g.targets])).toEqual([
      ['European Union', 3, 3],
      ['United Kingdom', 3, 3],
      ['United States', 3, 3],
    ]);
    const us = groups.find((g) => g.imposerSlug === 'united-states');
    const threatened = us?.sanctions.filter((s) => s.status === 'threatened');
    expect(threatened?.map((s) => [s.target, s.measure])).toEqual([['China', 'other']]);
    expect(us?.sanctions.at(-1)?.status).toBe('threatened');
    expect(groups.every((g) => g.sanctions.every((s) => s.citations.length === 1))).toBe(true);
  });
});
