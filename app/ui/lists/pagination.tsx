import Link from '@/app/ui/link';
import { formatCount } from '@/app/lib/format';
import { withParams } from '@/app/lib/params/search-params';

interface Props {
  page: number;
  pageCount: number;
  pageSize: number;
  total: number;
  /** A search with more matches than `total`: only the first `total` are paged. */
  capped?: boolean;
  noun: [singular: string, plural: string];
  params: Record<string, string | undefined>;
  /** The URL parameter holding the page number: `page` unless a view pages several lists. */
  param?: string;
  /** Where a page link lands: the list's own element, when it is not at the top. */
  anchor?: string;
  label?: string;
}

export function Pagination({
  page,
  pageCount,
  pageSize,
  total,
  capped = false,
  noun,
  params,
  param = 'page',
  anchor,
  label = 'Pages',
}: Props) {
  const first = total === 0 ? 0 : (page - 1) * pageSize + 1;
  const last = Math.min(total, page * pageSize);
  const href = (p: number) => {
    const query = withParams(params, { [param]: p === 1 ? undefined : p });
    // `?` keeps an empty query from reading as "this URL", which holds the other lists' pages.
    return anchor ? `${query || '?'}#${anchor}` : query;
  };
  return (
    <nav className="pagination" aria-label={label}>
      <p>
        {total === 0
          ? `No ${noun[1]}`
          : `${formatCount(first)}–${formatCount(last)} of ${capped ? 'more than ' : ''}${formatCount(total)} ${total === 1 ? noun[0] : noun[1]}`}
      </p>
      {pageCount > 1 && (
        <p className="pagination-links">
          {page > 1 ? (
            <Link href={href(page - 1)} rel="prev">
              ← Previous
            </Link>
          ) : (
            <span aria-disabled="true">← Previous</span>
          )}
          <span>
            Page {page} of {formatCount(pageCount)}
          </span>
          {page < pageCount ? (
            <Link href={href(page + 1)} rel="next">
              Next →
            </Link>
          ) : (
            <span aria-disabled="true">Next →</span>
          )}
        </p>
      )}
      {capped && (
        <p className="pagination-note">
          The pages go as far as the first {formatCount(total)} {noun[1]} in this order: sort the other way,
          or add a filter, to reach the others.
        </p>
      )}
    </nav>
  );
}
