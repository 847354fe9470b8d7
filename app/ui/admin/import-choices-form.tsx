'use client';

import { useActionState } from 'react';
import { resolveParties } from '@/app/admin/(editor)/import/actions';
import type { Choice } from '@/domain/validation/import-resolutions';
import type { FormState } from '@/domain/validation/form-data';
import { FormMessage } from '@/app/ui/forms/field';
import Link from '@/app/ui/link';

/** Something the import found ambiguous: one radio group, the tracker's candidates and “new”. */
export interface Ambiguity {
  /** The radio group's name, which says what it decides. */
  field: string;
  name: string;
  /** Its kind and place in the file, or the aid rows naming it. */
  about: string;
  reason: string;
  candidates: { id: number; name: string; kind: string; href: string }[];
  choice?: Choice;
}

/** The editor's choices for the ambiguous parties of an import, saved with the upload. */
export function ImportChoicesForm({
  token,
  parties,
  aidNames,
}: {
  token: string;
  parties: Ambiguity[];
  aidNames: Ambiguity[];
}) {
  const [state, action, pending] = useActionState<FormState, FormData>(resolveParties, {});
  return (
    <form action={action}>
      <input type="hidden" name="token" value={token} />
      {parties.map((a) => (
        <AmbiguityChoice key={a.field} ambiguity={a} />
      ))}
      {aidNames.length > 0 && (
        <>
          <h3>Donors and recipients named in aid rows</h3>
          <p>Each name fits several parties; the rows naming it wait for your choice.</p>
          {aidNames.map((a) => (
            <AmbiguityChoice key={a.field} ambiguity={a} />
          ))}
        </>
      )}
      <FormMessage message={state.message} />
      <div className="form-actions">
        <button type="submit" disabled={pending}>
          {pending ? 'Saving…' : 'Save choices'}
        </button>
      </div>
    </form>
  );
}

function AmbiguityChoice({ ambiguity: a }: { ambiguity: Ambiguity }) {
  return (
    <fieldset className="choice">
      <legend>{a.name}</legend>
      <p className="form-hint">
        {a.about}. {a.reason}
      </p>
      <ul className="choice-options">
        {a.candidates.map((c) => (
          <li key={c.id}>
            <label>
              <input type="radio" name={a.field} value={c.id} defaultChecked={a.choice === c.id} /> {c.name} ·{' '}
              {c.kind}
            </label>{' '}
            {/* A new tab: going there keeps the choices not saved yet. */}
            <Link href={c.href} target="_blank" className="form-hint">
              {c.href}
            </Link>
          </li>
        ))}
        <li>
          <label>
            <input type="radio" name={a.field} value="new" defaultChecked={a.choice === 'new'} /> A new party
          </label>
        </li>
      </ul>
    </fieldset>
  );
}
