'use client';

import { saveSanction } from '@/app/admin/(editor)/sanctions/actions';
import { sanctionForm } from '@/domain/validation/sanction';
import { SANCTION_MEASURES, SANCTION_STATUSES } from '@/domain/vocabulary';
import type { SanctionForEdit } from '@/db/queries/sanctions/admin-sanctions';
import { CitationsEditor } from '@/app/ui/forms/citations-editor';
import { EntryForm, useEntryForm } from '@/app/ui/forms/entry-form';
import { Field } from '@/app/ui/forms/field';
import { PartyPicker } from '@/app/ui/forms/party-picker';
import { VocabularySelect } from './vocabulary-select';

const DATES = [
  ['announcedOn', 'Announced on', true, undefined],
  ['effectiveOn', 'Effective from', false, 'Empty if it took effect when announced.'],
  ['liftedOn', 'Lifted on', false, 'Only for a lifted sanction.'],
] as const;

export function SanctionForm({ entry }: { entry: SanctionForEdit | null }) {
  const form = useEntryForm(saveSanction, sanctionForm, entry);
  const { errors, value, touch } = form;

  return (
    <EntryForm form={form} noun="sanction">
      <div className="form-grid">
        <PartyPicker
          name="imposingId"
          label="Imposing party"
          required
          errors={errors.imposingId}
          initial={entry ? [entry.imposing] : []}
          onChange={() => touch('imposingId')}
        />
        <PartyPicker
          name="targetId"
          label="Target"
          required
          errors={errors.targetId}
          initial={entry ? [entry.target] : []}
          onChange={() => touch('targetId')}
        />
        <VocabularySelect
          name="measure"
          label="Measure"
          options={SANCTION_MEASURES}
          value={value('measure')}
          errors={errors.measure}
          hint="Economic when the measure is not named."
        />
        <VocabularySelect
          name="status"
          label="Status"
          options={SANCTION_STATUSES}
          value={value('status')}
          errors={errors.status}
          hint="Threatened and proposed measures are shown apart from those in force."
        />
        {DATES.map(([name, label, required, hint]) => (
          <Field key={name} name={name} label={label} required={required} errors={errors[name]} hint={hint}>
            {(props) => (
              <input {...props} type="date" defaultValue={value(name)} key={`${name}-${value(name)}`} />
            )}
          </Field>
        ))}
        <Field
          name="legalBasis"
          label="Legal basis or programme"
          errors={errors.legalBasis}
          hint="E.g. Executive Order 14024; empty if not known."
        >
          {(props) => (
            <input
              {...props}
              defaultValue={value('legalBasis')}
              key={`basis-${value('legalBasis').length}`}
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
      <CitationsEditor
        initial={entry?.citations.map((c) => ({ ...c, newSource: null })) ?? []}
        errors={errors.citations}
        onChange={() => touch('citations')}
      />
    </EntryForm>
  );
}
