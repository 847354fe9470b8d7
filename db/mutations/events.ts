import 'server-only';
import { eq } from 'drizzle-orm';
import type { EventInput } from '@/domain/validation/event';
import type { Db } from '../client';
import { eventParties, events } from '../schema';
import { recordAudit } from './audit';
import { replaceCitations } from './citations';
import { claimVersion, setRetired, snapshot } from './entries';
import { requireLiveParties } from './parties-exist';
import { writeTransaction } from './transaction';

const fields = ({ citations, partyIds, ...values }: EventInput) => values;

function setParties(db: Db, eventId: number, partyIds: number[]): void {
  db.delete(eventParties).where(eq(eventParties.eventId, eventId)).run();
  db.insert(eventParties)
    .values(partyIds.map((partyId) => ({ eventId, partyId })))
    .run();
}

export function createEvent(input: EventInput, userId: number): { id: number } {
  return writeTransaction((db) => {
    requireLiveParties(db, { partyIds: input.partyIds });
    const { id } = db.insert(events).values(fields(input)).returning({ id: events.id }).get();
    setParties(db, id, input.partyIds);
    replaceCitations(db, { eventId: id }, input.citations, userId);
    recordAudit(db, {
      userId,
      action: 'create',
      entityType: 'event',
      entityId: id,
      before: null,
      after: snapshot(db, 'event', id),
    });
    return { id };
  });
}

export function updateEvent(id: number, expectedVersion: number, input: EventInput, userId: number): void {
  writeTransaction((db) => {
    const before = snapshot(db, 'event', id);
    claimVersion(db, 'event', id, expectedVersion);
    requireLiveParties(db, { partyIds: input.partyIds });
    db.update(events).set(fields(input)).where(eq(events.id, id)).run();
    setParties(db, id, input.partyIds);
    replaceCitations(db, { eventId: id }, input.citations, userId);
    recordAudit(db, {
      userId,
      action: 'update',
      entityType: 'event',
      entityId: id,
      before,
      after: snapshot(db, 'event', id),
    });
  });
}

export function retireEvent(id: number, expectedVersion: number, userId: number): void {
  writeTransaction((db) => setRetired(db, 'event', id, expectedVersion, userId, true));
}

export function restoreEvent(id: number, expectedVersion: number, userId: number): void {
  writeTransaction((db) => setRetired(db, 'event', id, expectedVersion, userId, false));
}
