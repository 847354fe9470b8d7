'use client';

import { useActionState } from 'react';
import { cancelImport, confirmImport } from '@/app/admin/(editor)/import/actions';
import type { FormState } from '@/domain/validation/form-data';
import { FormMessage } from '@/app/ui/forms/field';

/** Confirm (everything in one transaction) or cancel an import after its preview. */
export function ImportConfirmForm({
  token,
  changes,
  errors,
}: {
  token: string;
  changes: number;
  errors: number;
}) {
  const [state, action, pending] = useActionState<FormState, FormData>(confirmImport, {});
  const [cancelled, cancel, cancelling] = useActionState<FormState, FormData>(cancelImport, {});
  return (
    <div className="import-confirm">
      <form action={action}>
        <input type="hidden" name="token" value={token} />
        <FormMessage message={state.message} />
        {pending && (
          <p role="status">
            Applying {changes.toLocaleString('en-US')} changes in one transaction…{' '}
            <progress aria-label="Import in progress" />
          </p>
        )}
        <div className="form-actions">
          <button type="submit" disabled={pending || changes === 0}>
            {errors > 0 ? `Import, leaving out the ${errors} rows in error` : 'Import'}
          </button>
        </div>
      </form>
      <form action={cancel}>
        <input type="hidden" name="token" value={token} />
        <FormMessage message={cancelled.message} />
        <button type="submit" className="link-button" disabled={pending || cancelling}>
          Cancel and discard the file
        </button>
      </form>
    </div>
  );
}
