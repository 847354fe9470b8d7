import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { aidForm } from '@/domain/validation/aid';
import { entryRef } from '@/domain/validation/entry-ref';
import { eventForm } from '@/domain/validation/event';
import { partyForm } from '@/domain/validation/party';
import { sanctionForm } from '@/domain/validation/sanction';
import { sourceFields } from '@/domain/validation/source';
import { getDb } from '../index';
import { useTempAppDatabase } from '../testing/app-database';
import {
  aidInput,
  entryRefInput,
  eventInput,
  partyInput,
  sanctionInput,
  sourceInput,
} from '../testing/hostile-input';
import { createAidPackage, retireAidPackage, restoreAidPackage, updateAidPackage } from './aid';
import { ConflictError, EntryNotFoundError, InvalidInputError, LikelyDuplicateError } from './errors';
import { createEvent, retireEvent, restoreEvent, updateEvent } from './events';
import { createParty, retireParty, restoreParty, updateParty } from './parties';
import { createSanction, retireSanction, restoreSanction, updateSanction } from './sanctions';
import { createSource, retireSource, restoreSource, updateSource } from './sources';

// Whatever passes validation, the write layer either stores it — every field as parsed,
// with its audit entry, inside the database's CHECKs — or refuses it with a message and
// changes nothing. Any other outcome (a CHECK violation, a TypeError) fails the property.

let cleanup: () => void;
let editor: number;
beforeAll(() => {
  cleanup = useTempAppDatabase();
  editor = Number(
    getDb()
      .$client.prepare(`INSERT INTO users (email, name, password_hash) VALUES ('p@x.org', 'P', 'x')`)
      .run().lastInsertRowid,
  );
});
afterAll(() => cleanup());

const TABLES = [
  'aid_packages',
  'sanctions',
  'events',
  'event_parties',
  'parties',
  'sources',
  'citations',
  'audit_log',
];
const counts = () =>
  Object.fromEntries(
    TABLES.map((t) => [t, getDb().$client.prepare(`SELECT count(*) FROM ${t}`).pluck().get()]),
  );
const EXPECTED = [InvalidInputError, ConflictError, EntryNotFoundError, LikelyDuplicateError];

/** Runs a write; returns whether it stored. An unexpected throw fails the test. */
function attempt(write: () => void): boolean {
  const before = counts();
  try {
    write();
  } catch (error) {
    expect(
      EXPECTED.some((type) => error instanceof type),
      String(error),
    ).toBe(true);
    expect((error as Error).message.trim()).not.toBe('');
    expect(counts()).toEqual(before);
    return false;
  }
  expect(counts().audit_log).toBeGreaterThan(before.audit_log as number);
  return true;
}

interface Entity {
  name: string;
  table: string;
  schema: z.ZodType;
  input: fc.Arbitrary<Record<string, unknown>>;
  /** The parsed fields that are columns of `table`. */
  columns: (parsed: Record<string, unknown>) => Record<string, unknown>;
  create: (input: never, userId: number) => { id: number };
  update: (id: number, version: number, input: never, userId: number) => void;
  retire: (id: number, version: number, userId: number) => void;
  restore: (id: number, version: number, userId: number) => void;
}

const without =
  (...keys: string[]) =>
  (parsed: Record<string, unknown>) =>
    Object.fromEntries(Object.entries(parsed).filter(([k]) => !keys.includes(k)));

const ENTITIES: Entity[] = [
  {
    name: 'aid package',
    table: 'aid_packages',
    schema: aidForm,
    input: aidInput,
    columns: without('citations', 'confirmDuplicate'),
    create: createAidPackage,
    update: updateAidPackage,
    retire: retireAidPackage,
    restore: restoreAidPackage,
  },
  {
    name: 'sanction',
    table: 'sanctions',
    schema: sanctionForm,
    input: sanctionInput,
    columns: without('citations'),
    create: createSanction,
    update: updateSanction,
    retire: retireSanction,
    restore: restoreSanction,
  },
  {
    name: 'event',
    table: 'events',
    schema: eventForm,
    input: eventInput,
    columns: without('citations', 'partyIds'),
    create: createEvent,
    update: updateEvent,
    retire: retireEvent,
    restore: restoreEvent,
  },
  {
    name: 'party',
    table: 'parties',
    schema: partyForm,
    input: partyInput,
    columns: without(),
    create: createParty,
    update: updateParty,
    retire: retireParty,
    restore: restoreParty,
  },
  {
    name: 'source',
    table: 'sources',
    schema: sourceFields,
    input: sourceInput,
    columns: without(),
    create: createSource,
    update: updateSource,
    retire: retireSource,
    restore: restoreSource,
  },
];

const snakeCase = (key: string) => key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/** The stored row equals what was parsed, field by field (no truncation, no re-encoding). */
function expectStored(entity: Entity, id: number, parsed: Record<string, unknown>): void {
  const row = getDb().$client.prepare(`SELECT * FROM ${entity.table} WHERE id = ?`).get(id) as Record<
    string,
    unknown
  >;
  const expected = Object.fromEntries(
    Object.entries(entity.columns(parsed)).map(([k, v]) => [snakeCase(k), v]),
  );
  expect(row).toMatchObject(expected);
}

describe.each(ENTITIES)('$name writes with arbitrary input', (entity) => {
  it('store exactly what passed validation, or refuse with a message and change nothing', () => {
    let stored = 0;
    const op = fc.record({
      form: entity.input,
      ref: entryRefInput,
      kind: fc.constantFrom('create', 'create', 'update', 'retire', 'restore'),
    });
    fc.assert(
      fc.property(op, ({ form, ref, kind }) => {
        const target = entryRef.safeParse(ref);
        const parsed = entity.schema.safeParse(form);
        if (kind === 'create' && parsed.success) {
          let id = 0;
          if (attempt(() => ({ id } = entity.create(parsed.data as never, editor)))) {
            stored++;
            expectStored(entity, id, parsed.data as Record<string, unknown>);
          }
        }
        if (!target.success || target.data.id === undefined) return;
        const { id, version } = target.data;
        if (
          kind === 'update' &&
          parsed.success &&
          attempt(() => entity.update(id, version, parsed.data as never, editor))
        ) {
          stored++;
          expectStored(entity, id, parsed.data as Record<string, unknown>);
        }
        if (kind === 'retire' && attempt(() => entity.retire(id, version, editor))) stored++;
        if (kind === 'restore' && attempt(() => entity.restore(id, version, editor))) stored++;
      }),
      // 500: at 250, aid packages stored 10-24 times in most runs but as few as 5 in one
      // clean-clone CI run, failing the floor below by chance.
      { numRuns: 500 },
    );
    // The property says little unless a fair share of the runs got as far as a write.
    expect(stored).toBeGreaterThan(5);
  });
});
