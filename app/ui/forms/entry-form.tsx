'use client';

import { useActionState, useRef } from 'react';
import type { z } from 'zod';
import type { FormState } from '@/domain/validation/form-data';
import { FormMessage } from './field';
import { useValidation } from './use-validation';

type SaveAction = (previous: FormState, formData: FormData) => Promise<FormState>;

/** What an edit form knows of its entry: which one, the version opened, the stored values. */
interface StoredEntry {
  id: number;
  version: number;
  values: Record<string, string>;
}

/**
 * The state every admin entry form shares: the save action's answer, checks with the
 * server's own schema, and each field's errors and value. `multiple` names the fields that
 * carry several values, as the server action reads them.
 */
export function useEntryForm(
  save: SaveAction,
  schema: z.ZodType,
  entry: StoredEntry | null,
  multiple?: string[],
) {
  const [state, action, pending] = useActionState<FormState, FormData>(save, {});
  const ref = useRef<HTMLFormElement>(null);
  const { onBlur, onSubmit, touch, merge } = useValidation(schema, multiple);
  return {
    entry,
    state,
    action,
    pending,
    ref,
    onBlur,
    onSubmit,
    errors: merge(state.errors),
    // After a refused submit, show what was typed; otherwise the entry as stored.
    value: (name: string) => String(state.values?.[name] ?? entry?.values[name] ?? ''),
    /** For controls without a blur of their own (pickers, the citation editor). */
    touch: (name: string) => touch(ref.current, name),
  };
}

export type EntryFormHandle = ReturnType<typeof useEntryForm>;

interface Props {
  form: EntryFormHandle;
  /** What is added, for the button of a new entry: "Add <noun>". */
  noun: string;
  /** Shown in place of the form's message when set (a likely duplicate to confirm). */
  notice?: React.ReactNode;
  children: React.ReactNode;
}

/** An entry form's frame: which entry and version it edits, its fields, the outcome, the button. */
export function EntryForm({ form, noun, notice, children }: Props) {
  const { ref, action, onBlur, onSubmit, entry, state, pending } = form;
  return (
    <form ref={ref} action={action} onBlur={onBlur} onSubmit={onSubmit} className="admin-form" noValidate>
      <input type="hidden" name="id" value={entry?.id ?? ''} />
      <input type="hidden" name="version" value={entry?.version ?? ''} />
      {children}
      {notice}
      <FormMessage message={notice ? undefined : state.message} />
      <div className="form-actions">
        <button type="submit" disabled={pending}>
          {pending ? 'Saving…' : entry ? 'Save changes' : `Add ${noun}`}
        </button>
      </div>
    </form>
  );
}
