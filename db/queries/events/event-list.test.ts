import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTempAppDatabase } from '../../testing/app-database';
import { getEvent } from './event-detail';
import { listEvents } from './event-list';
import { findPartiesBySlugs } from '../parties/party-lookup';

let cleanup: () => void;
beforeAll(() => {
  cleanup = useTempAppDatabase();
});
afterAll(() => cleanup());

const page = { page: 1, pageSize: 25 };
const idOf = (slug: string) => findPartiesBySlugs([slug]).get(slug)!.id;

describe('listEvents on the reference data', () => {
  it('lists the 4 events newest first, each with its parties and one source', () => {
    const result = listEvents({}, page);
    expect(result.total).toBe(4);
    expect(result.rows.map((r) => r.occurredOn)).toEqual([
      '2022-03-13',
      '2022-03-13',
      '2022-02-24',
      '2022-02-04',
    ]);
    const meeting = result.rows.at(-1);
    expect(meeting?.parties.map((p) => p.slug)).toEqual(['china', 'russia', 'vladimir-putin', 'xi-jinping']);
    expect(result.rows.every((r) => r.sourceCount === 1)).toBe(true);
  });

  it('filters by party, dates and text', () => {
    expect(listEvents({ partyId: idOf('ukraine') }, page).rows.map((r) => r.occurredOn)).toEqual([
      '2022-02-24',
    ]);
    expect(listEvents({ partyId: idOf('united-states') }, page).total).toBe(2);
    expect(listEvents({ from: '2022-02-10', to: '2022-03-01' }, page).total).toBe(1);
    expect(listEvents({ q: 'Sullivan' }, page).total).toBe(1);
    expect(listEvents({ partyId: idOf('united-kingdom') }, page).total).toBe(0);
  });

  it('sorts by title and pages', () => {
    const titles = listEvents({}, { ...page, sort: 'title', dir: 'asc' }).rows.map((r) => r.title);
    expect(titles).toEqual([...titles].sort((a, b) => a.localeCompare(b)));
    const second = listEvents({}, { page: 2, pageSize: 3, sort: 'date', dir: 'asc' });
    expect(second).toMatchObject({ page: 2, pageCount: 2, total: 4 });
    expect(second.rows.map((r) => r.occurredOn)).toEqual(['2022-03-13']);
  });
});

describe('getEvent', () => {
  it('shows the invasion with its parties, quote and what happened within 30 days', () => {
    const [invasion] = listEvents({ q: 'invasion' }, page).rows;
    const event = getEvent(invasion!.id);
    expect(event?.parties.map((p) => p.slug)).toEqual(['russia', 'ukraine']);
    expect(event?.citations[0]).toMatchObject({ language: 'fr', sourceId: 1 });
    expect(event?.around).toMatchObject({ from: '2022-01-25', to: '2022-03-26' });
    // Aid to Ukraine (10 and 12 Mar) and Russia's requests to China (13 Mar) involve its parties.
    expect(event?.around.aid.map((a) => a.announcedOn)).toEqual([
      '2022-03-10',
      '2022-03-12',
      '2022-03-13',
      '2022-03-13',
    ]);
    expect(event?.around.aidTotal).toBe(4);
    // The sanctions hit Russia's government, businesses and president: not Russia itself.
    expect(event?.around.sanctions).toEqual([]);
  });

  it('links the Sullivan warning to the US sanctions of 24 Feb and its threat against China', () => {
    const [warning] = listEvents({ q: 'Sullivan' }, page).rows;
    const around = getEvent(warning!.id)?.around;
    expect(around?.sanctions.map((s) => [s.announcedOn, s.target.slug, s.status])).toEqual([
      ['2022-02-24', 'government-of-russia', 'imposed'],
      ['2022-02-24', 'russian-businesses', 'imposed'],
      ['2022-02-24', 'vladimir-putin', 'imposed'],
      ['2022-03-13', 'china', 'threatened'],
    ]);
    expect(around?.sanctions.every((s) => s.imposer.slug === 'united-states')).toBe(true);
    expect(around?.aid.map((a) => a.donor.slug)).toEqual([
      'united-states',
      'united-states',
      'china',
      'china',
    ]);
  });

  it('returns null for an unknown id', () => {
    expect(getEvent(9999)).toBeNull();
  });
});
