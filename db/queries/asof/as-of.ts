import { readAsOf } from './rewind';

// How a query takes `asof` (a field of its filter): reads with it run on the data as it
// stood at the end of that day (rewind.ts); reads without it are today's, untouched.

/**
 * For reads bounded by announcement date (aid, sanctions, the overview): the filter's `to`
 * is held to the day, which leaves out what was announced after it without rewinding it.
 */
export function datedAsOf<F extends { asof?: string; to?: string }, T>(filter: F, read: (filter: F) => T): T {
  const { asof, ...rest } = filter;
  if (asof === undefined) return read(filter);
  const to = rest.to !== undefined && rest.to < asof ? rest.to : asof;
  return readAsOf({ asof, dated: true }, () => read({ ...rest, to } as F));
}

/** For reads of every entry whatever its date (parties, sources, events, a party's page). */
export function wholeAsOf<F extends { asof?: string }, T>(filter: F, read: (filter: F) => T): T {
  const { asof, ...rest } = filter;
  if (asof === undefined) return read(filter);
  return readAsOf({ asof, dated: false }, () => read(rest as F));
}

/**
 * An overview read that takes `asof` in its filter (argument `at`): the same read, run as of
 * that day when it is set.
 */
export const overviewAsOf =
  <A extends unknown[], T>(read: (...args: A) => T, at = 0) =>
  (...args: A): T => {
    const filter = (args[at] ?? {}) as { asof?: string; to?: string };
    if (filter.asof === undefined) return read(...args);
    return datedAsOf(filter, (bounded) => {
      const next = [...args] as A;
      next[at] = bounded;
      return read(...next);
    });
  };
