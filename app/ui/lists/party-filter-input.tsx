'use client';

import type { PartyOption } from '@/db/queries/list/pickers';
import { Combobox } from '@/app/ui/forms/combobox';

interface Props {
  id: string;
  name: string;
  defaultValue: string;
}

/**
 * A party filter field that suggests matching parties as you type (from /api/parties) and
 * fills in the pick's slug, the value the URL filter takes. Suggestions are fetched, not
 * embedded: a list of every party was sent with each page that has a party filter.
 * Without JavaScript it is a plain text field: a typed slug submits as before.
 */
export function PartyFilterInput({ id, name, defaultValue }: Props) {
  return (
    <Combobox<PartyOption>
      endpoint="/api/parties"
      inputId={id}
      name={name}
      defaultValue={defaultValue}
      maxLength={200}
      placeholder="e.g. united-states"
      fill={(party) => party.slug}
    />
  );
}
