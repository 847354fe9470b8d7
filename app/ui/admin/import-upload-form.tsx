'use client';

import { useActionState } from 'react';
import { uploadImport } from '@/app/admin/(editor)/import/actions';
import type { FormState } from '@/domain/validation/form-data';
import { IMPORT_FORMATS } from '@/domain/vocabulary';
import { Field, FormMessage } from '@/app/ui/forms/field';

const FORMAT_LABELS: Record<string, string> = {
  'ofac-sdn': 'OFAC SDN list (sdn.csv, alt.csv, add.csv, sdn_comments.csv)',
  'un-xml': 'UN Security Council Consolidated List (XML)',
  'eu-fsf': 'EU Financial Sanctions Files (XML)',
  'uk-xml': 'UK Sanctions List (XML)',
  ftm: 'FollowTheMoney entities (JSON lines)',
  'fts-csv': 'OCHA FTS flows (CSV)',
  'one-csv': 'ONE Ukraine aid table (CSV)',
  'tracker-csv': "The tracker's own CSV",
};

/** Upload a list: nothing is written until the preview is confirmed. */
export function ImportUploadForm({ today }: { today: string }) {
  const [state, action, pending] = useActionState<FormState, FormData>(uploadImport, {});
  const value = (name: string) => String(state.values?.[name] ?? '');
  return (
    <form action={action} className="admin-form">
      <Field name="files" label="File" required hint="Up to 32 MB. For OFAC, choose its four files together.">
        {(props) => (
          <input
            {...props}
            type="file"
            multiple
            accept=".csv,.xml,.json,.jsonl,text/csv,text/xml,application/json"
          />
        )}
      </Field>
      <div className="form-grid">
        <Field name="format" label="Format" hint="Detected from the file when left on “Detect”.">
          {(props) => (
            <select {...props} defaultValue={value('format')} key={`format-${value('format')}`}>
              <option value="">Detect</option>
              {IMPORT_FORMATS.map((f) => (
                <option key={f} value={f}>
                  {FORMAT_LABELS[f] ?? f}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field
          name="asOf"
          label="List date"
          errors={state.errors?.asOf}
          hint="Where the file states none: new designations take it, and those gone from the list are lifted on it."
        >
          {(props) => (
            <input
              {...props}
              type="date"
              defaultValue={value('asOf') || today}
              key={`asof-${value('asOf')}`}
            />
          )}
        </Field>
      </div>
      <FormMessage message={state.message} />
      <div className="form-actions">
        <button type="submit" disabled={pending}>
          {pending ? 'Reading the file…' : 'Preview the import'}
        </button>
      </div>
    </form>
  );
}
