import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTempAppDatabase } from '../../testing/app-database';
import { findPartiesBySlugs } from '../parties/party-lookup';
import { listTimeline } from './timeline';

let cleanup: () => void;
beforeAll(() => {
  cleanup = useTempAppDatabase();
});
afterAll(() => cleanup());

describe('the combined timeline on the reference data', () => {
  it('lists all 18 rows newest first, typed, with their parties', () => {
    const { entries, total } = listTimeline({});
    expect(total).toBe(18);
    expect(entries).toHaveLength(18);
    const dates = entries.map((e) => e.date);
    expect(dates).toEqual([...dates].sort().reverse());
    const count = (type: string) => entries.filter((e) => e.type === type).length;
    expect([count('aid'), count('sanction'), count('threat'), count('event')]).toEqual([4, 9, 1, 4]);
    expect(entries[0]).toMatchObject({ type: 'event', date: '2022-03-13' });
    expect(entries.at(-1)).toMatchObject({ type: 'event', date: '2022-02-04' });
    const threat = entries.find((e) => e.type === 'threat');
    expect(threat?.parties.map((p) => p.slug)).toEqual(['united-states', 'china']);
    expect(entries.at(-1)?.parties.map((p) => p.name)).toEqual([
      'China',
      'Russia',
      'Vladimir Putin',
      'Xi Jinping',
    ]);
  });

  it('keeps to the limit but counts everything', () => {
    const { entries, total } = listTimeline({}, 5);
    expect(entries).toHaveLength(5);
    expect(total).toBe(18);
    expect(entries.map((e) => e.date)).toEqual([
      '2022-03-13',
      '2022-03-13',
      '2022-03-13',
      '2022-03-13',
      '2022-03-13',
    ]);
  });

  it('follows the filter', () => {
    const ukraine = findPartiesBySlugs(['ukraine']).get('ukraine')?.id;
    expect(listTimeline({ partyId: ukraine }).entries.map((e) => [e.type, e.date])).toEqual([
      ['aid', '2022-03-12'],
      ['aid', '2022-03-10'],
      ['event', '2022-02-24'],
    ]);
    const fromMarch = listTimeline({ from: '2022-03-01', measure: 'economic', category: 'military' }).entries;
    expect(fromMarch.map((e) => e.type)).toEqual(['event', 'event', 'aid', 'aid']);
  });
});
