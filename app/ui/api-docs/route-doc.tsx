import type { ApiExample, ApiRoute } from '@/app/lib/api/descriptor';
import type { QueryParameter } from '@/app/lib/api/openapi';
import { ParameterTable } from './parameter-table';
import { Prose } from './prose';
import styles from './api-docs.module.css';

/** The shell command that makes an example request; `$TRACKER` is the site's address. */
function curl(route: ApiRoute, example: ApiExample): string {
  const url = `$TRACKER${route.path}${example.query ? `?${example.query}` : ''}`;
  return `curl${example.accept ? ` -H 'Accept: ${example.accept}'` : ''} "${url}"`;
}

const shown = (response: unknown) =>
  typeof response === 'string' ? response : JSON.stringify(response, null, 2);

/** One route of the API: what it gives, its parameters, its answers and examples. */
export function RouteDoc({ route, parameters }: { route: ApiRoute; parameters: QueryParameter[] }) {
  const id = route.operationId;
  return (
    <section className={`section ${styles.route}`} aria-labelledby={id}>
      <h2 id={id}>
        <code>GET {route.path}</code>
      </h2>
      <p className={styles.summary}>{route.summary}.</p>
      <p>
        <Prose text={route.description} />
      </p>
      <h3>Parameters</h3>
      <ParameterTable parameters={parameters} caption={`Parameters of ${route.path}`} />
      <h3>Answers</h3>
      <ul>
        {route.media.map((m) => (
          <li key={m.type}>
            <code>{m.type}</code>: <Prose text={m.description} />
          </li>
        ))}
      </ul>
      {route.pagination && (
        <>
          <h3>Pages</h3>
          <p>
            <Prose text={route.pagination} />
          </p>
        </>
      )}
      <h3>Examples</h3>
      {route.examples.map((example) => (
        <div key={example.name} className={styles.example}>
          <p>{example.summary}:</p>
          <pre className={styles.code} tabIndex={0}>
            <code>{curl(route, example)}</code>
          </pre>
          <details>
            <summary>What it answers ({example.type}, abridged)</summary>
            <pre className={styles.code} tabIndex={0}>
              <code>{shown(example.response)}</code>
            </pre>
          </details>
        </div>
      ))}
    </section>
  );
}
