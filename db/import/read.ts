// From a path to records: which format a file is, its SHA-256, and its reader.

import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import path from 'node:path';
import type { ImportFormat } from '@/domain/vocabulary';
import { entityOfHeader } from '@/domain/tracker-csv';
import { fileStart } from './formats/csv-rows';
import { readEuFsf } from './formats/eu-fsf';
import { readFtm } from './formats/ftm';
import { readFtsCsv } from './formats/fts-csv';
import { readOfacSdn } from './formats/ofac-sdn';
import { readOneCsv } from './formats/one-csv';
import { readTrackerCsv } from './formats/tracker-csv';
import { readUkXml } from './formats/uk-xml';
import { readUnXml } from './formats/un-xml';
import type { ParsedFile } from './records';

/** The reader of each format. */
const READERS: Record<ImportFormat, (file: string) => Promise<ParsedFile>> = {
  'ofac-sdn': readOfacSdn,
  'un-xml': readUnXml,
  'eu-fsf': readEuFsf,
  'uk-xml': readUkXml,
  ftm: readFtm,
  'fts-csv': readFtsCsv,
  'one-csv': readOneCsv,
  'tracker-csv': readTrackerCsv,
};

export class ImportRefused extends Error {}

/** The format a file looks like, from its name and first bytes; null when none fits. */
export async function detectFormat(file: string): Promise<ImportFormat | null> {
  const name = path.basename(file).toLowerCase();
  if (name === 'sdn.csv') return 'ofac-sdn';
  const head = await fileStart(file, 4096).catch((error: Error) => {
    throw new ImportRefused(error.message);
  });
  if (/<CONSOLIDATED_LIST\b/.test(head)) return 'un-xml';
  if (/<export\b[^>]*fsd/i.test(head)) return 'eu-fsf';
  if (/<Designations\b/.test(head)) return 'uk-xml';
  if (/^\s*\{/.test(head) && /"schema"\s*:/.test(head)) return 'ftm';
  const header = head.split(/\r?\n/, 1)[0] ?? '';
  if (/\bsrcOrganization\b/.test(header) && /\bdestOrganization\b/.test(header)) return 'fts-csv';
  if (/^Donor,Estimated ODA pledged to Ukraine/.test(header)) return 'one-csv';
  if (entityOfHeader(header.split(','))) return 'tracker-csv';
  return null;
}

export async function readImportFile(file: string, format: ImportFormat): Promise<ParsedFile> {
  const reader = READERS[format];
  try {
    return await reader(file);
  } catch (error) {
    throw new ImportRefused(error instanceof Error ? error.message : String(error));
  }
}

/** SHA-256 of what the import reads: OFAC's four files in order, any other file alone. */
export async function importSha256(file: string, format: ImportFormat): Promise<string> {
  const files =
    format === 'ofac-sdn'
      ? [file, ...['alt.csv', 'add.csv', 'sdn_comments.csv'].map((f) => path.join(path.dirname(file), f))]
      : [file];
  const hash = createHash('sha256');
  for (const f of files)
    await new Promise<void>((resolve, reject) =>
      createReadStream(f)
        .on('data', (chunk) => hash.update(chunk))
        .on('end', resolve)
        .on('error', (error) => reject(new ImportRefused(`Cannot read ${f}: ${error.message}`))),
    );
  return hash.digest('hex');
}
