import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '../../index';
import { useTempAppDatabase } from '../../testing/app-database';
import { entryTitle } from '../admin/entry-lookup';
import { getSource } from './source-detail';
import { listSourceLanguages, listSources } from './source-list';

let cleanup: () => void;
beforeAll(() => {
  cleanup = useTempAppDatabase();
  // A second source, in English, cited by nothing yet.
  getDb()
    .$client.prepare(
      `INSERT INTO sources (title, publisher, published_on, language) VALUES ('Sanctions tracker notes', NULL, NULL, 'en-GB')`,
    )
    .run();
});
afterAll(() => cleanup());

const page = { page: 1, pageSize: 25 };

describe('listSources', () => {
  it('counts the 18 rows citing the reference source', () => {
    const result = listSources({}, page);
    expect(result.total).toBe(2);
    expect(result.rows[0]).toMatchObject({
      id: 1,
      language: 'fr',
      publishedOn: '2022-03-14',
      citingCount: 18,
    });
    // Undated sources go last, newest first.
    expect(result.rows[1]).toMatchObject({ title: 'Sanctions tracker notes', citingCount: 0 });
  });

  it('filters by language (a base code finds its regional variants), dates and text', () => {
    expect(listSources({ language: 'fr' }, page).rows.map((r) => r.id)).toEqual([1]);
    expect(listSources({ language: 'en' }, page).rows.map((r) => r.title)).toEqual([
      'Sanctions tracker notes',
    ]);
    expect(listSources({ from: '2022-03-01', to: '2022-03-31' }, page).total).toBe(1);
    expect(listSources({ q: 'CNN' }, page).total).toBe(1);
    expect(listSources({ q: 'tracker' }, page).total).toBe(1);
    expect(listSourceLanguages()).toEqual(['en-GB', 'fr']);
  });

  it('sorts by citations and by title', () => {
    expect(
      listSources({}, { ...page, sort: 'citations', dir: 'asc' }).rows.map((r) => r.citingCount),
    ).toEqual([0, 18]);
    expect(listSources({}, { ...page, sort: 'title', dir: 'asc' }).rows[0]?.id).toBe(1);
  });

  it('stops counting rows once they are retired', () => {
    const db = getDb().$client;
    db.prepare(`UPDATE sanctions SET retired_at = '2026-01-01T00:00:00Z' WHERE status = 'threatened'`).run();
    try {
      expect(listSources({ language: 'fr' }, page).rows[0]?.citingCount).toBe(17);
      expect(getSource(1)?.sanctions.total).toBe(9);
    } finally {
      db.prepare('UPDATE sanctions SET retired_at = NULL').run();
    }
  });
});

describe('getSource', () => {
  it('lists every row citing the reference source: 4 aid packages, 10 sanctions, 4 events', () => {
    const source = getSource(1);
    expect(source).toMatchObject({ language: 'fr', url: null, publishedOn: '2022-03-14' });
    expect(source?.aid).toMatchObject({ total: 4, page: 1, pageCount: 1 });
    expect(source?.aid.rows).toHaveLength(4);
    expect(source?.sanctions.rows).toHaveLength(10);
    expect(source?.events.rows).toHaveLength(4);
    expect(source?.aid.rows[0]).toMatchObject({
      date: '2022-03-10',
      donor: { slug: 'united-states' },
      recipient: { slug: 'ukraine' },
      amountUsd: 13_600_000_000,
    });
    expect(source?.aid.rows[0]?.quotes).toEqual([expect.stringContaining('13,6 milliards')]);
    expect(source?.sanctions.rows.at(-1)).toMatchObject({ status: 'threatened', target: { slug: 'china' } });
    expect(source?.events.rows[0]?.quotes[0]).toContain('Le 4 février');
  });

  it('reads one page of each kind of citing entry, in date order, and clamps a page past the end', () => {
    const all = getSource(1)?.sanctions.rows.map((r) => r.id);
    const second = getSource(1, { sanctions: 2 }, 3)?.sanctions;
    expect(second).toMatchObject({ total: 10, page: 2, pageCount: 4, pageSize: 3 });
    expect(second?.rows.map((r) => r.id)).toEqual(all?.slice(3, 6));
    const last = getSource(1, { sanctions: 99, aid: 2 }, 3);
    expect(last?.sanctions.page).toBe(4);
    expect(last?.sanctions.rows.map((r) => r.id)).toEqual(all?.slice(9));
    // Each kind pages on its own.
    expect(last?.aid.rows).toHaveLength(1);
    expect(last?.events.rows).toHaveLength(3);
  });

  it('returns null for an unknown id', () => {
    expect(getSource(9999)).toBeNull();
  });
});

describe('entryTitle', () => {
  it('names live entries by id or slug, and nothing else', () => {
    expect(entryTitle('party', 'united-states')).toBe('United States');
    expect(entryTitle('party', 'atlantis')).toBeNull();
    expect(entryTitle('source', 1)).toBe('La Russie a demandé à la Chine une aide militaire et économique');
    expect(entryTitle('sanction', 10)).toBe('“Consequences” if China helps Russia evade sanctions');
    expect(entryTitle('event', 5)).toBeNull();
    expect(entryTitle('aid', 4)).toBe('Russia asks China for economic aid');
  });
});
