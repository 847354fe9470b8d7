// What the audit log's snapshots of an entry hold beyond their own fields: the history
// query fills in the names, the diff shows them.

/** Names of the parties and sources a snapshot refers to by id, so a diff can show names. */
export interface SnapshotNames {
  parties: Record<number, string>;
  sources: Record<number, string>;
}

/** Snapshot fields holding party ids (one, or a list for an event's parties). */
export const PARTY_FIELDS = new Set([
  'donorId',
  'recipientId',
  'imposingId',
  'targetId',
  'parentId',
  'partyIds',
]);
