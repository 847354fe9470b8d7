import 'server-only';
import { and, eq, ne } from 'drizzle-orm';
import type { PartyInput } from '@/domain/validation/party';
import type { Db } from '../client';
import { parties } from '../schema';
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

const USE_LABELS: Record<string, [string, string]> = {
  aid: ['aid package', 'aid packages'],
  sanctions: ['sanction', 'sanctions'],
  events: ['event', 'events'],
  children: ['party under it', 'parties under it'],
};

/** A party still named by live entries stays: retiring it would leave them pointing nowhere. */
function refuseIfInUse(db: Db, id: number): void {
  const uses = db.$client
    .prepare(
      `SELECT (SELECT count(*) FROM aid_packages WHERE retired_at IS NULL AND (donor_id = @id OR recipient_id = @id)) AS aid,
              (SELECT count(*) FROM sanctions WHERE retired_at IS NULL AND (imposing_id = @id OR target_id = @id)) AS sanctions,
              (SELECT count(*) FROM event_parties ep JOIN events e ON e.id = ep.event_id WHERE e.retired_at IS NULL AND ep.party_id = @id) AS events,
              (SELECT count(*) FROM parties WHERE retired_at IS NULL AND parent_id = @id) AS children`,
    )
    .get({ id }) as Record<string, number>;
  const named = Object.entries(uses)
    .filter(([, n]) => n > 0)
    .map(([what, n]) => `${n} ${USE_LABELS[what]?.[n === 1 ? 0 : 1] ?? what}`);
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
