import { formatVocabulary } from '@/app/lib/format';
import { Field } from '@/app/ui/forms/field';

interface Props {
  name: string;
  label: string;
  options: readonly string[];
  value: string;
  errors?: string[];
  hint?: string;
  required?: boolean;
}

/** A required choice from one of the domain's closed vocabularies (measure, status, kind). */
export function VocabularySelect({ name, label, options, value, errors, hint, required = true }: Props) {
  return (
    <Field name={name} label={label} required={required} errors={errors} hint={hint}>
      {(props) => (
        // Keyed by the value so a refused submit shows what was chosen.
        <select {...props} defaultValue={value} key={`${name}-${value}`}>
          <option value="">Choose…</option>
          {options.map((o) => (
            <option key={o} value={o}>
              {formatVocabulary(o)}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
