'use client';

import { useActionState } from 'react';
import type { FormState } from '@/domain/validation/form-data';
import { FormMessage } from '@/app/ui/forms/field';

interface Props {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  id: number;
  version: number;
  retired: boolean;
  noun: string;
}

/** Retire (hide from the public, restorable) or restore an entry. */
export function RetireForm({ action, id, version, retired, noun }: Props) {
  const [state, formAction, pending] = useActionState<FormState, FormData>(action, {});
  return (
    <form action={formAction} className="form-actions">
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      <input type="hidden" name="retire" value={retired ? '0' : '1'} />
      <button type="submit" className={retired ? 'secondary' : 'danger'} disabled={pending}>
        {retired ? `Restore this ${noun}` : `Retire this ${noun}`}
      </button>
      <FormMessage message={state.message} />
    </form>
  );
}
