import { afterAll, describe, expect, it } from 'vitest';
import { createTempDatabase, type TempDatabase } from './testing/temp-database';

// The database itself refuses bad rows, whatever code path tries to write them.
// Opened at collection time: the cases below name reference parties by id.
const t: TempDatabase = createTempDatabase();
afterAll(() => t.dispose());

const partyId = (slug: string) =>
  t.db.$client.prepare('SELECT id FROM parties WHERE slug = ?').pluck().get(slug) as number;

function insertAid(overrides: Record<string, unknown> = {}) {
  const row = {
    donor_id: partyId('united-kingdom'),
    recipient_id: partyId('ukraine'),
    category: 'military',
    status: 'authorized',
    amount: 100_000_000,
    currency: 'GBP',
    amount_usd: 131_000_000,
    announced_on: '2022-04-01',
    title: 'UK military aid',
    ...overrides,
  };
  const columns = Object.keys(row);
  return t.db.$client
    .prepare(
      `INSERT INTO aid_packages (${columns.join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')})`,
    )
    .run(row);
}

const aidCount = () => t.db.$client.prepare('SELECT count(*) FROM aid_packages').pluck().get();

describe('database constraints', () => {
  it('accepts a well-formed aid package', () => {
    const before = aidCount();
    insertAid();
    expect(aidCount()).toBe((before as number) + 1);
  });

  it.each([
    ['a negative amount', { amount: -5 }, /aid_amount_check/],
    ['a negative USD value', { amount_usd: -1 }, /aid_amount_usd_check/],
    ['a fractional amount', { amount: 10.5 }, /aid_amount_check/],
    ['an amount over $10 trillion', { amount_usd: 10_000_000_000_001 }, /aid_amount_usd_check/],
    ['an unknown category', { category: 'cultural' }, /aid_category_check/],
    ['an unknown status', { status: 'rumoured' }, /aid_status_check/],
    ['a lower-case currency code', { currency: 'gbp' }, /aid_currency_check/],
    ['an impossible date', { announced_on: '2022-02-30' }, /aid_announced_check/],
    ['a date that is not ISO', { announced_on: '01/04/2022' }, /aid_announced_check/],
    ['a donor giving to itself', { recipient_id: partyId('united-kingdom') }, /aid_parties_check/],
    [
      'a USD amount whose USD value differs',
      { currency: 'USD', amount: 5, amount_usd: 6 },
      /aid_usd_known_check/,
    ],
    ['an amount without a currency', { currency: null }, /aid_amount_currency_check/],
    ['a dangling donor', { donor_id: 999_999 }, /FOREIGN KEY constraint failed/],
    ['a missing title', { title: null }, /NOT NULL constraint failed: aid_packages\.title/],
  ])('rejects %s', (_label, overrides, error) => {
    const before = aidCount();
    expect(() => insertAid(overrides)).toThrow(error);
    expect(aidCount()).toBe(before);
  });

  it('rejects an unknown sanction measure and a lifting before the imposition', () => {
    const insert = t.db.$client.prepare(
      `INSERT INTO sanctions (imposing_id, target_id, measure, status, announced_on, effective_on, lifted_on, title)
       VALUES (?, ?, ?, ?, '2022-02-24', '2022-02-24', ?, 'Test')`,
    );
    const [us, ru] = [partyId('united-states'), partyId('russia')];
    expect(() => insert.run(us, ru, 'naming_and_shaming', 'imposed', null)).toThrow(
      /sanctions_measure_check/,
    );
    expect(() => insert.run(us, ru, 'financial', 'lifted', '2022-01-01')).toThrow(
      /sanctions_lifted_order_check/,
    );
  });

  it('rejects duplicate party slugs and malformed country codes', () => {
    const insert = t.db.$client.prepare(
      `INSERT INTO parties (slug, name, kind, country_code) VALUES (?, ?, 'state', ?)`,
    );
    expect(() => insert.run('ukraine', 'Ukraine again', 'UA')).toThrow(
      /UNIQUE constraint failed: parties\.slug/,
    );
    expect(() => insert.run('narnia', 'Narnia', 'narnia')).toThrow(/parties_country_check/);
    expect(() => insert.run('Bad Slug', 'Bad', null)).toThrow(/parties_slug_check/);
  });

  it('rejects a citation attached to nothing, or to two things at once', () => {
    const insert = t.db.$client.prepare(
      `INSERT INTO citations (source_id, aid_package_id, event_id, quote) VALUES (1, ?, ?, 'q')`,
    );
    expect(() => insert.run(null, null)).toThrow(/citations_one_subject_check/);
    expect(() => insert.run(1, 1)).toThrow(/citations_one_subject_check/);
  });

  it('rejects source links that are not http(s)', () => {
    const insert = t.db.$client.prepare(`INSERT INTO sources (title, url, language) VALUES ('t', ?, 'en')`);
    expect(() => insert.run('javascript:alert(1)')).toThrow(/sources_url_check/);
    expect(() => insert.run('https://example.org/a')).not.toThrow();
  });

  it('keeps the audit log append-only', () => {
    t.db.$client
      .prepare(
        `INSERT INTO audit_log (action, entity_type, entity_id, after) VALUES ('create', 'party', 1, '{}')`,
      )
      .run();
    expect(() => t.db.$client.prepare(`UPDATE audit_log SET action = 'update'`).run()).toThrow(/append-only/);
    expect(() => t.db.$client.prepare(`DELETE FROM audit_log`).run()).toThrow(/append-only/);
  });
});
