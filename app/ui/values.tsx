import Link from '@/app/ui/link';
import { formatDate, formatUsd, formatUsdExact, formatVocabulary } from '@/app/lib/format';

// How single values look everywhere: amounts with their exact figure on hover, dates in
// one format, parties as links to their page.

export function Amount({ usd }: { usd: number | null }) {
  if (usd === null) return <span className="amount-unknown">{formatUsd(null)}</span>;
  return (
    <span className="amount" title={formatUsdExact(usd)}>
      {formatUsd(usd)}
    </span>
  );
}

/** An amount in its own currency, e.g. `£100,000,000`. */
export function OriginalAmount({ amount, currency }: { amount: number | null; currency: string | null }) {
  if (amount === null || currency === null) return <span className="amount-unknown">{formatUsd(null)}</span>;
  return (
    <span>
      {new Intl.NumberFormat('en-US', { style: 'currency', currency, maximumFractionDigits: 0 }).format(
        amount,
      )}
    </span>
  );
}

export function DateText({ iso }: { iso: string | null }) {
  if (!iso) return <span>{formatDate(null)}</span>;
  return <time dateTime={iso}>{formatDate(iso)}</time>;
}

export function PartyLink({ party }: { party: { slug: string; name: string } }) {
  return <Link href={`/parties/${party.slug}`}>{party.name}</Link>;
}

export function StatusBadge({ status }: { status: string }) {
  return <span className={`badge badge-${status}`}>{formatVocabulary(status)}</span>;
}

export function Tag({ value }: { value: string }) {
  return <span className="tag">{formatVocabulary(value)}</span>;
}
