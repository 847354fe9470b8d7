import Form from 'next/form';
import Link from '@/app/ui/link';
import { withParams } from '@/app/lib/params/search-params';
import { PartyFilterInput } from './party-filter-input';

export type FilterField =
  | { kind: 'party'; name: string; label: string }
  | { kind: 'select'; name: string; label: string; options: { value: string; label: string }[] }
  | { kind: 'date'; name: string; label: string }
  | { kind: 'text'; name: string; label: string; placeholder?: string };

interface Props {
  action: string;
  fields: FilterField[];
  values: Record<string, string | undefined>;
  /** Parameters the form does not show but keeps (sort order). */
  keep: Record<string, string | undefined>;
}

/**
 * A GET form: filters land in the URL, so a view can be shared and reloaded. Works
 * without JavaScript; with it, next/form navigates without a full reload.
 */
export function FilterForm({ action, fields, values, keep }: Props) {
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
            ) : field.kind === 'party' ? (
              // Keyed by the URL's value: a new filter (or "Clear") shows in a fresh field.
              <PartyFilterInput key={value} id={id} name={field.name} defaultValue={value} />
            ) : (
              <input
                id={id}
                name={field.name}
                type={field.kind === 'date' ? 'date' : 'search'}
                defaultValue={value}
                placeholder={field.kind === 'text' ? field.placeholder : undefined}
                maxLength={field.kind === 'date' ? undefined : 200}
                autoComplete="off"
              />
            )}
          </div>
        );
      })}
      {Object.entries(keep).map(([name, value]) =>
        value ? <input key={name} type="hidden" name={name} value={value} /> : null,
      )}
      <div className="filter-actions">
        <button type="submit">Apply filters</button>
        {active && <Link href={`${action}${withParams({ asof: keep.asof })}`}>Clear</Link>}
      </div>
    </Form>
  );
}
