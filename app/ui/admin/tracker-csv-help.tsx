import { TRACKER_COLUMNS, TRACKER_ENTITIES } from '@/domain/tracker-csv';

const TITLES = { aid: 'Aid', sanctions: 'Sanctions', events: 'Events', parties: 'Parties' } as const;

/** The tracker's own CSV explained beside the upload: a template and the columns of each kind. */
export function TrackerCsvHelp() {
  return (
    <details className="section">
      <summary>The tracker’s own CSV: templates and columns</summary>
      <p>
        One file per kind of entry, UTF-8, with a header row. A row with an <code>id</code> updates that
        entry; a row without one adds an entry. Each row is checked by the same rules as the entry’s form, and
        a row that fails is listed with its line and left out. Parties are named by their address name (slug).
        The downloads of the lists write the same columns, so a file can be edited and imported back.
      </p>
      {TRACKER_ENTITIES.map((entity) => (
        <section key={entity} aria-labelledby={`columns-${entity}`}>
          <h3 id={`columns-${entity}`}>
            {TITLES[entity]}{' '}
            <a href={`/admin/import/templates/${entity}.csv`} download>
              (template)
            </a>
          </h3>
          <div className="table-scroll">
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col">Column</th>
                  <th scope="col">What it holds</th>
                </tr>
              </thead>
              <tbody>
                {TRACKER_COLUMNS[entity].map((column) => (
                  <tr key={column.name}>
                    <th scope="row">
                      <code>{column.name}</code>
                    </th>
                    <td>
                      {column.about}
                      {column.readOnly ? ' Written by the downloads; not read by the import.' : ''}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ))}
    </details>
  );
}
