import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventForm } from '@/domain/validation/event';
import { partyForm } from '@/domain/validation/party';
import { sanctionForm } from '@/domain/validation/sanction';
import { sourceFields } from '@/domain/validation/source';
import { getDb } from '../index';
import { useTempAppDatabase } from '../testing/app-database';
import { InvalidInputError } from './errors';
import { createEvent, updateEvent } from './events';
import { createParty, retireParty, updateParty } from './parties';
import { createSanction } from './sanctions';
import { createSource, retireSource } from './sources';

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

const db = () => getDb().$client;
const partyId = (slug: string) =>
  db().prepare('SELECT id FROM parties WHERE slug = ?').pluck().get(slug) as number;
const cite = JSON.stringify([{ sourceId: 1, quote: 'citation' }]);
const lastAudit = () =>
  db().prepare('SELECT action, entity_type AS type FROM audit_log ORDER BY id DESC LIMIT 1').get();

describe('sanction, event, party and source mutations', () => {
  it('creates a sanction with its citation and audit entry', () => {
    const { id } = createSanction(
      sanctionForm.parse({
        imposingId: String(partyId('european-union')),
        targetId: String(partyId('vladimir-putin')),
        measure: 'asset_freeze',
        status: 'imposed',
        announcedOn: '2022-02-25',
        effectiveOn: '2022-02-26',
        title: 'EU freezes Putin’s assets',
        citations: cite,
      }),
      editor,
    );
    expect(db().prepare('SELECT count(*) FROM citations WHERE sanction_id = ?').pluck().get(id)).toBe(1);
    expect(lastAudit()).toEqual({ action: 'create', type: 'sanction' });
  });

  it('creates and edits an event with its parties', () => {
    const parties = [partyId('russia'), partyId('ukraine')].map(String);
    const { id } = createEvent(
      eventForm.parse({
        occurredOn: '2022-03-29',
        title: 'Istanbul talks',
        partyIds: parties,
        citations: cite,
      }),
      editor,
    );
    updateEvent(
      id,
      1,
      eventForm.parse({
        occurredOn: '2022-03-29',
        title: 'Istanbul talks',
        partyIds: [parties[0]],
        citations: cite,
      }),
      editor,
    );
    expect(db().prepare('SELECT party_id FROM event_parties WHERE event_id = ?').pluck().all(id)).toEqual([
      partyId('russia'),
    ]);
  });

  it('refuses a slug already taken and a parent loop', () => {
    const { id } = createParty(
      partyForm.parse({
        name: 'Rosneft',
        kind: 'company',
        countryCode: 'RU',
        parentId: String(partyId('russia')),
      }),
      editor,
    );
    expect(() => createParty(partyForm.parse({ name: 'Rosneft', kind: 'company' }), editor)).toThrow(
      /already the address of Rosneft/,
    );
    const russia = partyId('russia');
    expect(() =>
      updateParty(
        russia,
        1,
        partyForm.parse({ name: 'Russia', kind: 'state', countryCode: 'RU', parentId: String(id) }),
        editor,
      ),
    ).toThrow(/loop/);
  });

  it('refuses to retire a party or a source still in use', () => {
    expect(() => retireParty(partyId('ukraine'), 1, editor)).toThrow(InvalidInputError);
    expect(() => retireParty(partyId('ukraine'), 1, editor)).toThrow(/still named by 2 aid packages/);
    expect(() => retireSource(1, 1, editor)).toThrow(/still cited by/);
    const { id } = createSource(sourceFields.parse({ title: 'Unused', language: 'en' }), editor);
    retireSource(id, 1, editor);
    expect(lastAudit()).toEqual({ action: 'retire', type: 'source' });
  });
});
