// Expected refusals of a write, each carrying what the editor needs to see.

/** Input that passed the form's rules but not the database's facts (an unknown party…). */
export class InvalidInputError extends Error {
  constructor(readonly fieldErrors: Record<string, string[]>) {
    super(Object.values(fieldErrors).flat().join(' '));
    this.name = 'InvalidInputError';
  }
}

/** Someone else saved the entry since it was opened (optimistic concurrency). */
export class ConflictError extends Error {
  constructor(readonly current: { version: number; updatedAt: string; updatedBy: string | null }) {
    const when = `${current.updatedAt.replace('T', ' ').slice(0, 16)} UTC`;
    const who = current.updatedBy ? `${current.updatedBy} at ${when}` : when;
    super(
      `Someone else changed this entry since you opened it (${who}). Reload it to see their changes, then edit again.`,
    );
    this.name = 'ConflictError';
  }
}

export class EntryNotFoundError extends Error {
  constructor(what: string, id: number) {
    super(`There is no ${what} #${id}.`);
    this.name = 'EntryNotFoundError';
  }
}

/** An entry that looks like one already recorded; saved only once the editor confirms. */
export class LikelyDuplicateError extends Error {
  constructor(readonly existing: { id: number; title: string }) {
    super(`This looks like “${existing.title}” (#${existing.id}), already recorded.`);
    this.name = 'LikelyDuplicateError';
  }
}

/**
 * This process is writing an import on a connection of its own (transaction.ts
 * writeTransactionApart); a write on the app's connection would wait on its lock with the
 * whole process stopped, so it is refused at once.
 */
export class ImportWritingError extends Error {
  constructor() {
    super('An import is being written; save again in a few seconds. Nothing was saved.');
    this.name = 'ImportWritingError';
  }
}

/** Another process held the write lock past the busy timeout (an import there, most likely). */
export class DatabaseBusyError extends Error {
  constructor() {
    super(
      'The database is busy with another write, perhaps an import; save again in a few seconds. Nothing was saved.',
    );
    this.name = 'DatabaseBusyError';
  }
}
