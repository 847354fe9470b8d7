import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, linkSync, openSync, renameSync, rmSync, statSync, unlinkSync } from 'node:fs';
import path from 'node:path';
import { RefusedFileError } from './verify';

// Files appear whole or not at all: written beside their final name, flushed to disk,
// then linked or renamed into place (atomic within one folder), the folder flushed too.

export interface TemporaryFile {
  path: string;
  /** Removes the file and any journal SQLite left beside it; harmless once installed. */
  discard: () => void;
}

export function temporaryBeside(target: string, tag: string): TemporaryFile {
  const file = `${target}.${tag}-${process.pid}-${randomBytes(4).toString('hex')}`;
  return {
    path: file,
    discard: () => {
      for (const suffix of ['', '-journal', '-wal', '-shm']) rmSync(`${file}${suffix}`, { force: true });
    },
  };
}

function fsyncPath(file: string): void {
  const fd = openSync(file, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Moves a finished temporary file to `target`; without `replace`, never over an existing file. */
export function installFile(temporary: string, target: string, { replace }: { replace: boolean }): number {
  fsyncPath(temporary);
  if (replace) {
    renameSync(temporary, target);
  } else {
    try {
      linkSync(temporary, target);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST')
        throw new RefusedFileError(target, 'the file exists; choose a new name.');
      throw error;
    }
    unlinkSync(temporary);
  }
  fsyncPath(path.dirname(target));
  return statSync(target).size;
}
