// A labelled form control with its error region: the message is announced politely and
// tied to the control with aria-describedby (next-learn's accessible form pattern).

interface Props {
  name: string;
  label: string;
  errors?: string[];
  hint?: string;
  required?: boolean;
  children: (props: {
    id: string;
    name: string;
    'aria-describedby': string;
    'aria-invalid': boolean;
    required?: boolean;
  }) => React.ReactNode;
}

export function Field({ name, label, errors, hint, required, children }: Props) {
  const id = `field-${name}`;
  const describedBy = [hint ? `${id}-hint` : '', `${id}-error`].filter(Boolean).join(' ');
  const invalid = Boolean(errors && errors.length > 0);
  return (
    <div className="form-field" data-invalid={invalid || undefined}>
      <div className="form-label">
        <label htmlFor={id}>{label}</label>
        {/* Outside the label so its accessible name stays the plain word; `required` tells assistive technology. */}
        {required && (
          <span aria-hidden="true" className="required-mark">
            *
          </span>
        )}
      </div>
      {hint && (
        <p id={`${id}-hint`} className="form-hint">
          {hint}
        </p>
      )}
      {children({ id, name, 'aria-describedby': describedBy, 'aria-invalid': invalid, required })}
      <div id={`${id}-error`} aria-live="polite" className="form-error">
        {errors?.map((e) => (
          <p key={e}>{e}</p>
        ))}
      </div>
    </div>
  );
}

/** Whole-form messages (a conflict, a refusal) above the submit button. */
export function FormMessage({ message, tone = 'error' }: { message?: string; tone?: 'error' | 'info' }) {
  return (
    <div
      aria-live="polite"
      role={tone === 'error' ? 'alert' : 'status'}
      className={message ? `form-message form-message-${tone}` : undefined}
    >
      {message}
    </div>
  );
}
