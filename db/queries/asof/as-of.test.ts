import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aidForm } from '@/domain/validation/aid';
import { getDb } from '../../index';
import { useTempAppDatabase } from '../../testing/app-database';
import { createAidPackage, retireAidPackage, updateAidPackage } from '../../mutations/aid';
import { listAid } from '../aid/aid-list';
import { getAidTotals } from '../aid/aid';
import { listParties } from '../parties/party-list';
import { listSources } from '../sources/source-list';
import { listSanctions } from '../sanctions/sanction-list';
import { listEvents } from '../events/event-list';
import { getEarliestDay } from './earliest';
import { getParty } from '../parties/party-detail';
import { listTimeline } from '../overview/timeline';
import { listAidByDonor } from '../aid/overview-aid';
import { readOverviewAsOf } from '../overview/sections';

// The reference data is loaded now; it is dated back to the new year here, so that the
// edits made by the test (today) come after a day the tracker already held it.
const LOADED = '2026-01-01T09:00:00.000Z';
const BEFORE_EDITS = '2026-06-30';
const today = new Date().toISOString().slice(0, 10);

let cleanup: () => void;
let editor: number;
const db = () => getDb().$client;
const page = { page: 1, pageSize: 100 };
const titles = (filter: Parameters<typeof listAid>[0]) => listAid(filter, page).rows.map((r) => r.title);
const packageRow = (title: string) =>
  db().prepare('SELECT * FROM aid_packages WHERE title = ?').get(title) as Record<
    string,
    string | number | null
  >;

const formOf = (row: Record<string, string | number | null>, changes: Record<string, string> = {}) =>
  aidForm.parse({
    donorId: String(row.donor_id),
    recipientId: String(row.recipient_id),
    category: row.category,
    status: row.status,
    amount: row.amount === null ? '' : String(row.amount),
    currency: row.currency ?? '',
    amountUsd: row.amount_usd === null || row.currency === 'USD' ? '' : String(row.amount_usd),
    announcedOn: row.announced_on,
    title: row.title,
    citations: JSON.stringify([{ sourceId: 1, quote: 'la Maison Blanche a autorisé…' }]),
    ...changes,
  });

const SENATE = 'US Senate approves emergency humanitarian aid for Ukraine';
const WEAPONS = 'White House authorizes delivery of weapons to Ukraine';

beforeAll(() => {
  cleanup = useTempAppDatabase();
  for (const table of ['aid_packages', 'sanctions', 'events', 'parties', 'sources', 'citations'])
    db()
      .prepare(`UPDATE ${table} SET created_at = ?${table === 'citations' ? '' : ', updated_at = ?'}`)
      .run(...(table === 'citations' ? [LOADED] : [LOADED, LOADED]));
  editor = Number(
    db()
      .prepare(`INSERT INTO users (email, name, password_hash) VALUES ('ed@example.org', 'Ed Itor', 'x')`)
      .run().lastInsertRowid,
  );
  // Today: one package edited (its title and amount), one retired, one added.
  const senate = packageRow(SENATE);
  updateAidPackage(
    senate.id as number,
    senate.version as number,
    formOf(senate, { title: 'Senate aid, corrected', amount: '14000000000' }),
    editor,
  );
  const weapons = packageRow(WEAPONS);
  retireAidPackage(weapons.id as number, weapons.version as number, editor);
  createAidPackage(formOf(weapons, { title: 'A package added today', announcedOn: '2022-03-01' }), editor);
});
afterAll(() => cleanup());

describe('asof on the lists', () => {
  it('shows an edited entry as it was before the edit, and as edited after it', () => {
    expect(titles({ asof: BEFORE_EDITS })).toContain(SENATE);
    expect(titles({ asof: BEFORE_EDITS })).not.toContain('Senate aid, corrected');
    expect(titles({ asof: today })).toContain('Senate aid, corrected');
    expect(titles({ asof: today })).not.toContain(SENATE);
  });

  it('shows an entry retired since, and leaves out one created since', () => {
    expect(titles({ asof: BEFORE_EDITS })).toContain(WEAPONS);
    expect(titles({ asof: BEFORE_EDITS })).not.toContain('A package added today');
    expect(titles({ asof: today })).not.toContain(WEAPONS);
    expect(titles({ asof: today })).toContain('A package added today');
    expect(listAid({ asof: BEFORE_EDITS }, page).total).toBe(4);
  });

  it('keeps filters and sorts, and the cube counts follow', () => {
    const byAmount = listAid({ asof: BEFORE_EDITS, category: 'humanitarian' }, { ...page, sort: 'amount' });
    expect(byAmount.rows.map((r) => [r.title, r.amountUsd])).toEqual([[SENATE, 13_600_000_000]]);
    expect(getAidTotals({ asof: BEFORE_EDITS }).committedUsd).toBe(13_800_000_000);
  });

  it('leaves today as it is, before and after a read as of a day', () => {
    const now = titles({});
    expect(now).toContain('Senate aid, corrected');
    listAid({ asof: BEFORE_EDITS }, page);
    expect(titles({})).toEqual(now);
    expect(getAidTotals({}).committedUsd).toBe(14_200_000_000);
  });

  it('reads every list as of the day before the tracker held anything', () => {
    const loadedDay = LOADED.slice(0, 10);
    const dayBefore = '2025-12-31';
    expect(getEarliestDay()).toBe(loadedDay);
    for (const list of [listAid, listSanctions, listEvents, listParties, listSources] as const) {
      expect(
        (list as (f: object, p: typeof page) => { total: number })({ asof: dayBefore }, page).total,
      ).toBe(0);
      expect(
        (list as (f: object, p: typeof page) => { total: number })({ asof: loadedDay }, page).total,
      ).toBeGreaterThan(0);
    }
  });
});

describe('asof on a party page and the overview', () => {
  it('shows a donor’s figures as they stood', () => {
    const before = getParty('united-states', { asof: BEFORE_EDITS });
    const now = getParty('united-states', { asof: today });
    expect(before?.figures.given.committedUsd).toBe(13_800_000_000);
    expect(now?.figures.given.committedUsd).toBe(14_200_000_000);
    expect(before?.activity.aidGiven.rows.map((r) => r.title)).toContain(SENATE);
    expect(before?.asof).toBe(BEFORE_EDITS);
    expect(getParty('united-states')?.asof).toBeUndefined();
  });

  it('charts and timeline as they stood', () => {
    const titlesOf = (asof: string) => listTimeline({ asof }).entries.map((e) => e.title);
    expect(titlesOf(BEFORE_EDITS)).toContain(SENATE);
    expect(titlesOf(BEFORE_EDITS)).not.toContain('A package added today');
    expect(titlesOf(today)).toContain('A package added today');
    const donors = (asof?: string) => listAidByDonor({ asof }).donors.map((d) => d.usd);
    expect(donors(BEFORE_EDITS)).toEqual([13_800_000_000]);
    expect(donors()).toEqual([14_200_000_000]);
  });
});

describe('the overview in one rewind', () => {
  it('reads every section as of the day', () => {
    const then = readOverviewAsOf({ asof: BEFORE_EDITS });
    expect(then.headlines.aid.committedUsd).toBe(13_800_000_000);
    expect(then.aidCharts.totals.committedUsd).toBe(13_800_000_000);
    expect(then.timeline.entries.map((e) => e.title)).toContain(SENATE);
    expect(readOverviewAsOf({ asof: today }).headlines.aid.committedUsd).toBe(14_200_000_000);
  });
});
