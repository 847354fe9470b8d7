import 'server-only';
import { findPartiesBySlugs, type PartyRefWithId } from '@/db/queries/parties/party-lookup';
import {
  checkDateRange,
  parseSearchParams,
  type ParamSpecs,
  type ParsedParams,
  type SearchParams,
} from './search-params';

export interface ResolvedParams<S extends ParamSpecs> {
  /** Valid values only; what the URL asked for that could not be used is in `notices`. */
  values: ParsedParams<S>;
  /** Party-valued parameters looked up by slug. */
  parties: Partial<Record<keyof S, PartyRefWithId>>;
  notices: string[];
}

/**
 * Parses a view's search params, looks up the party slugs among them and drops what
 * cannot be used (unknown parties, inverted date ranges) with a notice for the reader.
 */
export function resolveParams<S extends ParamSpecs>(searchParams: SearchParams, specs: S): ResolvedParams<S> {
  const parsed = parseSearchParams(searchParams, specs);
  const notices = parsed.notices;
  let values = parsed.values as Record<string, unknown>;
  const partyKeys = Object.keys(specs).filter((k) => isPartyParam(k) && typeof values[k] === 'string');
  const found = findPartiesBySlugs(partyKeys.map((k) => values[k] as string));
  const parties: Record<string, PartyRefWithId> = {};
  for (const key of partyKeys) {
    const slug = values[key] as string;
    const party = found.get(slug);
    if (party) parties[key] = party;
    else {
      notices.push(`Ignored ${specs[key]?.label} “${slug}”: no such party.`);
      values = { ...values, [key]: undefined };
    }
  }
  values = checkDateRange(values as { from?: string; to?: string }, notices);
  return { values: values as ParsedParams<S>, parties: parties as ResolvedParams<S>['parties'], notices };
}

const PARTY_PARAMS = new Set(['party', 'donor', 'recipient', 'imposer', 'target']);
const isPartyParam = (key: string) => PARTY_PARAMS.has(key);

/** The URL values as strings, for links that keep the current filters. */
export function linkValues(values: Record<string, unknown>): Record<string, string | undefined> {
  return Object.fromEntries(
    Object.entries(values).map(([k, v]) => [k, v === undefined || v === null ? undefined : String(v)]),
  );
}
