import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sanctionForm } from '@/domain/validation/sanction';
import { getDb } from '../../index';
import { restoreAidPackage, retireAidPackage } from '../../mutations/aid';
import { retireEvent } from '../../mutations/events';
import { retireSanction, updateSanction } from '../../mutations/sanctions';
import { useTempAppDatabase } from '../../testing/app-database';
import { listAdminAid } from '../aid/admin-aid';
import { getEventForEdit, listAdminEvents } from '../events/admin-events';
import { getPartyForEdit, listAdminParties } from '../parties/admin-parties';
import { getSanctionForEdit, listAdminSanctions } from '../sanctions/admin-sanctions';
import { getSourceForEdit, listAdminSources } from '../sources/admin-sources';
import { listHistory } from './history';

let cleanup: () => void;
let editor: number;
beforeAll(() => {
  cleanup = useTempAppDatabase();
  editor = Number(
    getDb()
      .$client.prepare(`INSERT INTO users (email, name, password_hash) VALUES ('e@x.org', 'E', 'x')`)
      .run().lastInsertRowid,
  );
});
afterAll(() => cleanup());

const page = { page: 1, pageSize: 25 };
const db = () => getDb().$client;
const partyId = (slug: string) =>
  db().prepare('SELECT id FROM parties WHERE slug = ?').pluck().get(slug) as number;
const SOURCE_TITLE = 'La Russie a demandé à la Chine une aide militaire et économique';

describe('admin aid', () => {
  it('counts live, retired and all packages as listed, and searches titles', () => {
    const live = listAdminAid(undefined, 'live', page);
    expect(live.total).toBe(live.rows.length);
    expect(live.total).toBeGreaterThan(1);
    const id = live.rows.at(-1)!.id;
    retireAidPackage(id, 1, editor);
    try {
      expect(listAdminAid(undefined, 'live', page).total).toBe(live.total - 1);
      expect(listAdminAid(undefined, 'retired', page)).toMatchObject({ total: 1, rows: [{ id }] });
      const all = listAdminAid(undefined, 'all', page);
      expect(all.total).toBe(live.total);
      // Last edited first.
      expect(all.rows[0]!.id).toBe(id);
      const title = live.rows[0]!.title;
      expect(listAdminAid(title.slice(2, 12), 'all', page).rows.map((r) => r.title)).toContain(title);
      expect(listAdminAid('%', 'all', page).total).toBe(0);
    } finally {
      restoreAidPackage(id, 2, editor);
    }
  });
});

describe('admin sanctions', () => {
  it('lists every live sanction with its parties, and searches titles', () => {
    const all = listAdminSanctions(undefined, 'live', page);
    expect(all.total).toBe(10);
    expect(
      all.rows
        .filter((r) => r.imposing === 'United Kingdom')
        .map((r) => r.target)
        .sort(),
    ).toEqual(['Government of Russia', 'Russian businesses', 'Vladimir Putin']);
    const found = listAdminSanctions('consequences', 'live', page);
    expect(found.rows).toMatchObject([
      { imposing: 'United States', target: 'China', measure: 'other', status: 'threatened', retiredAt: null },
    ]);
    // LIKE wildcards typed by the editor are taken literally.
    expect(listAdminSanctions('%', 'live', page).total).toBe(0);
  });

  it('gives the stored values, parties and citations for the edit form', () => {
    const id = listAdminSanctions('consequences', 'live', page).rows[0]!.id;
    expect(getSanctionForEdit(id)).toMatchObject({
      id,
      version: 1,
      retiredAt: null,
      values: {
        measure: 'other',
        status: 'threatened',
        announcedOn: '2022-03-13',
        effectiveOn: '',
        liftedOn: '',
        legalBasis: '',
      },
      imposing: { id: partyId('united-states'), label: 'United States' },
      target: { id: partyId('china'), label: 'China' },
      citations: [
        {
          source: { id: 1, label: SOURCE_TITLE },
          quote: expect.stringContaining('absolument des conséquences'),
        },
      ],
    });
    expect(getSanctionForEdit(9999)).toBeNull();
  });

  it('keeps retired sanctions apart: shown under retired and all, still editable', () => {
    const id = listAdminSanctions('consequences', 'live', page).rows[0]!.id;
    retireSanction(id, 1, editor);
    expect(listAdminSanctions(undefined, 'live', page).total).toBe(9);
    expect(listAdminSanctions(undefined, 'retired', page).rows.map((r) => r.id)).toEqual([id]);
    expect(listAdminSanctions(undefined, 'all', page).total).toBe(10);
    // Last edited first.
    expect(listAdminSanctions(undefined, 'all', page).rows[0]!.id).toBe(id);
    expect(getSanctionForEdit(id)).toMatchObject({ version: 2, retiredAt: expect.any(String) });
  });

  it('pages through the list', () => {
    const second = listAdminSanctions(undefined, 'all', { page: 2, pageSize: 4 });
    expect(second).toMatchObject({ total: 10, page: 2, pageCount: 3, pageSize: 4 });
    expect(second.rows).toHaveLength(4);
    expect(listAdminSanctions(undefined, 'all', { page: 99, pageSize: 4 }).page).toBe(3);
  });
});

describe('admin events', () => {
  it('lists events with their parties by name, and searches titles', () => {
    expect(listAdminEvents(undefined, 'live', page).total).toBe(4);
    expect(listAdminEvents('invasion', 'live', page).rows).toMatchObject([
      {
        title: 'Russia’s full-scale invasion of Ukraine',
        occurredOn: '2022-02-24',
        parties: 'Russia, Ukraine',
      },
    ]);
  });

  it('gives the event with its parties and citations for the edit form, and moves it under retired', () => {
    const id = listAdminEvents('Putin meets', 'live', page).rows[0]!.id;
    const event = getEventForEdit(id);
    expect(event?.values).toEqual({
      occurredOn: '2022-02-04',
      title: expect.stringContaining('without limits'),
      description: '',
    });
    expect(event?.parties.map((p) => p.label)).toEqual(['China', 'Russia', 'Vladimir Putin', 'Xi Jinping']);
    expect(event?.citations).toHaveLength(1);
    retireEvent(id, 1, editor);
    expect(listAdminEvents(undefined, 'retired', page).rows.map((r) => r.id)).toEqual([id]);
    expect(getEventForEdit(id)?.retiredAt).not.toBeNull();
  });
});

describe('admin parties', () => {
  it('lists parties with their parent, and finds them by name or address name', () => {
    expect(listAdminParties(undefined, 'all', page).total).toBe(10);
    expect(listAdminParties('putin', 'live', page).rows).toMatchObject([
      { name: 'Vladimir Putin', slug: 'vladimir-putin', kind: 'person', countryCode: 'RU', parent: 'Russia' },
    ]);
    expect(listAdminParties('united-k', 'live', page).rows.map((r) => r.name)).toEqual(['United Kingdom']);
    expect(listAdminParties(undefined, 'retired', page).total).toBe(0);
  });

  it('gives a party for the edit form, with its parent as a picker choice', () => {
    expect(getPartyForEdit(partyId('xi-jinping'))).toMatchObject({
      slug: 'xi-jinping',
      values: { name: 'Xi Jinping', slug: 'xi-jinping', kind: 'person', countryCode: 'CN', description: '' },
      parent: { id: partyId('china'), label: 'China' },
    });
    expect(getPartyForEdit(partyId('european-union'))).toMatchObject({
      values: { countryCode: '' },
      parent: null,
    });
    expect(getPartyForEdit(9999)).toBeNull();
  });
});

describe('admin sources', () => {
  it('lists the reference source with the live entries citing it', () => {
    // 18 rows cite S1; one sanction and one event were retired above.
    expect(listAdminSources(undefined, 'live', page).rows).toMatchObject([
      { id: 1, title: SOURCE_TITLE, language: 'fr', citedBy: 16 },
    ]);
    expect(listAdminSources('CNN', 'live', page).total).toBe(1);
    expect(listAdminSources('nothing like this', 'live', page).total).toBe(0);
  });

  it('gives a source for the edit form, empty fields for what is unknown', () => {
    expect(getSourceForEdit(1)).toMatchObject({
      version: 1,
      citedBy: 16,
      values: { title: SOURCE_TITLE, url: '', publishedOn: '2022-03-14', language: 'fr' },
    });
    expect(getSourceForEdit(9999)).toBeNull();
  });
});

describe('history of an edit', () => {
  it('names the parties and sources a change refers to', () => {
    const id = listAdminSanctions('Economic sanctions', 'live', page).rows.at(-1)!.id;
    const entry = getSanctionForEdit(id)!;
    updateSanction(
      id,
      entry.version,
      sanctionForm.parse({
        ...entry.values,
        imposingId: String(entry.imposing.id),
        targetId: String(partyId('xi-jinping')),
        citations: JSON.stringify(entry.citations.map((c) => ({ sourceId: c.source.id, quote: c.quote }))),
      }),
      editor,
    );
    const [change] = listHistory({ entityType: 'sanction', entityId: id }, page).rows;
    expect(change?.names.parties[partyId('xi-jinping')]).toBe('Xi Jinping');
    expect(change?.names.parties[entry.target.id]).toBe(entry.target.label);
    expect(change?.names.sources[1]).toBe(SOURCE_TITLE);
  });
});
