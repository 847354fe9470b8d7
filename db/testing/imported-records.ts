import type {
  ImportedAid,
  ImportedParty,
  ImportedRecord,
  ImportedSanction,
  ParsedFile,
  RowError,
} from '../import/records';

export interface ReadRecords {
  parties: ImportedParty[];
  sanctions: ImportedSanction[];
  aid: ImportedAid[];
  errors: RowError[];
}

/** Every record a format reader gives, sorted by type, for the readers' tests. */
export async function readAll(parsed: ParsedFile): Promise<ReadRecords> {
  const read: ReadRecords = { parties: [], sanctions: [], aid: [], errors: [] };
  for await (const record of parsed.records as AsyncIterable<ImportedRecord>) {
    if (record.type === 'party') read.parties.push(record.party);
    else if (record.type === 'sanction') read.sanctions.push(record.sanction);
    else if (record.type === 'aid') read.aid.push(record.aid);
    else if (record.type === 'error') read.errors.push(record.error);
  }
  return read;
}

/** The party with this list key; fails the test when there is none. */
export function partyByKey(read: ReadRecords, listKey: string): ImportedParty {
  const party = read.parties.find((p) => p.listKey === listKey);
  if (!party) throw new Error(`no party ${listKey}`);
  return party;
}
