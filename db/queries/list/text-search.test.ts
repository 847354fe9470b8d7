import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '../../index';
import { useSyntheticAppDatabase, useTempAppDatabase } from '../../testing/app-database';
import { listAid } from '../aid/aid-list';
import { listSanctions } from '../sanctions/sanction-list';
import { searchMatch } from './search-match';
import { SEARCH_COUNT_CAP } from './text-search';

const page = { page: 1, pageSize: 25 };
const titles = (r: { rows: { title: string }[] }) => r.rows.map((row) => row.title);

describe('searching the lists', () => {
  let cleanup: () => void;
  beforeAll(() => {
    cleanup = useTempAppDatabase();
  });
  afterAll(() => cleanup());

  const sqlite = () => getDb().$client;
  const partyId = (slug: string) =>
    sqlite().prepare('SELECT id FROM parties WHERE slug = ?').pluck().get(slug) as number;
  const addAid = (title: string, description: string | null, announcedOn = '2024-05-01') =>
    Number(
      sqlite()
        .prepare(
          `INSERT INTO aid_packages (donor_id, recipient_id, category, status, announced_on, title, description)
           VALUES (?, ?, 'military', 'delivered', ?, ?, ?)`,
        )
        .run(partyId('united-states'), partyId('ukraine'), announcedOn, title, description).lastInsertRowid,
    );

  it('expands each word start into the words it begins, as the index folds them', () => {
    addAid('Leopard 2 tanks, Léopards', 'Tankers or TANK spares');
    expect(searchMatch('aid_packages', 'LÉOP  tank')).toBe(
      '("leopard" OR "leopards") AND ("tank" OR "tankers" OR "tanks")',
    );
    // Operators and quotes typed by a reader are words; one-letter words are whole words.
    expect(searchMatch('aid_packages', 'tanks OR "leopard" a')).toBe(
      '("tanks") AND ("or") AND ("leopard" OR "leopards") AND "a"',
    );
    // A word that begins no word of the index is left to the index, which finds nothing;
    // punctuation alone is no search.
    expect(searchMatch('aid_packages', 'tank Zeppelin')).toBe(
      '("tank" OR "tankers" OR "tanks") AND "Zeppelin"*',
    );
    expect(listAid({ q: 'tank zeppelin' }, page).total).toBe(0);
    expect(searchMatch('aid_packages', '%_-"*')).toBeNull();
  });

  it('leaves a start of very many words to the index, and expands again after a write', () => {
    sqlite().transaction(() => {
      for (let i = 0; i < 40; i++) addAid(`Drone batch${i.toString(36)}x`, null);
    })();
    expect(searchMatch('aid_packages', 'batch')).toBe('"batch"*');
    expect(listAid({ q: 'batch' }, page).total).toBe(40);
    expect(searchMatch('aid_packages', 'drones')).toBe('"drones"*');
    addAid('Drones for the border', null);
    expect(searchMatch('aid_packages', 'drones')).toBe('("drones")');
    expect(listAid({ q: 'drones' }, page).total).toBe(1);
  });

  it('finds a package by the start of any word of its title or description, accents and case aside', () => {
    addAid('Leopard 2 tanks for the front', 'Matériel lourd livré en mars');
    expect(titles(listAid({ q: 'leop TANK front' }, page))).toEqual(['Leopard 2 tanks for the front']);
    expect(titles(listAid({ q: 'materiel livre' }, page))).toEqual(['Leopard 2 tanks for the front']);
    expect(listAid({ q: 'leopard jets' }, page).total).toBe(0);
    // Words, not fragments: the middle of a word is not a match.
    expect(listAid({ q: 'opard' }, page).total).toBe(0);
  });

  it('follows edits, retiring and restoring', () => {
    const id = addAid('Bridge-laying vehicles', null);
    expect(listAid({ q: 'bridge' }, page).total).toBe(1);
    sqlite()
      .prepare(
        `UPDATE aid_packages SET title = 'Mine-clearing vehicles', description = 'Sappers trained too' WHERE id = ?`,
      )
      .run(id);
    expect(listAid({ q: 'bridge' }, page).total).toBe(0);
    expect(titles(listAid({ q: 'sappers' }, page))).toEqual(['Mine-clearing vehicles']);
    // An edit that keeps a word keeps it findable.
    sqlite().prepare(`UPDATE aid_packages SET title = 'Mine-clearing kits' WHERE id = ?`).run(id);
    expect(titles(listAid({ q: 'mine' }, page))).toEqual(['Mine-clearing kits']);
    sqlite().prepare(`UPDATE aid_packages SET retired_at = '2026-01-01' WHERE id = ?`).run(id);
    expect(listAid({ q: 'mine' }, page).total).toBe(0);
    sqlite().prepare(`UPDATE aid_packages SET title = 'Retired while edited' WHERE id = ?`).run(id);
    sqlite().prepare(`UPDATE aid_packages SET retired_at = NULL WHERE id = ?`).run(id);
    expect(listAid({ q: 'mine' }, page).total).toBe(0);
    expect(titles(listAid({ q: 'retired edited' }, page))).toEqual(['Retired while edited']);
    sqlite().prepare('DELETE FROM citations WHERE aid_package_id = ?').run(id);
    sqlite().prepare('DELETE FROM aid_packages WHERE id = ?').run(id);
    expect(listAid({ q: 'retired' }, page).total).toBe(0);
    // A title and a date edited at once: the entry is filed again under its new key.
    const moved = addAid('Pontoon bridges', null, '2021-06-01');
    sqlite()
      .prepare(`UPDATE aid_packages SET title = 'Pontoon ferries', announced_on = '2020-06-01' WHERE id = ?`)
      .run(moved);
    expect(listAid({ q: 'bridges' }, page).total).toBe(0);
    expect(listAid({ q: 'pontoon ferries', to: '2020-12-31' }, page).rows.map((r) => r.id)).toEqual([moved]);
    // Every removal named the words the entry was filed under: the index checks out.
    expect(() =>
      sqlite().exec(`INSERT INTO aid_search (aid_search) VALUES ('integrity-check')`),
    ).not.toThrow();
  });

  it('combines the words with the other filters, and a text of no word finds nothing', () => {
    addAid('Winter generators', null, '2023-01-10');
    addAid('Winter generators, second batch', null, '2024-01-10');
    expect(listAid({ q: 'winter', from: '2024-01-01' }, page).total).toBe(1);
    expect(listAid({ q: 'winter', to: '2023-01-10' }, page).total).toBe(1);
    expect(listAid({ q: 'winter', from: '2023-01-11', to: '2024-01-09' }, page).total).toBe(0);
    expect(listAid({ q: 'winter', category: 'humanitarian' }, page).total).toBe(0);
    expect(listAid({ q: '%' }, page).total).toBe(0);
  });

  it('keeps a package in date order when its date is edited', () => {
    const early = addAid('Field hospital, first', null, '2022-03-01');
    addAid('Field hospital, second', null, '2022-04-01');
    expect(titles(listAid({ q: 'field hospital' }, page))).toEqual([
      'Field hospital, second',
      'Field hospital, first',
    ]);
    sqlite().prepare(`UPDATE aid_packages SET announced_on = '2022-05-01' WHERE id = ?`).run(early);
    expect(titles(listAid({ q: 'field hospital' }, page))).toEqual([
      'Field hospital, first',
      'Field hospital, second',
    ]);
    expect(listAid({ q: 'field hospital', from: '2022-04-15' }, page).total).toBe(1);
  });

  it('reads a common word page by page in date order, as it would sort them all', () => {
    const n = 420;
    sqlite().transaction(() => {
      for (let i = 0; i < n; i++)
        addAid(`Convoy ${i}`, null, `20${String(15 + (i % 10))}-0${1 + (i % 9)}-1${i % 10}`);
    })();
    const expected = sqlite()
      .prepare(
        `SELECT title FROM aid_packages WHERE title LIKE 'Convoy %' AND retired_at IS NULL ORDER BY announced_on DESC, id DESC`,
      )
      .pluck()
      .all() as string[];
    expect(expected).toHaveLength(n);
    for (const [p, dir] of [
      [1, 'desc'],
      [7, 'desc'],
      [3, 'asc'],
    ] as const) {
      const result = listAid({ q: 'convoy' }, { page: p, pageSize: 25, sort: 'date', dir });
      expect(result.total).toBe(n);
      const ordered = dir === 'desc' ? expected : [...expected].reverse();
      expect(titles(result)).toEqual(ordered.slice((p - 1) * 25, p * 25));
    }
  });

  it('counts a search up to its cap, and pages through the first matches either way', () => {
    const n = SEARCH_COUNT_CAP + 30;
    sqlite().transaction(() => {
      for (let i = 0; i < n; i++)
        addAid(`Flare ${i}`, null, `20${String(15 + (i % 10))}-1${i % 3}-0${1 + (i % 9)}`);
    })();
    const expected = sqlite()
      .prepare(
        `SELECT title FROM aid_packages WHERE title LIKE 'Flare %' AND retired_at IS NULL ORDER BY announced_on DESC, id DESC`,
      )
      .pluck()
      .all() as string[];
    const first = listAid({ q: 'flare' }, { page: 1, pageSize: 25 });
    expect(first).toMatchObject({ total: SEARCH_COUNT_CAP, capped: true, pageCount: SEARCH_COUNT_CAP / 25 });
    expect(titles(first)).toEqual(expected.slice(0, 25));
    // The last page is the 10,000th match, not the oldest; the oldest come first the other way.
    expect(titles(listAid({ q: 'flare' }, { page: 999, pageSize: 25 }))).toEqual(
      expected.slice(SEARCH_COUNT_CAP - 25, SEARCH_COUNT_CAP),
    );
    expect(titles(listAid({ q: 'flare' }, { page: 1, pageSize: 25, sort: 'date', dir: 'asc' }))).toEqual(
      expected.slice(-25).reverse(),
    );
    // With another filter the count is capped too, and stays exact below the cap.
    expect(listAid({ q: 'flare', category: 'military' }, page)).toMatchObject({
      total: SEARCH_COUNT_CAP,
      capped: true,
    });
    const since2024 = sqlite()
      .prepare(
        `SELECT count(*) FROM aid_packages WHERE title LIKE 'Flare %' AND announced_on >= '2024-01-01'`,
      )
      .pluck()
      .get();
    expect(listAid({ q: 'flare', from: '2024-01-01' }, page)).toMatchObject({
      total: since2024,
      capped: false,
    });
  }, 60_000);

  it('does the same for sanctions', () => {
    const n = 380;
    const insert = sqlite().prepare(
      `INSERT INTO sanctions (imposing_id, target_id, measure, status, announced_on, title) VALUES (?, ?, 'asset_freeze', 'imposed', ?, ?)`,
    );
    sqlite().transaction(() => {
      for (let i = 0; i < n; i++)
        insert.run(
          partyId('united-states'),
          partyId('russia'),
          `20${String(15 + (i % 10))}-0${1 + (i % 9)}-2${i % 8}`,
          `Freeze ${i}`,
        );
    })();
    const expected = sqlite()
      .prepare(`SELECT title FROM sanctions WHERE title LIKE 'Freeze %' ORDER BY announced_on DESC, id DESC`)
      .pluck()
      .all() as string[];
    const result = listSanctions({ q: 'freeze' }, { page: 5, pageSize: 25, sort: 'date', dir: 'desc' });
    expect(result.total).toBe(n);
    expect(titles(result)).toEqual(expected.slice(100, 125));
  });
});

describe('searching a synthetic file', () => {
  let cleanup: () => void;
  beforeAll(() => {
    cleanup = useSyntheticAppDatabase({ aid: 12_000, sanctions: 12_000, seed: 3 });
  }, 60_000);
  afterAll(() => cleanup());

  // The reference: every live row, its words folded as the index folds them.
  const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  const wordsOf = (text: string) => fold(text).match(/[\p{L}\p{N}]+/gu) ?? [];
  function reference(table: 'aid_packages' | 'sanctions', q: string, where = '1') {
    const wanted = wordsOf(q);
    const rows = getDb()
      .$client.prepare(
        `SELECT id, title, description FROM ${table} WHERE retired_at IS NULL AND ${where} ORDER BY announced_on DESC, id DESC`,
      )
      .all() as { id: number; title: string; description: string | null }[];
    return rows.filter((row) => {
      const words = wordsOf(`${row.title} ${row.description ?? ''}`);
      return wanted.every((w) => words.some((word) => (w.length > 1 ? word.startsWith(w) : word === w)));
    });
  }

  it.each(['ukraine', 'united states', 'ammun', 'renewed six', 'asset freeze'])(
    'finds what a scan of every row finds for "%s", filled by the bulk load',
    (q) => {
      const aid = reference('aid_packages', q);
      const aidPage = listAid({ q }, { page: 2, pageSize: 25 });
      expect(aidPage.total).toBe(Math.min(aid.length, SEARCH_COUNT_CAP));
      expect(aidPage.capped).toBe(aid.length > SEARCH_COUNT_CAP);
      expect(aidPage.rows.map((r) => r.id)).toEqual(aid.slice(25, 50).map((r) => r.id));
      const sanctions = reference('sanctions', q);
      const sanctionPage = listSanctions({ q }, { page: 2, pageSize: 25 });
      expect(sanctionPage.total).toBe(Math.min(sanctions.length, SEARCH_COUNT_CAP));
      expect(sanctionPage.capped).toBe(sanctions.length > SEARCH_COUNT_CAP);
      expect(sanctionPage.rows.map((r) => r.id)).toEqual(sanctions.slice(25, 50).map((r) => r.id));
    },
  );

  // A common filter is walked off the word index in date order, a rare one sorted: both
  // give what the scan gives, on their first page and on a later one.
  it.each([
    ['united', { category: 'military' }, "category = 'military'"],
    ['ukraine', { statuses: ['delivered', 'approved'] }, "status IN ('delivered', 'approved')"],
    ['ukraine', { donorId: 1 }, 'donor_id = 1'],
    [
      'united',
      { category: 'economic', from: '2023-01-01' },
      "category = 'economic' AND announced_on >= '2023-01-01'",
    ],
  ] as const)('finds "%s" with other filters %o as a scan does', (q, filter, where) => {
    const aid = reference('aid_packages', q, where);
    expect(aid.length).toBeGreaterThan(60);
    for (const p of [1, 3]) {
      const result = listAid(
        { q, ...filter, statuses: 'statuses' in filter ? [...filter.statuses] : undefined },
        { page: p, pageSize: 25 },
      );
      expect(result.total).toBe(Math.min(aid.length, SEARCH_COUNT_CAP));
      expect(result.rows.map((r) => r.id)).toEqual(aid.slice((p - 1) * 25, p * 25).map((r) => r.id));
    }
  });

  it.each([
    ['freeze', { measure: 'asset_freeze' }, "measure = 'asset_freeze'"],
    ['russia', { statuses: ['imposed'] }, "status = 'imposed'"],
  ] as const)('finds "%s" in sanctions with other filters %o as a scan does', (q, filter, where) => {
    const sanctions = reference('sanctions', q, where);
    expect(sanctions.length).toBeGreaterThan(60);
    const result = listSanctions(
      { q, ...filter, statuses: 'statuses' in filter ? [...filter.statuses] : undefined },
      { page: 3, pageSize: 25 },
    );
    expect(result.total).toBe(Math.min(sanctions.length, SEARCH_COUNT_CAP));
    expect(result.rows.map((r) => r.id)).toEqual(sanctions.slice(50, 75).map((r) => r.id));
  });
});
