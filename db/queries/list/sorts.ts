// Sortable columns of each list: shared by the URL parameters (app/lib/params/) and the queries.
export const AID_SORTS = ['date', 'amount', 'donor', 'recipient', 'category', 'status', 'title'] as const;
export type AidSort = (typeof AID_SORTS)[number];

export const SANCTION_SORTS = ['date', 'imposer', 'target', 'measure', 'status', 'title'] as const;
export type SanctionSort = (typeof SANCTION_SORTS)[number];

export const EVENT_SORTS = ['date', 'title'] as const;
export type EventSort = (typeof EVENT_SORTS)[number];

export const PARTY_SORTS = ['name', 'kind', 'given', 'received', 'imposed', 'targeted'] as const;
export type PartySort = (typeof PARTY_SORTS)[number];

export const SOURCE_SORTS = ['date', 'title', 'publisher', 'citations'] as const;
export type SourceSort = (typeof SOURCE_SORTS)[number];

export type SortDir = 'asc' | 'desc';
