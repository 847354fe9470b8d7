'use client';

import { useActionState, useEffect, useState, useTransition } from 'react';
import {
  cancelImport,
  confirmImport,
  finishImport,
  type ConfirmState,
} from '@/app/admin/(editor)/import/actions';
import type { FormState } from '@/domain/validation/form-data';
import { FormMessage } from '@/app/ui/forms/field';
import { ImportProgressBar, useImportProgress } from './import-progress';

/**
 * Confirm (everything in one transaction) or cancel an import after its preview. Once
 * confirmed, the import runs on the server while a bar shows how far it has got; written,
 * it opens the batch's report.
 */
export function ImportConfirmForm({
  token,
  changes,
  errors,
}: {
  token: string;
  changes: number;
  errors: number;
}) {
  const [state, action, pending] = useActionState<ConfirmState, FormData>(confirmImport, {});
  const [cancelled, cancel, cancelling] = useActionState<FormState, FormData>(cancelImport, {});
  const progress = useImportProgress(token, state);
  // Set only when finishing found nothing to report: otherwise it opens the report.
  const [finishedWith, setFinishedWith] = useState<string>();
  const [, startFinishing] = useTransition();
  const done = progress?.phase === 'done';
  useEffect(() => {
    if (!done) return;
    // Redirects to the batch's report; a message only when there was nothing to write.
    startFinishing(async () => {
      const result = await finishImport(token);
      setFinishedWith(result?.message ?? '');
    });
  }, [done, token]);

  const failed = progress?.phase === 'failed';
  const running = pending || (state.started === true && !failed && finishedWith === undefined);
  const message = pending ? undefined : (failed ? progress.message : finishedWith) || state.message;
  return (
    <div className="import-confirm">
      <form action={action}>
        <input type="hidden" name="token" value={token} />
        <FormMessage message={message ?? undefined} />
        {running && <ImportProgressBar progress={progress} />}
        <div className="form-actions">
          <button type="submit" disabled={running || changes === 0}>
            {errors > 0 ? `Import, leaving out the ${errors} rows in error` : 'Import'}
          </button>
        </div>
      </form>
      <form action={cancel}>
        <input type="hidden" name="token" value={token} />
        <FormMessage message={cancelled.message} />
        <button type="submit" className="link-button" disabled={running || cancelling}>
          Cancel and discard the file
        </button>
      </form>
    </div>
  );
}
