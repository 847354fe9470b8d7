import type { ImportBatchRow } from '@/db/queries/admin/import-batches';

const ENTRY_LABELS = { aid: 'Aid', sanctions: 'Sanctions', events: 'Events', parties: 'Parties' } as const;

type Counts = ImportBatchRow['counts'];

/** What an import changes (or changed), one row per kind of entry, as a table. */
export function ImportCounts({ counts, caption }: { counts: Counts; caption: string }) {
  const rows: [string, number, number, number, string][] = [
    [
      'Parties',
      counts.parties.new + counts.aid.newParties,
      counts.parties.updated,
      counts.parties.unchanged,
      counts.parties.ambiguous ? `${counts.parties.ambiguous} ambiguous, left out` : '',
    ],
    [
      'Sanctions',
      counts.sanctions.new,
      counts.sanctions.updated,
      counts.sanctions.unchanged,
      [
        counts.sanctions.lifted ? `${counts.sanctions.lifted} lifted` : '',
        counts.sanctions.held ? `${counts.sanctions.held} held back` : '',
      ]
        .filter(Boolean)
        .join(', '),
    ],
    [
      'Aid',
      counts.aid.new,
      counts.aid.updated,
      counts.aid.unchanged,
      counts.aid.held ? `${counts.aid.held} held back` : '',
    ],
  ];
  // The tracker's own CSV holds entries of one kind and no list's parties or designations.
  const entries = counts.entries;
  if (entries?.entity)
    rows.splice(0, rows.length, [
      `${ENTRY_LABELS[entries.entity]} (tracker CSV)`,
      entries.new,
      entries.updated,
      entries.unchanged,
      '',
    ]);
  return (
    <div className="table-scroll">
      <table className="data-table" data-testid="import-counts">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Entries</th>
            <th scope="col" className="numeric">
              New
            </th>
            <th scope="col" className="numeric">
              Matched, updated
            </th>
            <th scope="col" className="numeric">
              Matched, unchanged
            </th>
            <th scope="col">Also</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([label, added, updated, unchanged, also]) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              <td className="numeric">{added.toLocaleString('en-US')}</td>
              <td className="numeric">{updated.toLocaleString('en-US')}</td>
              <td className="numeric">{unchanged.toLocaleString('en-US')}</td>
              <td>{also}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** A titled list of the first items of one kind, saying how many more there are. */
export function FirstRows({ title, items, shown = 10 }: { title: string; items: string[]; shown?: number }) {
  if (items.length === 0) return null;
  return (
    <section className="section">
      <h2>
        {title} ({items.length.toLocaleString('en-US')})
      </h2>
      <ul>
        {items.slice(0, shown).map((item, i) => (
          <li key={i}>{item}</li>
        ))}
      </ul>
      {items.length > shown && <p>… and {(items.length - shown).toLocaleString('en-US')} more.</p>}
    </section>
  );
}
