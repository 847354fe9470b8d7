import Form from 'next/form';
import Link from 'next/link';

export type FilterField =
  | { kind: 'party'; name: string; label: string }
  | { kind: 'select'; name: string; label: string; options: { value: string; label: string }[] }
  | { kind: 'date'; name: string; label: string }
  | { kind: 'text'; name: string; label: string; placeholder?: string };

interface Props {
  action: string;
  fields: FilterField[];
  values: Record<string, string | undefined>;
  partyOptions: { slug: string; name: string }[];
  /** Parameters the form does not show but keeps (sort order). */
  keep: Record<string, string | undefined>;
}

/**
 * A GET form: filters land in the URL, so a view can be shared and reloaded. Works
 * without JavaScript; with it, next/form navigates without a full reload.
 */
export function FilterForm({ action, fields, values, partyOptions, keep }: Props) {
  const hasParty = fields.some((f) => f.kind === 'party');
  const active = fields.some((f) => values[f.name]);
  return (
    <Form action={action} className="filter-form" aria-label="Filters">
      {fields.map((field) => {
        const id = `filter-${field.name}`;
        const value = values[field.name] ?? '';
        return (
          <div key={field.name} className="filter-field">
            <label htmlFor={id}>{field.label}</label>
            {field.kind === 'select' ? (
              <select id={id} name={field.name} defaultValue={value}>
                <option value="">Any</option>
                {field.options.map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.label}
                  </option>
                ))}
              </select>
            ) : (
              <input
                id={id}
                name={field.name}
                type={field.kind === 'date' ? 'date' : 'search'}
                defaultValue={value}
                list={field.kind === 'party' ? 'party-options' : undefined}
                placeholder={field.kind === 'party' ? 'e.g. united-states' : field.kind === 'text' ? field.placeholder : undefined}
                maxLength={field.kind === 'date' ? undefined : 200}
                autoComplete="off"
              />
            )}
          </div>
        );
      })}
      {Object.entries(keep).map(([name, value]) => (value ? <input key={name} type="hidden" name={name} value={value} /> : null))}
      <div className="filter-actions">
        <button type="submit">Apply filters</button>
        {active && <Link href={action}>Clear</Link>}
      </div>
      {hasParty && (
        <datalist id="party-options">
          {partyOptions.map((p) => (
            <option key={p.slug} value={p.slug}>
              {p.name}
            </option>
          ))}
        </datalist>
      )}
    </Form>
  );
}
