'use client';

import { saveSource } from '@/app/admin/(editor)/sources/actions';
import { sourceFields } from '@/domain/validation/source';
import type { SourceForEdit } from '@/db/queries/sources/admin-sources';
import { EntryForm, useEntryForm } from '@/app/ui/forms/entry-form';
import { Field } from '@/app/ui/forms/field';

export function SourceForm({ entry }: { entry: SourceForEdit | null }) {
  const form = useEntryForm(saveSource, sourceFields, entry);
  const { errors, value } = form;

  return (
    <EntryForm form={form} noun="source">
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
    </EntryForm>
  );
}
