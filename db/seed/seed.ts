import type { Db } from '../client';
import { parties } from '../schema';
import { loadReferenceData } from './reference-data';

/**
 * The reference data, for a file just created (openDatabase's `whenNew`): `npm start` on a
 * bare machine shows the founding article's figures. An existing file is never overwritten:
 * one that already holds parties is left as it is. Returns whether it loaded anything.
 */
export function seedNewDatabase(db: Db): boolean {
  if (db.select({ id: parties.id }).from(parties).limit(1).get()) return false;
  loadReferenceData(db);
  return true;
}
