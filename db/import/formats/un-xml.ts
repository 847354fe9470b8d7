// Reads the UN Security Council Consolidated List (the XML of sc-sanctions.xsd): each
// INDIVIDUAL and ENTITY gives one party and one sanction per measure it is listed for; the
// root's dateGenerated is the list's version date.
//
// The whole file is refused (the promise rejects) when it declares a DOCTYPE, is not XML or
// is not this list. A file that breaks off or goes wrong after the first entries makes the
// records iteration throw, with the line and the parser's reason: the importer must then keep
// none of what it read.

import path from 'node:path';
import type { ImportedRecord, ListDescription, ParsedFile } from '../records';
import { unEntryRecords } from './un-entry';
import { type XmlElement, XmlRefused, readXmlEntries } from './xml-elements';

const ROOT = 'CONSOLIDATED_LIST';

const UN_LIST: ListDescription = {
  title: 'United Nations Security Council Consolidated List',
  publisher: 'United Nations Security Council',
  url: 'https://main.un.org/securitycouncil/en/content/un-sc-consolidated-list',
  language: 'en',
};

/** CONSOLIDATED_LIST/INDIVIDUALS/INDIVIDUAL and CONSOLIDATED_LIST/ENTITIES/ENTITY. */
function isEntry(names: string[]): boolean {
  return (
    names.length === 3 &&
    ((names[1] === 'INDIVIDUALS' && names[2] === 'INDIVIDUAL') ||
      (names[1] === 'ENTITIES' && names[2] === 'ENTITY'))
  );
}

export async function readUnXml(file: string): Promise<ParsedFile> {
  const { root, entries, close } = await readXmlEntries(file, isEntry);
  if (root.name !== ROOT) {
    close();
    throw new XmlRefused(
      `${path.basename(file)} is not the UN Consolidated List: its root element is <${root.name}>, not <${ROOT}>`,
    );
  }
  const generated = root.attributes.dateGenerated?.match(/^\d{4}-\d{2}-\d{2}/)?.[0];
  const list: ListDescription = generated ? { ...UN_LIST, versionDate: generated } : UN_LIST;
  return { list, records: records(entries) };
}

async function* records(entries: AsyncGenerator<XmlElement>): AsyncGenerator<ImportedRecord> {
  const seenDataIds = new Map<string, string>();
  const counts: Record<string, number> = {};
  for await (const entry of entries) {
    const index = (counts[entry.name] = (counts[entry.name] ?? 0) + 1);
    const reference = entry.children.find((c) => c.name === 'REFERENCE_NUMBER')?.text.trim();
    const at = `${entry.name}[${index}]${reference ? ` (${reference})` : ''}`;
    yield* unEntryRecords(entry, { at, seenDataIds });
  }
}
