'use client';

import { useState } from 'react';
import { Field } from './field';
import { Combobox } from './combobox';

export interface PartyChoice {
  id: number;
  label: string;
}

interface Props {
  name: string;
  label: string;
  errors?: string[];
  required?: boolean;
  /** Choices already made (editing, or kept after a failed submit). */
  initial: PartyChoice[];
  multiple?: boolean;
  onChange?: () => void;
}

/** Picks one party (or several) by searching; the ids travel in hidden inputs named `name`. */
export function PartyPicker({ name, label, errors, required, initial, multiple = false, onChange }: Props) {
  const [chosen, setChosen] = useState<PartyChoice[]>(initial);
  const set = (next: PartyChoice[]) => {
    setChosen(next);
    // Let the form re-validate once the hidden inputs hold the new ids.
    setTimeout(() => onChange?.(), 0);
  };
  return (
    <Field
      name={name}
      label={label}
      errors={errors}
      required={required}
      hint={multiple ? 'Type to search; pick as many as apply.' : 'Type to search.'}
    >
      {(props) => (
        <div className="party-picker">
          {chosen.map((p) => (
            <span key={p.id} className="chip">
              <input type="hidden" name={name} value={p.id} />
              {p.label}
              <button
                type="button"
                className="chip-remove"
                aria-label={`Remove ${p.label}`}
                onClick={() => set(chosen.filter((c) => c.id !== p.id))}
              >
                ×
              </button>
            </span>
          ))}
          {(multiple || chosen.length === 0) && (
            <Combobox
              endpoint="/api/parties"
              inputId={props.id}
              describedBy={props['aria-describedby']}
              invalid={props['aria-invalid']}
              placeholder="Search parties…"
              onPick={(o) =>
                set(
                  multiple
                    ? [...chosen.filter((c) => c.id !== o.id), { id: o.id, label: o.label }]
                    : [{ id: o.id, label: o.label }],
                )
              }
            />
          )}
        </div>
      )}
    </Field>
  );
}
