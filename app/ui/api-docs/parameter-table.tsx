import type { QueryParameter } from '@/app/lib/api/openapi';
import { Prose } from './prose';
import styles from './api-docs.module.css';

// Patterns the parameters share, in words.
const PATTERNS: Record<string, string> = {
  '^\\d{4}-\\d{2}-\\d{2}$': 'a date, YYYY-MM-DD',
  '^[a-z0-9]+(?:-[a-z0-9]+)*$': 'a slug: lower-case letters and digits, single hyphens between',
};

/** What a parameter takes, in words, from its JSON Schema. */
function Values({ schema }: { schema: Record<string, unknown> }) {
  const { enum: choices, pattern, type, minimum, maximum, maxLength, default: fallback } = schema;
  const parts: React.ReactNode[] = [];
  if (Array.isArray(choices)) {
    parts.push(
      <span key="enum">
        one of{' '}
        {choices.map((c, i) => (
          <span key={String(c)}>
            {i > 0 && ', '}
            <code>{String(c)}</code>
          </span>
        ))}
      </span>,
    );
  } else if (typeof pattern === 'string' && PATTERNS[pattern]) parts.push(PATTERNS[pattern]);
  else if (type === 'integer') parts.push(`a whole number from ${String(minimum)} to ${String(maximum)}`);
  else if (typeof pattern === 'string')
    parts.push(
      <span key="pattern">
        text matching <code>{pattern}</code>
      </span>,
    );
  else parts.push(typeof maxLength === 'number' ? `text, at most ${maxLength} characters` : 'text');
  if (fallback !== undefined)
    parts.push(
      <span key="default">
        ; default <code>{String(fallback)}</code>
      </span>,
    );
  return <>{parts}</>;
}

/** A route's query parameters: name, what it takes and what it does. */
export function ParameterTable({ parameters, caption }: { parameters: QueryParameter[]; caption: string }) {
  if (parameters.length === 0) return <p>No parameters: any given is refused.</p>;
  return (
    <div className="table-scroll">
      <table className={styles.parameters}>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Parameter</th>
            <th scope="col">Values</th>
            <th scope="col">What it does</th>
          </tr>
        </thead>
        <tbody>
          {parameters.map((p) => (
            <tr key={p.name}>
              <th scope="row">
                <code>{p.name}</code>
              </th>
              <td>
                <Values schema={p.schema} />
              </td>
              <td>{p.description && <Prose text={p.description} />}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
