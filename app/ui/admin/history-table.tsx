import Link from '@/app/ui/link';
import type { HistoryEntry } from '@/db/queries/admin/history';
import { diffSnapshots } from '@/app/lib/diff';
import { formatVocabulary } from '@/app/lib/format';

export const ADMIN_PATHS: Record<string, string> = {
  aid_package: '/admin/aid',
  sanction: '/admin/sanctions',
  event: '/admin/events',
  party: '/admin/parties',
  source: '/admin/sources',
};

const when = (iso: string) => `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;

/** Audit entries with a readable diff of each change. */
export function HistoryTable({
  entries,
  showEntry = true,
}: {
  entries: HistoryEntry[];
  showEntry?: boolean;
}) {
  return (
    <ol className="history">
      {entries.map((e) => {
        const changes = diffSnapshots(e.before, e.after, e.names);
        return (
          <li key={e.id} className="history-entry">
            <p className="history-head">
              <time dateTime={e.at}>{when(e.at)}</time> · <strong>{e.editor ?? 'unknown editor'}</strong>{' '}
              <span className={`badge badge-action-${e.action}`}>{formatVocabulary(e.action)}</span>
              {showEntry && (
                <>
                  {' '}
                  {formatVocabulary(e.entityType)}{' '}
                  <Link href={`${ADMIN_PATHS[e.entityType]}/${e.entityId}`}>{e.label}</Link>
                </>
              )}
            </p>
            {e.action === 'update' && changes.length > 0 && (
              <table className="diff">
                <thead>
                  <tr>
                    <th scope="col">Field</th>
                    <th scope="col">Before</th>
                    <th scope="col">After</th>
                  </tr>
                </thead>
                <tbody>
                  {changes.map((c) => (
                    <tr key={c.field}>
                      <th scope="row">{c.field}</th>
                      <td className="diff-before">{c.before}</td>
                      <td className="diff-after">{c.after}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
            {e.action === 'update' && changes.length === 0 && <p className="muted">No visible change.</p>}
          </li>
        );
      })}
    </ol>
  );
}
