import { describe, expect, it } from 'vitest';
import {
  breakdownData,
  compactFlows,
  cumulativeChartData,
  describeDelivery,
  describeFlows,
  statusChartData,
  yearRows,
} from './chart-data';

const DAY = 86_400_000;
const t = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const none = { threatened: 0, proposed: 0, imposed: 0, suspended: 0, lifted: 0 };

describe('chart data shaped on the server', () => {
  it('names the three largest flows and sums up the rest, however many there are', () => {
    const party = (name: string) => ({ slug: name.toLowerCase(), name });
    const flow = (donor: string, recipient: string, usd: number) => ({
      donor: party(donor),
      recipient: party(recipient),
      usd,
      count: 1,
    });
    expect(describeFlows([])).toBe('No committed aid with a known amount under these filters.');
    expect(describeFlows([flow('United States', 'Ukraine', 13_600_000_000)])).toBe(
      'United States → Ukraine: $13.6 billion.',
    );
    const many = [
      flow('Japan', 'Syria', 5e9),
      flow('United States', 'Ukraine', 143e9),
      ...Array.from({ length: 60 }, (_, i) => flow(`Donor ${i}`, 'Sudan', 1e9)),
      flow('EU', 'Ukraine', 89e9),
    ];
    expect(describeFlows(many)).toBe(
      'United States → Ukraine: $143 billion; EU → Ukraine: $89 billion; Japan → Syria: $5 billion; and 60 smaller flows, $60 billion in all (listed in the table).',
    );
  });

  it('sets the cumulative total on a time axis that also holds the events, numbered', () => {
    const shaped = cumulativeChartData(
      [
        { date: '2022-03-10', usd: 13_600_000_000, cumulativeUsd: 13_600_000_000 },
        { date: '2022-03-12', usd: 200_000_000, cumulativeUsd: 13_800_000_000 },
      ],
      [
        { date: '2022-02-04', events: [{ id: 1, title: 'Meeting' }] },
        {
          date: '2022-03-13',
          events: [
            { id: 3, title: 'A' },
            { id: 4, title: 'B' },
          ],
        },
      ],
    );
    expect(shaped).not.toBeNull();
    const { data, key } = shaped!;
    expect(data.domain[0]).toBeLessThan(t('2022-02-04'));
    expect(data.domain[1]).toBeGreaterThan(t('2022-03-13'));
    expect(data.rows).toEqual([
      { date: '2022-03-10', usd: 13_600_000_000, total: 13_600_000_000 },
      { date: '2022-03-12', usd: 200_000_000, total: 13_800_000_000 },
    ]);
    expect(data.markers).toEqual([
      { t: t('2022-02-04'), label: '1' },
      { t: t('2022-03-13'), label: '2' },
    ]);
    expect(key.map((k) => [k.label, k.events.length])).toEqual([
      ['1', 1],
      ['2', 2],
    ]);
    expect(data.ticks.every((tick) => tick % DAY === 0)).toBe(true);
    expect(cumulativeChartData([], [])).toBeNull();
  });

  it('shows the largest flows in the box and sums the rest into one row, the total unchanged', () => {
    const flows = Array.from({ length: 30 }, (_, i) => ({
      donor: `Donor ${i}`,
      recipient: 'Ukraine',
      usd: (i + 1) * 1e6,
      count: 2,
    }));
    expect(compactFlows(flows.slice(0, 24))).toBeUndefined();
    const compact = compactFlows(flows)!;
    expect(compact.rows).toHaveLength(24);
    expect(compact.rows[0]).toEqual({ donor: 'Donor 29', recipient: 'Ukraine', usd: 30e6, count: 2 });
    expect(compact.rows.at(-1)).toEqual({ donor: '7 smaller flows', recipient: '', usd: 28e6, count: 14 });
    expect(compact.rows.reduce((n, r) => n + r.usd, 0)).toBe(flows.reduce((n, r) => n + r.usd, 0));
    expect(compact.note).toMatch(/^The 23 largest of 30 flows/);
  });

  it('sums periods into years, keeping a running total at its last value', () => {
    const rows = [
      { date: '2021-11-01', usd: 5, total: 5 },
      { date: '2021-12-01', usd: 1, total: 6 },
      { date: '2022-01-01', usd: 4, total: 10 },
    ];
    expect(yearRows(rows, (r) => r.date.slice(0, 4), { sum: ['usd'], last: ['total'] })).toEqual([
      { year: '2021', usd: 6, total: 6 },
      { year: '2022', usd: 4, total: 10 },
    ]);
  });

  it('stacks only the statuses present, in force first', () => {
    const { data, statuses } = breakdownData(
      [
        { name: 'US', byStatus: { ...none, imposed: 3, threatened: 1 } },
        { name: 'EU', byStatus: { ...none, imposed: 3 } },
      ],
      (g) => g.name,
    );
    expect(statuses).toEqual(['imposed', 'threatened']);
    expect(data).toEqual([
      { label: 'US', imposed: 3, threatened: 1, total: 4 },
      { label: 'EU', imposed: 3, threatened: 0, total: 3 },
    ]);
  });

  it('says how much of what was promised arrived, never $0 for an unknown amount', () => {
    const rows = [
      { status: 'requested' as const, count: 2, knownUsd: 0, unquantified: 2 },
      { status: 'approved' as const, count: 1, knownUsd: 13_600_000_000, unquantified: 0 },
      { status: 'delivered' as const, count: 0, knownUsd: 0, unquantified: 0 },
    ];
    expect(describeDelivery(rows)).toBe(
      'Of 1 package pledged or committed ($13.6 billion where known), none delivered yet.',
    );
    expect(statusChartData(rows).map((r) => r.text)).toEqual(['2 · undisclosed', '1 · $13.6 billion', '0']);
    expect(statusChartData(rows)[0]?.description).toBe('2 packages, amount not disclosed');
    expect(describeDelivery([{ status: 'delivered', count: 1, knownUsd: 0, unquantified: 1 }])).toBe(
      'Of 1 package pledged or committed (amounts not disclosed), 1 delivered (amount not disclosed).',
    );
  });
});
