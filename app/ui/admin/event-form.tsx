'use client';

import { useActionState, useRef } from 'react';
import { saveEvent } from '@/app/admin/(editor)/events/actions';
import { eventForm } from '@/domain/validation/event';
import type { FormState } from '@/domain/validation/form-data';
import type { EventForEdit } from '@/db/queries/events/admin-events';
import { CitationsEditor } from '@/app/ui/forms/citations-editor';
import { Field, FormMessage } from '@/app/ui/forms/field';
import { PartyPicker } from '@/app/ui/forms/party-picker';
import { useValidation } from '@/app/ui/forms/use-validation';

/** One hidden input per party chosen, all named partyIds. */
const MULTIPLE = ['partyIds'];

export function EventForm({ entry }: { entry: EventForEdit | null }) {
  const [state, action, pending] = useActionState<FormState, FormData>(saveEvent, {});
  const form = useRef<HTMLFormElement>(null);
  const { onBlur, onSubmit, touch, merge } = useValidation(eventForm, MULTIPLE);
  const errors = merge(state.errors);
  // After a refused submit, show what was typed; otherwise the entry as stored.
  const value = (name: string) => String(state.values?.[name] ?? entry?.values[name] ?? '');

  return (
    <form ref={form} action={action} onBlur={onBlur} onSubmit={onSubmit} className="admin-form" noValidate>
      <input type="hidden" name="id" value={entry?.id ?? ''} />
      <input type="hidden" name="version" value={entry?.version ?? ''} />
      <div className="form-grid">
        <Field
          name="occurredOn"
          label="Date"
          required
          errors={errors.occurredOn}
          hint="The day it happened (not the day it was reported)."
        >
          {(props) => (
            <input
              {...props}
              type="date"
              defaultValue={value('occurredOn')}
              key={`date-${value('occurredOn')}`}
            />
          )}
        </Field>
      </div>
      <Field name="title" label="Title" required errors={errors.title}>
        {(props) => <input {...props} defaultValue={value('title')} key={`title-${value('title').length}`} />}
      </Field>
      <Field name="description" label="Description" errors={errors.description}>
        {(props) => (
          <textarea
            {...props}
            rows={3}
            defaultValue={value('description')}
            key={`desc-${value('description').length}`}
          />
        )}
      </Field>
      <PartyPicker
        name="partyIds"
        label="Parties involved"
        multiple
        required
        errors={errors.partyIds}
        initial={entry?.parties ?? []}
        onChange={() => touch(form.current, 'partyIds')}
      />
      <CitationsEditor
        initial={entry?.citations.map((c) => ({ ...c, newSource: null })) ?? []}
        errors={errors.citations}
        onChange={() => touch(form.current, 'citations')}
      />
      <FormMessage message={state.message} />
      <div className="form-actions">
        <button type="submit" disabled={pending}>
          {pending ? 'Saving…' : entry ? 'Save changes' : 'Add event'}
        </button>
      </div>
    </form>
  );
}
