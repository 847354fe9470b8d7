import { and, inArray, isNull } from 'drizzle-orm';
import type { Db } from '../client';
import { parties } from '../schema';
import { InvalidInputError } from './errors';

/** Refuses party ids that name no live party, with a message at each field. */
export function requireLiveParties(db: Db, fields: Record<string, number | number[]>): void {
  const ids = Object.values(fields).flat();
  const live = new Set(
    db
      .select({ id: parties.id })
      .from(parties)
      .where(and(inArray(parties.id, ids), isNull(parties.retiredAt)))
      .all()
      .map((p) => p.id),
  );
  const errors: Record<string, string[]> = {};
  for (const [field, value] of Object.entries(fields)) {
    if ([value].flat().some((id) => !live.has(id)))
      errors[field] = ['That party does not exist or was retired; pick another.'];
  }
  if (Object.keys(errors).length > 0) throw new InvalidInputError(errors);
}
