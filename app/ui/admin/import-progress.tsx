'use client';

import { useEffect, useState } from 'react';
import type { ImportProgress } from '@/app/lib/import-job';

/** How often the page asks how far the import has got. */
const POLL_MS = 500;
const SIGNED_OUT = 'Your session has ended: sign in again to see the import. It goes on without you.';

const number = (n: number) => n.toLocaleString('en-US');

/**
 * The progress of a confirmed import, asked of the server every POLL_MS from the moment
 * `run` (a new object at each confirmation) says it started, until done or failed.
 */
export function useImportProgress(token: string, run: { started?: boolean }): ImportProgress | null {
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  useEffect(() => {
    if (!run.started) return;
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = async () => {
      const next = await askProgress(token);
      if (stopped) return;
      // A request that failed on the way (the server restarting) is asked again.
      if (next) setProgress(next);
      if (next?.phase !== 'done' && next?.phase !== 'failed') timer = setTimeout(poll, POLL_MS);
    };
    void poll();
    return () => {
      stopped = true;
      clearTimeout(timer);
      setProgress(null);
    };
  }, [token, run]);
  return progress;
}

async function askProgress(token: string): Promise<ImportProgress | null> {
  let response: Response;
  try {
    // Not followed: without a session the server redirects to the sign-in page.
    response = await fetch(`/admin/import/preview/${token}/progress`, {
      cache: 'no-store',
      redirect: 'manual',
    });
  } catch {
    return null;
  }
  if (response.ok) return (await response.json()) as ImportProgress;
  const gone = (message: string): ImportProgress => ({
    phase: 'failed',
    done: 0,
    total: null,
    batchId: null,
    message,
  });
  if (response.status === 401 || response.type === 'opaqueredirect') return gone(SIGNED_OUT);
  if (response.status === 404) return gone('This import is unknown or already done.');
  return null;
}

/** A bar and a line saying where the import is; `progress` null until the first answer. */
export function ImportProgressBar({ progress }: { progress: ImportProgress | null }) {
  const writing = progress?.phase === 'writing' && progress.total !== null && progress.total > 0;
  const done = progress?.phase === 'done';
  let text = 'Starting the import…';
  if (progress?.phase === 'reading')
    text =
      progress.done > 0 ? `Reading the file: ${number(progress.done)} records read…` : 'Reading the file…';
  else if (writing) text = `Writing ${number(progress.done)} of ${number(progress.total!)} entries…`;
  else if (done) text = 'Written in one transaction; opening the report…';
  return (
    <div className="import-progress">
      {/* Without a value the bar says "under way": the file's length in records is not known ahead. */}
      <progress
        aria-label="Import progress"
        {...(writing ? { value: progress.done, max: progress.total! } : done ? { value: 1, max: 1 } : {})}
      />
      <p role="status" aria-live="polite">
        {text}
      </p>
    </div>
  );
}
