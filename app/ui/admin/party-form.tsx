'use client';

import { useState } from 'react';
import { saveParty } from '@/app/admin/(editor)/parties/actions';
import { partyForm, slugify } from '@/domain/validation/party';
import { PARTY_KINDS } from '@/domain/vocabulary';
import type { PartyForEdit } from '@/db/queries/parties/admin-parties';
import { EntryForm, useEntryForm } from '@/app/ui/forms/entry-form';
import { Field } from '@/app/ui/forms/field';
import { PartyPicker } from '@/app/ui/forms/party-picker';
import { VocabularySelect } from './vocabulary-select';

interface Props {
  entry: PartyForEdit | null;
  /**
   * Country names as the server's ICU writes them: the browser's may differ (quotes,
   * "SAR China"…), which would break hydration if each side built its own list.
   */
  countries: { code: string; name: string }[];
}

export function PartyForm({ entry, countries }: Props) {
  const form = useEntryForm(saveParty, partyForm, entry);
  const { errors, value, touch } = form;
  // The address an empty address name will get, shown as the field's placeholder.
  const [name, setName] = useState(value('name'));

  return (
    <EntryForm form={form} noun="party">
      <div className="form-grid">
        <Field name="name" label="Name" required errors={errors.name}>
          {(props) => (
            <input
              {...props}
              defaultValue={value('name')}
              key={`name-${value('name').length}`}
              onChange={(e) => setName(e.target.value)}
            />
          )}
        </Field>
        <Field
          name="slug"
          label="Address name"
          errors={errors.slug}
          hint={
            entry
              ? 'Its page is /parties/ followed by this. Changing it moves the page: links shared before stop working.'
              : 'Its page is /parties/ followed by this, e.g. united-states. Empty: made from the name.'
          }
        >
          {(props) => (
            <input
              {...props}
              defaultValue={value('slug')}
              key={`slug-${value('slug')}`}
              placeholder={slugify(name) || 'united-states'}
              autoCapitalize="none"
              spellCheck={false}
              maxLength={80}
            />
          )}
        </Field>
        <VocabularySelect
          name="kind"
          label="Kind"
          options={PARTY_KINDS}
          value={value('kind')}
          errors={errors.kind}
        />
        <Field
          name="countryCode"
          label="Country"
          errors={errors.countryCode}
          hint="None for blocs and international organisations."
        >
          {(props) => (
            <select {...props} defaultValue={value('countryCode')} key={`country-${value('countryCode')}`}>
              <option value="">None</option>
              {countries.map((c) => (
                <option key={c.code} value={c.code}>
                  {c.name} ({c.code})
                </option>
              ))}
            </select>
          )}
        </Field>
        <PartyPicker
          name="parentId"
          label="Part of"
          errors={errors.parentId}
          initial={entry?.parent ? [entry.parent] : []}
          onChange={() => touch('parentId')}
        />
      </div>
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
    </EntryForm>
  );
}
