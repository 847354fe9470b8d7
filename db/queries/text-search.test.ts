import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '../index';
import { useSyntheticAppDatabase, useTempAppDatabase } from '../testing/app-database';
import { listAid } from './aid-list';
import { listSanctions } from './sanction-list';
import { DENSE_MATCHES, matchQuery } from './text-search';

const page = { page: 1, pageSize: 25 };
const titles = (r: { rows: { title: string }[] }) => r.rows.map((row) => row.title);

describe('matchQuery', () => {
  it('asks for every word as a word start, one-letter words whole', () => {
    expect(matchQuery('Leop  tank')).toBe('"Leop"* "tank"*');
    expect(matchQuery('F-16 a')).toBe('"F" "16"* "a"');
  });

  it('takes operators and quotes typed by a reader as words, and finds no word in punctuation', () => {
    expect(matchQuery('tanks OR "jets" NOT NEAR(x)')).toBe('"tanks"* "OR"* "jets"* "NOT"* "NEAR"* "x"');
    expect(matchQuery('%_-"*')).toBeNull();
  });
});

describe('searching the lists', () => {
  let cleanup: () => void;
  beforeAll(() => {
    cleanup = useTempAppDatabase();
  });
  afterAll(() => cleanup());

  const sqlite = () => getDb().$client;
  const partyId = (slug: string) => sqlite().prepare('SELECT id FROM parties WHERE slug = ?').pluck().get(slug) as number;
  const addAid = (title: string, description: string | null, announcedOn = '2024-05-01') =>
    Number(
      sqlite()
        .prepare(
          `INSERT INTO aid_packages (donor_id, recipient_id, category, status, announced_on, title, description)
           VALUES (?, ?, 'military', 'delivered', ?, ?, ?)`,
        )
        .run(partyId('united-states'), partyId('ukraine'), announcedOn, title, description).lastInsertRowid,
    );

  it('finds a package by the start of any word of its title or description, accents and case aside', () => {
    addAid('Leopard 2 tanks for the front', 'Matériel lourd livré en mars');
    expect(titles(listAid({ q: 'leop TANK' }, page))).toEqual(['Leopard 2 tanks for the front']);
    expect(titles(listAid({ q: 'materiel livre' }, page))).toEqual(['Leopard 2 tanks for the front']);
    expect(listAid({ q: 'leopard jets' }, page).total).toBe(0);
    // Words, not fragments: the middle of a word is not a match.
    expect(listAid({ q: 'opard' }, page).total).toBe(0);
  });

  it('follows edits, retiring and restoring', () => {
    const id = addAid('Bridge-laying vehicles', null);
    expect(listAid({ q: 'bridge' }, page).total).toBe(1);
    sqlite().prepare(`UPDATE aid_packages SET title = 'Mine-clearing vehicles', description = 'Sappers trained too' WHERE id = ?`).run(id);
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
  });

  it('combines the words with the other filters, and a text of no word finds nothing', () => {
    addAid('Winter generators', null, '2023-01-10');
    addAid('Winter generators, second batch', null, '2024-01-10');
    expect(listAid({ q: 'winter', from: '2024-01-01' }, page).total).toBe(1);
    expect(listAid({ q: 'winter', category: 'humanitarian' }, page).total).toBe(0);
    expect(listAid({ q: '%' }, page).total).toBe(0);
  });

  it('reads a common word page by page in date order, as it would sort them all', () => {
    const n = DENSE_MATCHES + 120;
    sqlite().transaction(() => {
      for (let i = 0; i < n; i++) addAid(`Convoy ${i}`, null, `20${String(15 + (i % 10))}-0${1 + (i % 9)}-1${i % 10}`);
    })();
    const expected = sqlite()
      .prepare(`SELECT title FROM aid_packages WHERE title LIKE 'Convoy %' AND retired_at IS NULL ORDER BY announced_on DESC, id DESC`)
      .pluck()
      .all() as string[];
    expect(expected).toHaveLength(n);
    for (const [p, dir] of [[1, 'desc'], [7, 'desc'], [3, 'asc']] as const) {
      const result = listAid({ q: 'convoy' }, { page: p, pageSize: 25, sort: 'date', dir });
      expect(result.total).toBe(n);
      const ordered = dir === 'desc' ? expected : [...expected].reverse();
      expect(titles(result)).toEqual(ordered.slice((p - 1) * 25, p * 25));
    }
  });

  it('does the same for sanctions', () => {
    const n = DENSE_MATCHES + 80;
    const insert = sqlite().prepare(
      `INSERT INTO sanctions (imposing_id, target_id, measure, status, announced_on, title) VALUES (?, ?, 'asset_freeze', 'imposed', ?, ?)`,
    );
    sqlite().transaction(() => {
      for (let i = 0; i < n; i++) insert.run(partyId('united-states'), partyId('russia'), `20${String(15 + (i % 10))}-0${1 + (i % 9)}-2${i % 8}`, `Freeze ${i}`);
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
  function reference(table: 'aid_packages' | 'sanctions', q: string) {
    const wanted = wordsOf(q);
    const rows = getDb()
      .$client.prepare(`SELECT id, title, description FROM ${table} WHERE retired_at IS NULL ORDER BY announced_on DESC, id DESC`)
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
      expect(aidPage.total).toBe(aid.length);
      expect(aidPage.rows.map((r) => r.id)).toEqual(aid.slice(25, 50).map((r) => r.id));
      const sanctions = reference('sanctions', q);
      const sanctionPage = listSanctions({ q }, { page: 2, pageSize: 25 });
      expect(sanctionPage.total).toBe(sanctions.length);
      expect(sanctionPage.rows.map((r) => r.id)).toEqual(sanctions.slice(25, 50).map((r) => r.id));
    },
  );
});
