import 'server-only';
import { randomUUID } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { resolveDatabasePath } from '@/db/client';
import { getDb } from '@/db';
import { planImport, type ImportPlan } from '@/db/import/plan';
import { detectFormat, importSha256, ImportRefused, readImportFile } from '@/db/import/read';
import { NO_RESOLUTIONS, resolutions, type Resolutions } from '@/domain/validation/import-resolutions';
import { IMPORT_FORMATS, type ImportFormat } from '@/domain/vocabulary';

// A file uploaded on the import page waits beside the database (its folder is the
// process's own, 0700) until the editor confirms or cancels; the preview and the
// confirmation each read it afresh, so what is applied is planned against the data as it
// stands at that moment.

// Loose: a field another feature keeps in upload.json survives a save of the choices.
const uploadMeta = z.looseObject({
  format: z.enum(IMPORT_FORMATS),
  asOf: z.string(),
  /** The file the import is named by (OFAC: sdn.csv). */
  main: z.string(),
  files: z.array(z.string()),
  /** The editor's choices for what the preview found ambiguous. */
  resolutions: resolutions.default(NO_RESOLUTIONS),
});
type UploadMeta = z.infer<typeof uploadMeta>;

const TOKEN = /^[0-9a-f-]{36}$/;
const OFAC_FILES = ['sdn.csv', 'alt.csv', 'add.csv', 'sdn_comments.csv'];

const uploadsDir = () => path.join(path.dirname(resolveDatabasePath()), 'imports');
/** The upload's folder; refuses a token that is not one. */
export const folderOf = (token: string) => {
  if (!TOKEN.test(token)) throw new ImportRefused('This import is unknown or already done.');
  return path.join(uploadsDir(), token);
};

/** Keeps the uploaded files and returns the token the preview is opened with. */
export async function saveUpload(files: File[], format: string, asOf: string): Promise<string> {
  if (files.length === 0) throw new ImportRefused('Choose a file to import.');
  const names = files.map((f) => path.basename(f.name).replace(/[^\w.-]+/g, '_'));
  if (new Set(names).size !== names.length) throw new ImportRefused('Two of the files have the same name.');
  const token = randomUUID();
  const dir = path.join(uploadsDir(), token);
  mkdirSync(dir, { recursive: true });
  try {
    for (const [i, file] of files.entries())
      writeFileSync(path.join(dir, names[i]!), Buffer.from(await file.arrayBuffer()));
    const chosen = format === '' ? await detect(dir, names) : format;
    if (!IMPORT_FORMATS.includes(chosen as ImportFormat))
      throw new ImportRefused(`Cannot tell the format of ${names.join(', ')}; choose it in the list.`);
    const ofac = chosen === 'ofac-sdn';
    if (ofac && !OFAC_FILES.every((f) => names.includes(f)))
      throw new ImportRefused(`An OFAC import needs its four files together: ${OFAC_FILES.join(', ')}.`);
    if (!ofac && names.length > 1) throw new ImportRefused('Choose one file (four only for an OFAC list).');
    const meta: UploadMeta = {
      format: chosen as ImportFormat,
      asOf,
      main: ofac ? 'sdn.csv' : names[0]!,
      files: names,
      resolutions: NO_RESOLUTIONS,
    };
    writeFileSync(path.join(dir, 'upload.json'), JSON.stringify(meta));
    return token;
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
}

async function detect(dir: string, names: string[]): Promise<string> {
  if (names.includes('sdn.csv')) return 'ofac-sdn';
  return (await detectFormat(path.join(dir, names[0]!))) ?? '';
}

function readMeta(dir: string): UploadMeta {
  try {
    return uploadMeta.parse(JSON.parse(readFileSync(path.join(dir, 'upload.json'), 'utf8')));
  } catch {
    throw new ImportRefused('This import is unknown or already done.');
  }
}

/** Keeps the editor's choices with the upload, over those made before for the same entries. */
export function saveResolutions(token: string, chosen: Resolutions): void {
  const dir = folderOf(token);
  const meta = readMeta(dir);
  meta.resolutions = {
    parties: { ...meta.resolutions.parties, ...chosen.parties },
    aidNames: { ...meta.resolutions.aidNames, ...chosen.aidNames },
  };
  // Renamed into place, so a preview reading it meanwhile sees the old choices or the new.
  writeFileSync(path.join(dir, 'upload.json.next'), JSON.stringify(meta));
  renameSync(path.join(dir, 'upload.json.next'), path.join(dir, 'upload.json'));
}

/**
 * The plan of an upload, with the editor's choices, against the data as it is now;
 * `onRead` hears the records read so far.
 */
export async function planUpload(token: string, onRead?: (records: number) => void): Promise<ImportPlan> {
  const dir = folderOf(token);
  const meta = readMeta(dir);
  const file = path.join(dir, meta.main);
  const parsed = await readImportFile(file, meta.format);
  const sha256 = await importSha256(file, meta.format);
  const records = onRead ? counted(parsed.records, onRead) : parsed.records;
  return planImport(
    getDb(),
    { ...parsed, records },
    {
      format: meta.format,
      fileName: meta.files.join(', '),
      sha256,
      asOf: meta.asOf,
      resolutions: meta.resolutions,
    },
  );
}

async function* counted<T>(records: AsyncIterable<T>, onRead: (records: number) => void): AsyncIterable<T> {
  let read = 0;
  for await (const record of records) {
    yield record;
    onRead(++read);
  }
}

export function discardUpload(token: string): void {
  rmSync(folderOf(token), { recursive: true, force: true });
}
