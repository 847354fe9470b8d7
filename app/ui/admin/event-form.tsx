'use client';

import { saveEvent } from '@/app/admin/(editor)/events/actions';
import { eventForm } from '@/domain/validation/event';
import type { EventForEdit } from '@/db/queries/events/admin-events';
import { CitationsEditor } from '@/app/ui/forms/citations-editor';
import { EntryForm, useEntryForm } from '@/app/ui/forms/entry-form';
import { Field } from '@/app/ui/forms/field';
import { PartyPicker } from '@/app/ui/forms/party-picker';

/** One hidden input per party chosen, all named partyIds. */
const MULTIPLE = ['partyIds'];

export function EventForm({ entry }: { entry: EventForEdit | null }) {
  const form = useEntryForm(saveEvent, eventForm, entry, MULTIPLE);
  const { errors, value, touch } = form;

  return (
    <EntryForm form={form} noun="event">
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
        onChange={() => touch('partyIds')}
      />
      <CitationsEditor
        initial={entry?.citations.map((c) => ({ ...c, newSource: null })) ?? []}
        errors={errors.citations}
        onChange={() => touch('citations')}
      />
    </EntryForm>
  );
}
