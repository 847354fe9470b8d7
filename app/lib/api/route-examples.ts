import type { ApiExample } from './descriptor';

// The documented examples, abridged from what each request answers on the reference
// data (routes.test.ts checks each against its schema, and asks each request).

export const OVERVIEW_EXAMPLES: [ApiExample, ...ApiExample[]] = [
  {
    name: 'party-since',
    summary: 'The United States as donor, recipient, imposer or target, from 2022 on (tables abridged)',
    query: 'party=united-states&from=2022-01-01',
    type: 'application/json',
    response: {
      query: {
        party: 'united-states',
        category: null,
        measure: null,
        from: '2022-01-01',
        to: null,
        asof: null,
      },
      headlines: {
        aid: {
          committed_usd: 13800000000,
          committed_packages: 2,
          uncommitted_packages: 0,
          uncommitted_known_usd: 0,
          uncommitted_undisclosed: 0,
        },
        sanctions: { in_force: 3, imposers: 1, targets: 3, threatened: 1 },
      },
      tables: {
        aid_by_category: [{ category: 'humanitarian', committed_usd: 13600000000, packages: 1 }],
        aid_by_donor: [
          {
            donor: 'united-states',
            donor_name: 'United States',
            humanitarian_usd: 13600000000,
            military_usd: 200000000,
            economic_usd: 0,
            committed_usd: 13800000000,
            packages: 2,
          },
        ],
        aid_by_status: [{ status: 'approved', packages: 1, known_usd: 13600000000, undisclosed: 0 }],
        aid_flows: [
          {
            donor: 'united-states',
            donor_name: 'United States',
            recipient: 'ukraine',
            recipient_name: 'Ukraine',
            committed_usd: 13800000000,
            packages: 2,
          },
        ],
        aid_over_time: [
          { period: '2022-03-10', bin: 'day', committed_usd: 13600000000, cumulative_usd: 13600000000 },
        ],
        aid_over_time_events: [
          {
            date: '2022-03-13',
            event_id: 4,
            title: 'US National Security Advisor Jake Sullivan warns China of consequences',
            permalink: '/events/4',
          },
        ],
        sanctions_by_imposer: [
          {
            imposer: 'united-states',
            imposer_name: 'United States',
            threatened: 1,
            proposed: 0,
            imposed: 3,
            suspended: 0,
            lifted: 0,
            total: 4,
          },
        ],
        sanctions_by_target_kind: [
          {
            target_kind: 'government',
            threatened: 0,
            proposed: 0,
            imposed: 1,
            suspended: 0,
            lifted: 0,
            total: 1,
          },
        ],
        sanctions_by_measure: [
          { measure: 'economic', threatened: 0, proposed: 0, imposed: 3, suspended: 0, lifted: 0, total: 3 },
        ],
        sanctions_over_time: [
          {
            period: '2022-02',
            bin: 'month',
            threatened: 0,
            proposed: 0,
            imposed: 3,
            suspended: 0,
            lifted: 0,
            total: 3,
          },
        ],
        timeline: [
          {
            date: '2022-03-13',
            type: 'event',
            id: 4,
            title: 'US National Security Advisor Jake Sullivan warns China of consequences',
            status: null,
            kind: null,
            amount_usd: null,
            parties: ['china', 'united-states'],
            party_names: ['China', 'United States'],
            permalink: '/events/4',
          },
        ],
      },
      timeline_total: 8,
    },
  },
  {
    name: 'table-csv',
    summary: "The aid-by-donor chart's table as CSV",
    query: 'table=aid_by_donor&format=csv',
    type: 'text/csv',
    response:
      'donor,donor_name,humanitarian_usd,military_usd,economic_usd,committed_usd,packages\r\n' +
      'united-states,United States,13600000000,200000000,0,13800000000,2\r\n',
  },
  {
    name: 'table-json',
    summary: "One chart's table as JSON: sanctions by measure, economic measures only",
    query: 'table=sanctions_by_measure&measure=economic',
    type: 'application/json',
    response: {
      query: { party: null, category: null, measure: 'economic', from: null, to: null, asof: null },
      table: 'sanctions_by_measure',
      title: 'Sanctions by measure',
      rows: [
        { measure: 'economic', threatened: 0, proposed: 0, imposed: 9, suspended: 0, lifted: 0, total: 9 },
      ],
    },
  },
];

export const CHANGES_EXAMPLES: [ApiExample, ...ApiExample[]] = [
  {
    name: 'sanctions',
    summary: 'The newest change to a sanction',
    query: 'kind=sanctions&limit=1',
    type: 'application/json',
    response: {
      data: [
        {
          id: 42,
          at: '2026-03-01T09:30:00.000Z',
          action: 'lifted',
          kind: 'sanctions',
          title: 'Asset freeze on Vladimir Putin',
          permalink: '/sanctions/12',
          fields: [{ field: 'status', before: 'imposed', after: 'lifted' }],
          entry_id: 12,
          import: null,
        },
      ],
      next: 'MjAyNi0wMy0wMVQwOTozMDowMC4wMDBafjQyfjVmMjc0YjEyOWUzYzRkMDE',
    },
  },
];

export const FTM_EXAMPLES: [ApiExample, ...ApiExample[]] = [
  {
    name: 'all',
    summary: 'Every public party, sanction and aid package (first line shown)',
    query: '',
    type: 'application/x-ndjson',
    response: {
      id: 'tracker-party-1',
      schema: 'PublicBody',
      properties: { name: ['United States'], country: ['us'], topics: ['gov.national'] },
    },
  },
];

export const OPENAPI_EXAMPLES: [ApiExample, ...ApiExample[]] = [
  {
    name: 'document',
    summary: 'This document (abridged)',
    query: '',
    type: 'application/json',
    response: {
      openapi: '3.1.0',
      info: {
        title: 'Sanctions & Aid Tracker API',
        version: '1',
        license: { name: 'CC-BY-4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
      },
      paths: { '/api/v1/overview': { get: { operationId: 'getOverview' } } },
    },
  },
];
