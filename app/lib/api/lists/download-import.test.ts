import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db/index';
import { useTempAppDatabase } from '@/db/testing/app-database';
import { planCounts, planImport } from '@/db/import/plan';
import { detectFormat, importSha256, readImportFile } from '@/db/import/read';
import { resolveParams } from '../../params/resolve-params';
import { LIST_KIND_SPECS } from './kinds';
import { listFile } from './list-file';

// A page's download is the tracker CSV: edited in a spreadsheet, it imports back.

let cleanup: () => void;
const dir = mkdtempSync(path.join(tmpdir(), 'list-download-'));
beforeAll(() => {
  cleanup = useTempAppDatabase();
});
afterAll(() => {
  cleanup();
  rmSync(dir, { recursive: true, force: true });
});

async function plan(file: string) {
  const format = (await detectFormat(file))!;
  expect(format).toBe('tracker-csv');
  return planImport(getDb(), await readImportFile(file, format), {
    format,
    fileName: path.basename(file),
    sha256: await importSha256(file, format),
    asOf: '2026-12-01',
  });
}

describe('importing a list download', () => {
  it.each(['aid', 'parties'] as const)(
    "reads a page's %s download (byte-order mark, the page's figures) back with nothing to change",
    async (kind) => {
      const file = path.join(dir, `download-${kind}.csv`);
      const spec = LIST_KIND_SPECS[kind];
      const resolved = resolveParams({}, spec.params);
      const body = new Response(listFile(kind, spec, resolved, spec.order(resolved.values), 'csv'));
      writeFileSync(file, Buffer.from(await body.arrayBuffer()));
      const planned = await plan(file);
      expect(planned.errors).toEqual([]);
      expect(planCounts(planned).entries).toMatchObject({ new: 0, updated: 0 });
      expect(planned.entries.unchanged).toBe(parse(readFileSync(file), { bom: true, columns: true }).length);
      expect(planned.entries.unchanged).toBeGreaterThan(3);
    },
  );
});
