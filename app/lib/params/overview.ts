import 'server-only';
import { AS_OF_PARAMS } from './asof';
import { cache } from 'react';
import type { OverviewFilter } from '@/db/queries/overview/overview-filter';
import { linkValues, resolveParams, type ResolvedParams } from './resolve-params';
import { withParams, type ParamSpecs, type SearchParams } from './search-params';
import { AID_CATEGORIES, SANCTION_MEASURES } from '@/domain/vocabulary';
import { DATE_RANGE } from './common';
import { enumParam, slugParam } from './search-params';

export const OVERVIEW_PARAMS = {
  party: {
    label: 'party',
    schema: slugParam,
    description:
      "A party's slug (united-states): its aid given and received, sanctions imposed and suffered, events it was part of.",
  },
  category: {
    label: 'aid category',
    schema: enumParam(AID_CATEGORIES),
    description: 'Aid of this category only (sanctions are not narrowed).',
  },
  measure: {
    label: 'sanction measure',
    schema: enumParam(SANCTION_MEASURES),
    description: 'Sanctions of this measure only (aid is not narrowed).',
  },
  ...DATE_RANGE,
  ...AS_OF_PARAMS,
};

export interface OverviewParams {
  resolved: ResolvedParams<typeof OVERVIEW_PARAMS>;
  /** Valid URL values as strings, for links that keep the filters. */
  values: Record<string, string | undefined>;
  filter: OverviewFilter;
}

/**
 * The overview's URL filters, resolved once per request however many sections ask
 * (React `cache`: every section receives the same searchParams object).
 */
export const resolveOverviewParams = cache((searchParams: SearchParams): OverviewParams => {
  const resolved = resolveParams(searchParams, OVERVIEW_PARAMS);
  const { values, parties } = resolved;
  // Only the keys that are set: equal filters must make equal cache keys.
  const filter = Object.fromEntries(
    Object.entries({
      partyId: parties.party?.id,
      category: values.category,
      measure: values.measure,
      from: values.from,
      to: values.to,
      asof: values.asof,
    }).filter(([, v]) => v !== undefined),
  ) as OverviewFilter;
  return { resolved, values: linkValues(values), filter };
});

/**
 * A link to the list behind a figure: its own parameters, plus those of the overview's
 * filters the list understands (the aid list has no `measure`, parties no dates).
 */
export function listHref(
  path: string,
  own: Record<string, string>,
  overview: Record<string, string | undefined>,
  accepts: ParamSpecs,
): string {
  const carried = Object.fromEntries(Object.entries(overview).filter(([k]) => k in accepts && !(k in own)));
  return `${path}${withParams({ ...own, ...carried })}`;
}
