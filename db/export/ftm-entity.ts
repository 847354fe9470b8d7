// What the FollowTheMoney export's parts share: the entity shape and how ids and
// properties are written.

export interface FtmEntity {
  id: string;
  schema: string;
  properties: Record<string, string[]>;
}

/** Rows read at once: memory follows this, not the table. */
export const CHUNK = 1000;

/** The last id of each table when the export started. */
export interface Bounds {
  parties: number;
  sanctions: number;
  aid: number;
}

/** A row's entities (an Identification comes before its holder), keyed by the row's id. */
export interface ChunkRow {
  id: number;
  entities: FtmEntity[];
}

/** A party's entity id: the FtM id it came with, else one namespaced by the tracker's id. */
export const partyEntityId = (id: number, ftmId: string | null) => ftmId ?? `tracker-party-${id}`;

/** Properties without the empty ones (FtM writes no empty lists). */
export function props(values: Record<string, (string | null | undefined)[]>): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [key, list] of Object.entries(values)) {
    const kept = list.filter((v): v is string => typeof v === 'string' && v !== '');
    if (kept.length > 0) out[key] = kept;
  }
  return out;
}
