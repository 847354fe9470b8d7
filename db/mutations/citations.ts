import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { CitationInput } from '@/domain/validation/citations';
import type { Db } from '../client';
import { citations, sources } from '../schema';
import { recordAudit } from './audit';
import { snapshot } from './entries';
import { InvalidInputError } from './errors';

type Subject = { aidPackageId: number } | { sanctionId: number } | { eventId: number };

/**
 * Makes `input` the entry's citations: existing sources are checked, new ones are created
 * (each with its own audit entry). Call inside the entry's transaction.
 */
export function replaceCitations(db: Db, subject: Subject, input: CitationInput[], userId: number): void {
  const existingIds = input.flatMap((c) => (c.sourceId !== undefined ? [c.sourceId] : []));
  if (existingIds.length > 0) {
    const live = new Set(
      db
        .select({ id: sources.id })
        .from(sources)
        .where(and(inArray(sources.id, existingIds), isNull(sources.retiredAt)))
        .all()
        .map((s) => s.id),
    );
    const missing = input.findIndex((c) => c.sourceId !== undefined && !live.has(c.sourceId));
    if (missing >= 0)
      throw new InvalidInputError({
        citations: [`Source ${missing + 1}: that source no longer exists; pick another.`],
      });
  }

  const [column, id] = Object.entries(subject)[0] as [keyof Subject, number];
  db.delete(citations)
    .where(eq(citations[column as 'aidPackageId'], id))
    .run();
  for (const citation of input) {
    let sourceId = citation.sourceId;
    if (sourceId === undefined && citation.newSource) {
      sourceId = db.insert(sources).values(citation.newSource).returning({ id: sources.id }).get().id;
      recordAudit(db, {
        userId,
        action: 'create',
        entityType: 'source',
        entityId: sourceId,
        before: null,
        after: snapshot(db, 'source', sourceId),
      });
    }
    db.insert(citations)
      .values({ ...subject, sourceId: sourceId as number, quote: citation.quote })
      .run();
  }
}
