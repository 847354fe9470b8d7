import { desc, eq } from 'drizzle-orm';
import { getDb } from '../../index';
import { importBatches, sources, users } from '../../schema';
import type { planCounts } from '../../import/plan';

type Counts = ReturnType<typeof planCounts>;

export interface ImportBatchRow {
  id: number;
  fileName: string;
  sha256: string;
  format: string;
  listVersion: string | null;
  asOf: string;
  /** Batches imported before the tracker's own CSV kept no entries counts. */
  counts: Omit<Counts, 'entries'> & Partial<Pick<Counts, 'entries'>>;
  createdAt: string;
  editor: string | null;
  /** The list as a source; null for the tracker's own CSV, whose rows cite their own. */
  sourceId: number | null;
  sourceTitle: string | null;
}

const columns = {
  id: importBatches.id,
  fileName: importBatches.fileName,
  sha256: importBatches.sha256,
  format: importBatches.format,
  listVersion: importBatches.listVersion,
  asOf: importBatches.asOf,
  counts: importBatches.counts,
  createdAt: importBatches.createdAt,
  editor: users.name,
  sourceId: importBatches.sourceId,
  sourceTitle: sources.title,
};

const base = () =>
  getDb()
    .select(columns)
    .from(importBatches)
    .leftJoin(users, eq(users.id, importBatches.userId))
    .leftJoin(sources, eq(sources.id, importBatches.sourceId));

/** The import history, newest first. */
export function listImportBatches(limit = 50): ImportBatchRow[] {
  return base().orderBy(desc(importBatches.id)).limit(limit).all() as ImportBatchRow[];
}

export function getImportBatch(id: number): ImportBatchRow | null {
  return (base().where(eq(importBatches.id, id)).get() as ImportBatchRow | undefined) ?? null;
}
