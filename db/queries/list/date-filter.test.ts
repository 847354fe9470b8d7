import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '../../index';
import { useSyntheticAppDatabase } from '../../testing/app-database';
import { COMMITTED_AID_STATUSES, UNCOMMITTED_AID_STATUSES } from '../../../domain/vocabulary';
import { listAidEvidence } from '../aid/aid';
import { listAidFlows } from '../aid/aid-flows';
import { listAidByDonor } from '../aid/overview-aid';
import { listSanctionCountsByImposer, listSanctionCountsByTargetKind } from '../sanctions/overview-sanctions';
import { getSanctionTotals, listSanctionsByImposer } from '../sanctions/sanctions';

// With dates and no party, the per-party charts read each side's cells of the filter's
// periods (role cubes, date first). On a synthetic set with thousands of rows over many
// years, they must equal plain aggregates over the rows themselves, whatever the edges.

const RANGES = [
  { from: '2022-01-01', to: '2022-12-31' },
  { from: '2022-02-24', to: '2023-02-23' },
  { from: '2022-03-01', to: '2022-03-01' },
  { from: '2019-07-15' },
  { to: '2016-02-10' },
];

let cleanup: () => void;
beforeAll(() => {
  cleanup = useSyntheticAppDatabase({ aid: 3_000, sanctions: 3_000, seed: 7 });
}, 60_000);
afterAll(() => cleanup());

const within = (column: string, f: { from?: string; to?: string }) =>
  [f.from ? `${column} >= '${f.from}'` : '1', f.to ? `${column} <= '${f.to}'` : '1'].join(' AND ');

describe('flows between donors and recipients, grouped beyond the top ones, equal the rows', () => {
  for (const range of [{}, ...RANGES]) {
    for (const [top, category] of [
      [3, undefined],
      [8, undefined],
      [8, 'military'],
    ] as const) {
      it(`${JSON.stringify(range)}, top ${top}${category ? `, ${category} only` : ''}`, () => {
        const committed = COMMITTED_AID_STATUSES.map((s) => `'${s}'`).join(', ');
        const pairs = getDb()
          .$client.prepare(
            `SELECT d.slug AS donor, d.name AS donorName, r.slug AS recipient, r.name AS recipientName,
                    sum(coalesce(a.amount_usd, 0)) AS usd, sum(a.amount_usd IS NOT NULL) AS count
             FROM aid_packages a JOIN parties d ON d.id = a.donor_id JOIN parties r ON r.id = a.recipient_id
             WHERE a.retired_at IS NULL AND a.status IN (${committed}) AND ${within('a.announced_on', range)}
               AND ${category ? `a.category = '${category}'` : '1'}
             GROUP BY a.donor_id, a.recipient_id HAVING count > 0`,
          )
          .all() as {
          donor: string;
          donorName: string;
          recipient: string;
          recipientName: string;
          usd: number;
          count: number;
        }[];
        const kept = (side: 'donor' | 'recipient') => {
          const totals = new Map<string, number>();
          for (const p of pairs) totals.set(p[side], (totals.get(p[side]) ?? 0) + p.usd);
          const ranked = [...totals].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([k]) => k);
          return new Set(ranked.length <= top + 1 ? ranked : ranked.slice(0, top));
        };
        const donors = kept('donor');
        const recipients = kept('recipient');
        const expected = new Map<string, [number, number]>();
        for (const p of pairs) {
          const key = `${donors.has(p.donor) ? p.donorName : 'Other donors'} → ${recipients.has(p.recipient) ? p.recipientName : 'Other recipients'}`;
          const [usd, count] = expected.get(key) ?? [0, 0];
          expected.set(key, [usd + p.usd, count + p.count]);
        }
        const actual = listAidFlows({ ...range, category }, top).map(
          (f) => [`${f.donor.name} → ${f.recipient.name}`, [f.usd, f.count]] as const,
        );
        expect(pairs.length).toBeGreaterThan(0);
        expect(Object.fromEntries(actual)).toEqual(
          Object.fromEntries([...expected].filter(([, [usd]]) => usd > 0)),
        );
        expect(actual.map(([, [usd]]) => usd)).toEqual(actual.map(([, [usd]]) => usd).sort((a, b) => b - a));
      });
    }
  }
});

describe('the largest packages behind the headline figures equal the rows', () => {
  // Both reads: off the amount index (fewRows 0), and a category's few rows sorted.
  const united = () =>
    getDb().$client.prepare(`SELECT id FROM parties WHERE slug = 'united-states'`).pluck().get() as number;
  for (const range of [{}, ...RANGES, { from: '2019-03-01', to: '2019-03-31' }]) {
    for (const kind of ['committed', 'uncommitted'] as const) {
      it(`${kind}, ${JSON.stringify(range)}, with and without a party`, () => {
        const statuses = (kind === 'committed' ? COMMITTED_AID_STATUSES : UNCOMMITTED_AID_STATUSES)
          .map((s) => `'${s}'`)
          .join(', ');
        for (const partyId of [undefined, united()]) {
          const expected = getDb()
            .$client.prepare(
              `SELECT id FROM (
                 SELECT a.id, a.category, a.amount_usd,
                        row_number() OVER (PARTITION BY a.category ORDER BY a.amount_usd DESC, a.id DESC) AS rank
                 FROM aid_packages a
                 WHERE a.retired_at IS NULL AND a.status IN (${statuses}) AND ${within('a.announced_on', range)}
                   AND ${partyId === undefined ? '1' : `(a.donor_id = ${partyId} OR a.recipient_id = ${partyId})`})
               WHERE rank <= 3 ORDER BY category, amount_usd DESC, id DESC`,
            )
            .pluck()
            .all();
          for (const fewRows of [0, 5_000]) {
            expect(listAidEvidence(kind, { ...range, partyId }, 3, fewRows).map((e) => e.id)).toEqual(
              expected,
            );
          }
        }
      });
    }
  }
});

describe('date-only filters read from the rollups equal the rows', () => {
  for (const range of RANGES) {
    const label = `${range.from ?? '…'} → ${range.to ?? '…'}`;

    it(`committed aid by donor, ${label}`, () => {
      const committed = COMMITTED_AID_STATUSES.map((s) => `'${s}'`).join(', ');
      const expected = getDb()
        .$client.prepare(
          `SELECT p.slug, sum(coalesce(a.amount_usd, 0)) AS usd, count(*) AS n FROM aid_packages a JOIN parties p ON p.id = a.donor_id
           WHERE a.retired_at IS NULL AND a.status IN (${committed}) AND ${within('a.announced_on', range)} GROUP BY p.slug`,
        )
        .all() as { slug: string; usd: number; n: number }[];
      const { donors, othersCount } = listAidByDonor(range, 1_000);
      expect(othersCount).toBe(0);
      const byDonor = (rows: { slug: string | null; usd: number; n?: number; count?: number }[]) =>
        Object.fromEntries(rows.map((r) => [r.slug, [r.usd, r.n ?? r.count]]));
      expect(expected.length).toBeGreaterThan(0);
      expect(byDonor(donors)).toEqual(byDonor(expected));
    });

    it(`sanctions by imposer and by kind of target, and the headline counts, ${label}`, () => {
      const rows = (side: 'imposing_id' | 'target_id', key: string) =>
        getDb()
          .$client.prepare(
            `SELECT ${key} AS key, s.status, count(*) AS n FROM sanctions s JOIN parties p ON p.id = s.${side}
             WHERE s.retired_at IS NULL AND ${within('s.announced_on', range)} GROUP BY 1, 2`,
          )
          .all() as { key: string; status: string; n: number }[];
      const asMap = (list: { key: string; status: string; n: number }[]) =>
        Object.fromEntries(list.filter((r) => r.n > 0).map((r) => [`${r.key}/${r.status}`, r.n]));
      const imposers = listSanctionCountsByImposer(range, 1_000).flatMap((g) =>
        Object.entries(g.byStatus).map(([status, n]) => ({ key: g.slug ?? '', status, n })),
      );
      expect(asMap(imposers)).toEqual(asMap(rows('imposing_id', 'p.slug')));
      const kinds = listSanctionCountsByTargetKind(range).flatMap((g) =>
        Object.entries(g.byStatus).map(([status, n]) => ({ key: g.key, status, n })),
      );
      expect(asMap(kinds)).toEqual(asMap(rows('target_id', 'p.kind')));

      const distinct = (side: string) =>
        getDb()
          .$client.prepare(
            `SELECT count(DISTINCT ${side}) FROM sanctions WHERE retired_at IS NULL AND status = 'imposed' AND ${within('announced_on', range)}`,
          )
          .pluck()
          .get();
      const totals = getSanctionTotals(range);
      expect([totals.imposers, totals.targets]).toEqual([distinct('imposing_id'), distinct('target_id')]);

      const newest = listSanctionsByImposer(range, 4);
      expect(newest.length).toBeGreaterThan(0);
      for (const { imposerSlug, targets } of newest) {
        const expected = getDb()
          .$client.prepare(
            `SELECT count(DISTINCT s.target_id) FROM sanctions s JOIN parties p ON p.id = s.imposing_id
             WHERE p.slug = ? AND s.retired_at IS NULL AND s.status = 'imposed' AND ${within('s.announced_on', range)}`,
          )
          .pluck()
          .get(imposerSlug);
        expect(targets, imposerSlug).toBe(expected);
      }

      // With a party: its own targets when it imposes, else 1 when it is targeted in force.
      const party = getDb()
        .$client.prepare(
          `SELECT target_id FROM sanctions WHERE status = 'imposed' GROUP BY 1 ORDER BY count(*) DESC LIMIT 1`,
        )
        .pluck()
        .get() as number;
      for (const { imposerSlug, targets } of listSanctionsByImposer({ ...range, partyId: party }, 6)) {
        const expected = getDb()
          .$client.prepare(
            `SELECT count(DISTINCT s.target_id) FROM sanctions s JOIN parties p ON p.id = s.imposing_id
             WHERE p.slug = ? AND (s.imposing_id = ? OR s.target_id = ?) AND s.retired_at IS NULL AND s.status = 'imposed'
               AND ${within('s.announced_on', range)}`,
          )
          .pluck()
          .get(imposerSlug, party, party);
        expect(targets, `${imposerSlug} with a party`).toBe(expected);
      }
      // Per imposer, by status, with that party (and a measure): its own sanctions, and each other's on it.
      for (const extra of [{}, { measure: 'asset_freeze' as const }]) {
        const counted = listSanctionCountsByImposer({ ...range, ...extra, partyId: party }, 1000).map((g) => [
          g.slug,
          g.byStatus.imposed,
          g.total,
        ]);
        const raw = getDb()
          .$client.prepare(
            `SELECT p.slug, sum(s.status = 'imposed'), count(*) FROM sanctions s JOIN parties p ON p.id = s.imposing_id
             WHERE (s.imposing_id = ? OR s.target_id = ?) AND s.retired_at IS NULL AND ${within('s.announced_on', range)}
               ${'measure' in extra ? `AND s.measure = '${extra.measure}'` : ''}
             GROUP BY p.slug`,
          )
          .raw()
          .all(party, party) as unknown[][];
        const bySlug = (rows: unknown[][]) =>
          [...rows].sort((a, b) => String(a[0]).localeCompare(String(b[0])));
        expect(bySlug(counted), 'counts by imposer with a party').toEqual(bySlug(raw));
      }
    });
  }
});
