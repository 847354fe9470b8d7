// One way to show amounts, dates and vocabulary everywhere on screen.

const compact = new Intl.NumberFormat('en-US', {
  notation: 'compact',
  compactDisplay: 'long',
  maximumFractionDigits: 1,
});
const exact = new Intl.NumberFormat('en-US', {
  style: 'currency',
  currency: 'USD',
  maximumFractionDigits: 0,
});
const dateFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});

export const AMOUNT_NOT_DISCLOSED = 'amount not disclosed';

/** `$13.6 billion`, `$200 million`; unknown amounts are said to be unknown, never $0. */
export function formatUsd(value: number | null | undefined): string {
  if (value === null || value === undefined) return AMOUNT_NOT_DISCLOSED;
  return `$${compact.format(value)}`;
}

const short = new Intl.NumberFormat('en-US', {
  style: 'currency',
  currency: 'USD',
  notation: 'compact',
  // Round ticks read `$14B`, not `$14.0B`.
  minimumFractionDigits: 0,
  maximumFractionDigits: 1,
});

/** `$13.6B`, `$14B`: for chart axes, where space is short. */
export function formatUsdShort(value: number): string {
  return short.format(value);
}

const shortCount = new Intl.NumberFormat('en-US', { notation: 'compact', maximumFractionDigits: 1 });

/** `1.4K`, `25K`: counts on chart axes, where four digits and a comma do not fit. */
export function formatCountShort(value: number): string {
  return shortCount.format(value);
}

/** The exact figure, for a title or tooltip: `$13,600,000,000`. */
export function formatUsdExact(value: number | null | undefined): string {
  if (value === null || value === undefined) return AMOUNT_NOT_DISCLOSED;
  return exact.format(value);
}

const monthFormat = new Intl.DateTimeFormat('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' });

/** `Feb 2022` for a `2022-02` month; a year stays `2022`: the periods charts group by. */
export function formatPeriod(period: string): string {
  return period.length === 7 ? monthFormat.format(new Date(`${period}-01T00:00:00Z`)) : period;
}

/** `10 Mar 2022` from an ISO `2022-03-10`. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return 'date unknown';
  const date = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? iso : dateFormat.format(date);
}

// Vocabulary labels are the domain's own (db/ and the forms use them too).
export { formatVocabulary } from '@/domain/vocabulary';

const languageNames = new Intl.DisplayNames(['en'], { type: 'language' });

/** `fr` → `French`. */
export function formatLanguage(code: string): string {
  try {
    return languageNames.of(code) ?? code;
  } catch {
    return code;
  }
}

const grouped = new Intl.NumberFormat('en-US');

/** `7,710`: counts with their digits grouped, as every figure on screen. */
export function formatCount(count: number): string {
  // One formatter for all: `toLocaleString` builds a new one on every call.
  return grouped.format(count);
}

/** `1 package`, `7,710 packages`. */
export function pluralize(count: number, singular: string, plural = `${singular}s`): string {
  return `${formatCount(count)} ${count === 1 ? singular : plural}`;
}
