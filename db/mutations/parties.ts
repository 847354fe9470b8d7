import 'server-only';
import { and, count, eq, isNull, ne, or } from 'drizzle-orm';
import type { PartyInput } from '@/domain/validation/party';
import { PARTY_USE_LABELS, PARTY_USES, type PartyUse } from '@/domain/vocabulary';
import type { Db } from '../client';
import { aidPackages, eventParties, events, parties, sanctions } from '../schema';
import { recordAudit } from './audit';
import { claimVersion, setRetired, snapshot } from './entries';
import { InvalidInputError } from './errors';
import { requireLiveParties } from './parties-exist';
import { writeTransaction } from './transaction';

function check(db: Db, input: PartyInput, id?: number): void {
  const clash = db
    .select({ name: parties.name })
    .from(parties)
    .where(and(eq(parties.slug, input.slug), id === undefined ? undefined : ne(parties.id, id)))
    .get();
  if (clash)
    throw new InvalidInputError({ slug: [`“${input.slug}” is already the address of ${clash.name}.`] });
  if (input.parentId !== null) {
    if (input.parentId === id)
      throw new InvalidInputError({ parentId: ['A party cannot be its own parent.'] });
    requireLiveParties(db, { parentId: input.parentId });
    // Walking up from the new parent must not lead back here.
    let cursor: number | null = input.parentId;
    for (let depth = 0; cursor !== null && depth < 100; depth++) {
      if (cursor === id)
        throw new InvalidInputError({
          parentId: ['That parent belongs to this party: it would make a loop.'],
        });
      cursor =
        db.select({ parentId: parties.parentId }).from(parties).where(eq(parties.id, cursor)).get()
          ?.parentId ?? null;
    }
  }
}

export function createParty(input: PartyInput, userId: number): { id: number } {
  return writeTransaction((db) => {
    check(db, input);
    const { id } = db.insert(parties).values(input).returning({ id: parties.id }).get();
    recordAudit(db, {
      userId,
      action: 'create',
      entityType: 'party',
      entityId: id,
      before: null,
      after: snapshot(db, 'party', id),
    });
    return { id };
  });
}

export function updateParty(id: number, expectedVersion: number, input: PartyInput, userId: number): void {
  writeTransaction((db) => {
    const before = snapshot(db, 'party', id);
    claimVersion(db, 'party', id, expectedVersion);
    check(db, input, id);
    db.update(parties).set(input).where(eq(parties.id, id)).run();
    recordAudit(db, {
      userId,
      action: 'update',
      entityType: 'party',
      entityId: id,
      before,
      after: snapshot(db, 'party', id),
    });
  });
}

/** A party still named by live entries stays: retiring it would leave them pointing nowhere. */
function refuseIfInUse(db: Db, id: number): void {
  const n = (query: { get: () => { n: number } | undefined }) => query.get()?.n ?? 0;
  const uses: Record<PartyUse, number> = {
    aid: n(
      db
        .select({ n: count() })
        .from(aidPackages)
        .where(
          and(
            isNull(aidPackages.retiredAt),
            or(eq(aidPackages.donorId, id), eq(aidPackages.recipientId, id)),
          ),
        ),
    ),
    sanctions: n(
      db
        .select({ n: count() })
        .from(sanctions)
        .where(
          and(isNull(sanctions.retiredAt), or(eq(sanctions.imposingId, id), eq(sanctions.targetId, id))),
        ),
    ),
    events: n(
      db
        .select({ n: count() })
        .from(eventParties)
        .innerJoin(events, eq(events.id, eventParties.eventId))
        .where(and(isNull(events.retiredAt), eq(eventParties.partyId, id))),
    ),
    children: n(
      db
        .select({ n: count() })
        .from(parties)
        .where(and(isNull(parties.retiredAt), eq(parties.parentId, id))),
    ),
  };
  const named = PARTY_USES.filter((use) => uses[use] > 0).map(
    (use) => `${uses[use]} ${PARTY_USE_LABELS[use][uses[use] === 1 ? 0 : 1]}`,
  );
  if (named.length > 0) {
    throw new InvalidInputError({
      form: [`This party is still named by ${named.join(', ')}. Retire or change those first.`],
    });
  }
}

export function retireParty(id: number, expectedVersion: number, userId: number): void {
  writeTransaction((db) => {
    refuseIfInUse(db, id);
    setRetired(db, 'party', id, expectedVersion, userId, true);
  });
}

export function restoreParty(id: number, expectedVersion: number, userId: number): void {
  writeTransaction((db) => setRetired(db, 'party', id, expectedVersion, userId, false));
}
