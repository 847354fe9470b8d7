import {
  AID_CATEGORIES,
  AID_STATUSES,
  COMMITTED_AID_STATUSES,
  PARTY_KINDS,
  SANCTION_MEASURES,
  SANCTION_STATUSES,
  UNCOMMITTED_AID_STATUSES,
  type AidStatus,
} from '@/domain/vocabulary';
import { AID_SORTS, EVENT_SORTS, PARTY_SORTS, SANCTION_SORTS, SOURCE_SORTS } from '@/db/queries/list/sorts';
import { dirParam, enumParam, isoDateParam, pageParam, slugParam, textParam } from './search-params';

// What each view accepts in its URL. Validation only: party slugs are looked up later.

/** Status filter values: each lifecycle stage, plus the two groups the headline cards use. */
export const AID_STATUS_FILTERS = [...AID_STATUSES, 'committed', 'uncommitted'] as const;
export type AidStatusFilter = (typeof AID_STATUS_FILTERS)[number];

export function aidStatusesFor(filter: AidStatusFilter | undefined): readonly AidStatus[] | undefined {
  if (filter === 'committed') return COMMITTED_AID_STATUSES;
  if (filter === 'uncommitted') return UNCOMMITTED_AID_STATUSES;
  return filter ? [filter] : undefined;
}

const DATE_RANGE = {
  from: { label: 'start date', schema: isoDateParam },
  to: { label: 'end date', schema: isoDateParam },
};

export const OVERVIEW_PARAMS = {
  party: { label: 'party', schema: slugParam },
  category: { label: 'aid category', schema: enumParam(AID_CATEGORIES) },
  measure: { label: 'sanction measure', schema: enumParam(SANCTION_MEASURES) },
  ...DATE_RANGE,
};

const LIST_PARAMS = {
  q: { label: 'search', schema: textParam },
  page: { label: 'page', schema: pageParam },
  dir: { label: 'sort direction', schema: dirParam },
};

export const AID_PARAMS = {
  party: { label: 'party', schema: slugParam },
  donor: { label: 'donor', schema: slugParam },
  recipient: { label: 'recipient', schema: slugParam },
  category: { label: 'category', schema: enumParam(AID_CATEGORIES) },
  status: { label: 'status', schema: enumParam(AID_STATUS_FILTERS) },
  ...DATE_RANGE,
  sort: { label: 'sort', schema: enumParam(AID_SORTS) },
  ...LIST_PARAMS,
};

export const SANCTION_PARAMS = {
  party: { label: 'party', schema: slugParam },
  imposer: { label: 'imposing party', schema: slugParam },
  target: { label: 'target', schema: slugParam },
  measure: { label: 'measure', schema: enumParam(SANCTION_MEASURES) },
  status: { label: 'status', schema: enumParam(SANCTION_STATUSES) },
  targetKind: { label: 'target kind', schema: enumParam(PARTY_KINDS) },
  ...DATE_RANGE,
  sort: { label: 'sort', schema: enumParam(SANCTION_SORTS) },
  ...LIST_PARAMS,
};

export const EVENT_PARAMS = {
  party: { label: 'party', schema: slugParam },
  ...DATE_RANGE,
  sort: { label: 'sort', schema: enumParam(EVENT_SORTS) },
  ...LIST_PARAMS,
};

export const PARTY_ROLES = ['donor', 'recipient', 'imposer', 'target'] as const;
export type PartyRole = (typeof PARTY_ROLES)[number];

export const PARTY_PARAMS = {
  kind: { label: 'kind', schema: enumParam(PARTY_KINDS) },
  role: { label: 'role', schema: enumParam(PARTY_ROLES) },
  sort: { label: 'sort', schema: enumParam(PARTY_SORTS) },
  ...LIST_PARAMS,
};

export const SOURCE_PARAMS = {
  language: {
    label: 'language',
    schema: textParam.regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'not a language code such as fr'),
  },
  ...DATE_RANGE,
  sort: { label: 'sort', schema: enumParam(SOURCE_SORTS) },
  ...LIST_PARAMS,
};

export const PAGE_SIZE = 25;

/** A source's page: which page of each kind of citing entry. */
export const SOURCE_PAGE_PARAMS = {
  aid: { label: 'page of aid packages', schema: pageParam },
  sanctions: { label: 'page of sanctions', schema: pageParam },
  events: { label: 'page of events', schema: pageParam },
};
