// Reads the UK Sanctions List XML the FCDO publishes (root <Designations>): each <Designation>
// gives one party and one sanction per measure imposed on it (uk-designation.ts); the root's
// <DateGenerated> child, ahead of the designations, is the list's version date.
//
// As with the UN list (un-xml.ts), the whole file is refused (the promise rejects) when it
// declares a DOCTYPE, is not XML or is not this list; a file that breaks off or goes wrong
// after the first designations makes the records iteration throw, with the line and the
// parser's reason, and the importer must then keep none of what it read.

import path from 'node:path';
import type { ImportedRecord, ListDescription, ParsedFile } from '../records';
import { ukDate, ukDesignationRecords } from './uk-designation';
import { type XmlElement, XmlRefused, readXmlEntries } from './xml-elements';

const ROOT = 'Designations';
const ENTRY = 'Designation';

const UK_LIST: ListDescription = {
  title: 'UK Sanctions List',
  publisher: 'Foreign, Commonwealth & Development Office',
  url: 'https://www.gov.uk/government/publications/the-uk-sanctions-list',
  language: 'en',
};

/** Designations/Designation, and Designations/DateGenerated for the version date. */
function isEntry(names: string[]): boolean {
  return names.length === 2 && (names[1] === ENTRY || names[1] === 'DateGenerated');
}

export async function readUkXml(file: string): Promise<ParsedFile> {
  const { root, entries, close } = await readXmlEntries(file, isEntry);
  if (root.name !== ROOT) {
    close();
    throw new XmlRefused(
      `${path.basename(file)} is not the UK Sanctions List: its root element is <${root.name}>, not <${ROOT}>`,
    );
  }
  // The FCDO writes DateGenerated before the first designation: read up to there, so that the
  // list's description is whole before its records are.
  let versionDate: string | undefined;
  let first: XmlElement | undefined;
  for (;;) {
    const next = await entries.next();
    if (next.done) break;
    if (next.value.name === ENTRY) {
      first = next.value;
      break;
    }
    versionDate = ukDate(next.value.text.trim()) ?? versionDate;
  }
  const list: ListDescription = versionDate ? { ...UK_LIST, versionDate } : UK_LIST;
  return { list, records: records(first, entries) };
}

async function* records(
  first: XmlElement | undefined,
  entries: AsyncGenerator<XmlElement>,
): AsyncGenerator<ImportedRecord> {
  const seen = new Map<string, string>();
  let index = 0;
  const read = function* (entry: XmlElement) {
    if (entry.name !== ENTRY) return; // a second DateGenerated says nothing new
    yield* ukDesignationRecords(entry, { index: ++index, seen });
  };
  if (first) yield* read(first);
  for await (const entry of entries) yield* read(entry);
}
