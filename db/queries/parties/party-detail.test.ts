import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '../../index';
import { useTempAppDatabase } from '../../testing/app-database';
import { getParty } from './party-detail';

let cleanup: () => void;
beforeAll(() => {
  cleanup = useTempAppDatabase();
});
afterAll(() => cleanup());

describe('getParty on the reference data', () => {
  it('gives the United States $13.8 billion committed, 3 sanctions in force and 1 threat', () => {
    const us = getParty('united-states');
    expect(us).toMatchObject({
      name: 'United States',
      kind: 'state',
      countryCode: 'US',
      parent: null,
      children: [],
    });
    expect(us?.figures.given).toEqual({
      committedUsd: 13_800_000_000,
      committedCount: 2,
      committedUnquantified: 0,
      requests: { count: 0, unquantified: 0, knownUsd: 0 },
    });
    expect(us?.figures.imposed).toEqual({ inForce: 3, threatened: 1, total: 4 });
    expect(us?.figures.suffered).toEqual({ inForce: 0, threatened: 0, total: 0 });
    expect(us?.figures.received.committedCount).toBe(0);
  });

  it('keeps China’s unquantified requests apart from committed aid', () => {
    const china = getParty('china');
    expect(china?.figures.given).toMatchObject({
      committedUsd: 0,
      committedCount: 0,
      requests: { count: 2, unquantified: 2, knownUsd: 0 },
    });
    expect(china?.figures.suffered).toEqual({ inForce: 0, threatened: 1, total: 1 });
    expect(china?.children).toEqual([{ slug: 'xi-jinping', name: 'Xi Jinping' }]);
    expect(getParty('russia')?.figures.received.requests.count).toBe(2);
  });

  it('links a person to the state above it', () => {
    const putin = getParty('vladimir-putin');
    expect(putin?.parent).toEqual({ slug: 'russia', name: 'Russia' });
    expect(putin?.figures.suffered).toEqual({ inForce: 3, threatened: 0, total: 3 });
    expect(getParty('russia')?.children.map((c) => c.slug)).toEqual([
      'government-of-russia',
      'russian-businesses',
      'vladimir-putin',
    ]);
  });

  it('charts committed aid and sanctions that took effect by month', () => {
    const { aidSeries, sanctionSeries } = getParty('united-states')!.activity;
    expect(aidSeries).toEqual({
      unit: 'month',
      buckets: [{ period: '2022-03', values: { given: 13_800_000_000, received: 0 } }],
    });
    expect(sanctionSeries).toEqual({
      unit: 'month',
      buckets: [{ period: '2022-02', values: { imposed: 3, suffered: 0 } }],
    });
    expect(getParty('china')!.activity.aidSeries.buckets).toEqual([]);
  });

  it('lists its latest rows with the totals behind them', () => {
    const { aidGiven, aidReceived, sanctionsImposed, sanctionsSuffered, events } =
      getParty('united-states')!.activity;
    expect(aidGiven.rows.map((r) => r.announcedOn)).toEqual(['2022-03-12', '2022-03-10']);
    expect(aidReceived.total).toBe(0);
    expect(sanctionsImposed.total).toBe(4);
    expect(sanctionsImposed.rows[0]?.status).toBe('threatened');
    expect(sanctionsSuffered.total).toBe(0);
    expect(events.total).toBe(2);
  });

  it('returns null for an unknown or retired slug', () => {
    expect(getParty('atlantis')).toBeNull();
    const db = getDb().$client;
    db.prepare(`UPDATE parties SET retired_at = '2026-01-01T00:00:00Z' WHERE slug = 'xi-jinping'`).run();
    try {
      expect(getParty('xi-jinping')).toBeNull();
      expect(getParty('china')?.children).toEqual([]);
    } finally {
      db.prepare('UPDATE parties SET retired_at = NULL').run();
    }
  });
});
