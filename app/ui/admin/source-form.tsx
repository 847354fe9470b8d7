'use client';

import { useActionState, useRef } from 'react';
import { saveSource } from '@/app/admin/(editor)/sources/actions';
import type { FormState } from '@/domain/validation/form-data';
import { sourceFields } from '@/domain/validation/source';
import type { SourceForEdit } from '@/db/queries/sources/admin-sources';
import { Field, FormMessage } from '@/app/ui/forms/field';
import { useValidation } from '@/app/ui/forms/use-validation';

export function SourceForm({ entry }: { entry: SourceForEdit | null }) {
  const [state, action, pending] = useActionState<FormState, FormData>(saveSource, {});
  const form = useRef<HTMLFormElement>(null);
  const { onBlur, onSubmit, merge } = useValidation(sourceFields);
  const errors = merge(state.errors);
  // After a refused submit, show what was typed; otherwise the entry as stored.
  const value = (name: string) => String(state.values?.[name] ?? entry?.values[name] ?? '');

  return (
    <form ref={form} action={action} onBlur={onBlur} onSubmit={onSubmit} className="admin-form" noValidate>
      <input type="hidden" name="id" value={entry?.id ?? ''} />
      <input type="hidden" name="version" value={entry?.version ?? ''} />
      <Field
        name="title"
        label="Title"
        required
        errors={errors.title}
        hint="As published, in its own language."
      >
        {(props) => <input {...props} defaultValue={value('title')} key={`title-${value('title').length}`} />}
      </Field>
      <div className="form-grid">
        <Field name="publisher" label="Publisher" errors={errors.publisher}>
          {(props) => (
            <input
              {...props}
              defaultValue={value('publisher')}
              key={`publisher-${value('publisher').length}`}
            />
          )}
        </Field>
        <Field
          name="url"
          label="Link"
          errors={errors.url}
          hint="The full address, starting with https://; empty if none is known."
        >
          {(props) => (
            <input
              {...props}
              type="url"
              inputMode="url"
              defaultValue={value('url')}
              key={`url-${value('url').length}`}
              maxLength={2000}
            />
          )}
        </Field>
        <Field name="publishedOn" label="Published on" errors={errors.publishedOn} hint="Empty if not known.">
          {(props) => (
            <input
              {...props}
              type="date"
              defaultValue={value('publishedOn')}
              key={`date-${value('publishedOn')}`}
            />
          )}
        </Field>
        <Field
          name="language"
          label="Language code"
          required
          errors={errors.language}
          hint="The language it is written in: fr, en, uk…"
        >
          {(props) => (
            <input
              {...props}
              defaultValue={value('language')}
              key={`lang-${value('language')}`}
              autoCapitalize="none"
              spellCheck={false}
              maxLength={35}
            />
          )}
        </Field>
      </div>
      <Field
        name="notes"
        label="Notes"
        errors={errors.notes}
        hint="For editors and readers: how sure the date is, where a copy is kept…"
      >
        {(props) => (
          <textarea
            {...props}
            rows={3}
            defaultValue={value('notes')}
            key={`notes-${value('notes').length}`}
          />
        )}
      </Field>
      <FormMessage message={state.message} />
      <div className="form-actions">
        <button type="submit" disabled={pending}>
          {pending ? 'Saving…' : entry ? 'Save changes' : 'Add source'}
        </button>
      </div>
    </form>
  );
}
