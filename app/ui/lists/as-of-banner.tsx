import Link from '@/app/ui/link';
import { formatDate } from '@/app/lib/format';
import { withParams } from '@/app/lib/params/search-params';

/**
 * Says that the page shows the tracker as it stood at the end of a past day, with the same
 * view today (the URL without `asof`; its page number too, as the rows differ).
 */
export function AsOfBanner({
  path,
  params,
}: {
  path: string;
  /** The page's URL values; nothing is shown without `asof`. */
  params: Record<string, string | undefined>;
}) {
  const { asof } = params;
  if (!asof) return null;
  return (
    <p className="as-of-banner" role="note">
      As it stood at the end of{' '}
      <strong>
        <time dateTime={asof}>{formatDate(asof)}</time>
      </strong>{' '}
      (UTC) ·{' '}
      <Link href={`${path}${withParams(params, { asof: undefined, page: undefined })}`}>Back to today</Link>
    </p>
  );
}
