import { describe, expect, it } from 'vitest';
import { breakdownData, cumulativeChartData, describeDelivery, describeFlows, flowChartData, periodLabel, statusChartData } from './chart-data';

const DAY = 86_400_000;
const t = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const none = { threatened: 0, proposed: 0, imposed: 0, suspended: 0, lifted: 0 };

describe('chart data shaped on the server', () => {
  it('names the three largest flows and sums up the rest, however many there are', () => {
    const party = (name: string) => ({ slug: name.toLowerCase(), name });
    const flow = (donor: string, recipient: string, usd: number) => ({ donor: party(donor), recipient: party(recipient), usd, count: 1 });
    expect(describeFlows([])).toBe('No committed aid with a known amount under these filters.');
    expect(describeFlows([flow('United States', 'Ukraine', 13_600_000_000)])).toBe('United States → Ukraine: $13.6 billion.');
    const many = [flow('Japan', 'Syria', 5e9), flow('United States', 'Ukraine', 143e9), ...Array.from({ length: 60 }, (_, i) => flow(`Donor ${i}`, 'Sudan', 1e9)), flow('EU', 'Ukraine', 89e9)];
    expect(describeFlows(many)).toBe(
      'United States → Ukraine: $143 billion; EU → Ukraine: $89 billion; Japan → Syria: $5 billion; and 60 smaller flows, $60 billion in all (listed in the table).',
    );
  });

  it('steps the cumulative total across a time axis that also holds the events, numbered', () => {
    const shaped = cumulativeChartData(
      [
        { date: '2022-03-10', usd: 13_600_000_000, cumulativeUsd: 13_600_000_000 },
        { date: '2022-03-12', usd: 200_000_000, cumulativeUsd: 13_800_000_000 },
      ],
      [
        { date: '2022-02-04', events: [{ id: 1, title: 'Meeting' }] },
        { date: '2022-03-13', events: [{ id: 3, title: 'A' }, { id: 4, title: 'B' }] },
      ],
    );
    expect(shaped).not.toBeNull();
    const { data, key } = shaped!;
    expect(data.domain[0]).toBeLessThan(t('2022-02-04'));
    expect(data.domain[1]).toBeGreaterThan(t('2022-03-13'));
    expect(data.points.map((p) => p.usd)).toEqual([0, 13_600_000_000, 13_800_000_000, 13_800_000_000]);
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

  it('gives a party on both sides of the flows two nodes, so no flow loops back', () => {
    const us = { slug: 'united-states', name: 'United States' };
    const ua = { slug: 'ukraine', name: 'Ukraine' };
    const data = flowChartData([
      { donor: us, recipient: ua, usd: 10, count: 1 },
      { donor: ua, recipient: us, usd: 5, count: 1 },
    ]);
    expect(data.nodes).toEqual([
      { name: 'United States', side: 'donor' },
      { name: 'Ukraine', side: 'donor' },
      { name: 'Ukraine', side: 'recipient' },
      { name: 'United States', side: 'recipient' },
    ]);
    expect(data.links).toEqual([
      { source: 0, target: 2, value: 10 },
      { source: 1, target: 3, value: 5 },
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
      { label: 'US', imposed: 3, threatened: 1 },
      { label: 'EU', imposed: 3, threatened: 0 },
    ]);
  });

  it('says how much of what was promised arrived, never $0 for an unknown amount', () => {
    const rows = [
      { status: 'requested' as const, count: 2, knownUsd: 0, unquantified: 2 },
      { status: 'approved' as const, count: 1, knownUsd: 13_600_000_000, unquantified: 0 },
      { status: 'delivered' as const, count: 0, knownUsd: 0, unquantified: 0 },
    ];
    expect(describeDelivery(rows)).toBe('Of 1 package pledged or committed ($13.6 billion where known), none delivered yet.');
    expect(statusChartData(rows).map((r) => r.text)).toEqual(['2 · undisclosed', '1 · $13.6 billion', '0']);
    expect(statusChartData(rows)[0]?.description).toBe('2 packages, amount not disclosed');
    expect(describeDelivery([{ status: 'delivered', count: 1, knownUsd: 0, unquantified: 1 }])).toBe(
      'Of 1 package pledged or committed (amounts not disclosed), 1 delivered (amount not disclosed).',
    );
  });

  it('names months and leaves years as they are', () => {
    expect(periodLabel('2022-02')).toBe('Feb 2022');
    expect(periodLabel('2022')).toBe('2022');
  });
});
