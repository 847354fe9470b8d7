import 'server-only';
import { getEarliestDay } from '@/db/queries/asof/earliest';
import { isoDateParam } from './search-params';

// `?asof=YYYY-MM-DD`: the tracker as it stood at the end of that day (UTC). One check for
// the pages (a bad value is ignored with a notice) and the API (a 400 giving the reason).

/** Today's date (UTC), the latest `asof` there can be. */
export const todayUtc = () => new Date().toISOString().slice(0, 10);

/** A real day, not after today, not before the tracker's first entry. */
export const asOfParam = isoDateParam.superRefine((day, ctx) => {
  const today = todayUtc();
  if (day > today) {
    ctx.addIssue({ code: 'custom', message: `it is in the future (today is ${today})` });
    return;
  }
  const first = getEarliestDay();
  if (first === null || day < first)
    ctx.addIssue({
      code: 'custom',
      message: first === null ? 'the tracker holds nothing yet' : `it is before the first entry (${first})`,
    });
});

/** The parameter as the pages declare theirs (app/lib/params/*). */
export const AS_OF_PARAMS = { asof: { label: 'as-of date', schema: asOfParam } };

/**
 * Why `day` cannot be shown (“it is in the future (today is 2026-12-08)”), or undefined when
 * it can: for the API's 400 problem, in the words the pages' notices use.
 */
export function asOfProblem(day: string): string | undefined {
  const checked = asOfParam.safeParse(day);
  return checked.success ? undefined : (checked.error.issues[0]?.message ?? 'not understood');
}
