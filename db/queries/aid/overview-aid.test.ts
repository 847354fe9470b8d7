import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '../../index';
import { useTempAppDatabase } from '../../testing/app-database';
import { listAidFlows } from './aid-flows';
import { listAidByDonor, listAidByStatus, listCumulativeAid, listEventMarkers } from './overview-aid';
import { findPartiesBySlugs } from '../parties/party-lookup';

let cleanup: () => void;
beforeAll(() => {
  cleanup = useTempAppDatabase();
});
afterAll(() => cleanup());

const idOf = (slug: string) => findPartiesBySlugs([slug]).get(slug)?.id;

describe('aid charts on the reference data', () => {
  it('puts the US as the only donor of committed aid, split by category', () => {
    expect(listAidByDonor({})).toEqual({
      donors: [
        {
          slug: 'united-states',
          name: 'United States',
          byCategory: { humanitarian: 13_600_000_000, military: 200_000_000, economic: 0 },
          usd: 13_800_000_000,
          count: 2,
        },
      ],
      othersCount: 0,
    });
  });

  it('counts packages by status in lifecycle order: requested 2, approved 1, authorized 1', () => {
    const rows = listAidByStatus({});
    expect(rows.map((r) => r.status)).toEqual([
      'requested',
      'pledged',
      'approved',
      'authorized',
      'delivered',
      'denied',
      'cancelled',
    ]);
    expect(rows.map((r) => [r.count, r.knownUsd, r.unquantified])).toEqual([
      [2, 0, 2],
      [0, 0, 0],
      [1, 13_600_000_000, 0],
      [1, 200_000_000, 0],
      [0, 0, 0],
      [0, 0, 0],
      [0, 0, 0],
    ]);
  });

  it('sums committed aid over time, day by day', () => {
    expect(listCumulativeAid({})).toEqual({
      bin: 'day',
      points: [
        { date: '2022-03-10', usd: 13_600_000_000, cumulativeUsd: 13_600_000_000 },
        { date: '2022-03-12', usd: 200_000_000, cumulativeUsd: 13_800_000_000 },
      ],
    });
  });

  it('marks the events by date, the two of 13 March together', () => {
    const markers = listEventMarkers({});
    expect(markers.map((m) => [m.date, m.events.length])).toEqual([
      ['2022-02-04', 1],
      ['2022-02-24', 1],
      ['2022-03-13', 2],
    ]);
    expect(listEventMarkers({}, 2).map((m) => m.date)).toEqual(['2022-02-24', '2022-03-13']);
    expect(listEventMarkers({ partyId: idOf('ukraine') }).map((m) => m.date)).toEqual(['2022-02-24']);
  });

  it('draws one flow, United States → Ukraine, of the committed $13.8B', () => {
    expect(listAidFlows({})).toEqual([
      {
        donor: { slug: 'united-states', name: 'United States' },
        recipient: { slug: 'ukraine', name: 'Ukraine' },
        usd: 13_800_000_000,
        count: 2,
      },
    ]);
  });

  it('follows the filter', () => {
    const china = { partyId: idOf('china') };
    expect(listAidByDonor(china).donors).toEqual([]);
    expect(listAidFlows(china)).toEqual([]);
    expect(listAidByStatus(china).find((r) => r.status === 'requested')?.count).toBe(2);
    expect(listAidByStatus({ category: 'military' }).map((r) => r.count)).toEqual([1, 0, 0, 1, 0, 0, 0]);
    expect(listCumulativeAid({ from: '2022-03-11' }).points).toEqual([
      { date: '2022-03-12', usd: 200_000_000, cumulativeUsd: 200_000_000 },
    ]);
  });
});

describe('aid charts with many parties and days', () => {
  it('groups donors and recipients beyond the top ones, and bins by month past 1,000 days', () => {
    const db = getDb().$client;
    db.exec('BEGIN');
    try {
      const insertParty = db.prepare(
        `INSERT INTO parties (slug, name, kind) VALUES (?, ?, 'state') RETURNING id`,
      );
      const ids = Array.from(
        { length: 12 },
        (_, i) => (insertParty.get(`donor-${i}`, `Donor ${i}`) as { id: number }).id,
      );
      const insertAid =
        db.prepare(`INSERT INTO aid_packages (donor_id, recipient_id, category, status, amount, currency, amount_usd, announced_on, title)
        VALUES (?, ?, 'economic', 'delivered', ?, 'USD', ?, date('2000-01-01', ?), 'Synthetic')`);
      for (let day = 0; day < 1200; day++) {
        const donor = ids[day % 12]!;
        const recipient = ids[(day + 1) % 12]!;
        const usd = 1_000 * ((day % 12) + 1);
        insertAid.run(donor, recipient, usd, usd, `+${day} days`);
      }
      const { donors, othersCount } = listAidByDonor({}, 8);
      expect(donors).toHaveLength(9);
      expect(othersCount).toBe(5);
      expect(donors.at(-1)).toMatchObject({ slug: null, name: '5 other donors' });
      expect(donors.reduce((s, d) => s + d.usd, 0)).toBe(13_800_000_000 + 100 * 78_000);

      const flows = listAidFlows({}, 8);
      expect(flows.filter((f) => f.donor.slug === null).length).toBeGreaterThan(0);
      expect(new Set(flows.map((f) => f.donor.name)).size).toBeLessThanOrEqual(9);
      expect(new Set(flows.map((f) => f.recipient.name)).size).toBeLessThanOrEqual(9);

      const { bin, points } = listCumulativeAid({});
      expect(bin).toBe('month');
      expect(points.length).toBeLessThanOrEqual(1000);
      expect(points.at(-1)?.cumulativeUsd).toBe(13_800_000_000 + 100 * 78_000);
    } finally {
      db.exec('ROLLBACK');
    }
  });
});
