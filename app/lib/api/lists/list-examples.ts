import type { ListKind } from '@/domain/list-download';
import type { ApiExample } from '../descriptor';

// The list routes' documented examples, abridged from what each answers on the reference
// data (routes.test.ts checks each against its schema, and asks each request).

const SOURCE = {
  source_url: null,
  source_title: 'La Russie a demandé à la Chine une aide militaire et économique',
  source_publisher: 'French-language news article reporting CNN',
  source_published_on: '2022-03-14',
  source_language: 'fr',
};

export const LIST_EXAMPLES: Record<ListKind, ApiExample[]> = {
  aid: [
    {
      name: 'donor-by-amount',
      summary: "The United States' packages, largest first, one an answer",
      query: 'donor=united-states&sort=amount&limit=1',
      type: 'application/json',
      response: {
        data: [
          {
            id: 1,
            permalink: '/aid/1',
            announced_on: '2022-03-10',
            title: 'US Senate approves emergency humanitarian aid for Ukraine',
            donor: 'united-states',
            donor_name: 'United States',
            recipient: 'ukraine',
            recipient_name: 'Ukraine',
            category: 'humanitarian',
            status: 'approved',
            amount: 13600000000,
            currency: 'USD',
            amount_usd: 13600000000,
            exchange_rate: null,
            rate_on: null,
            rate_source: null,
            description: 'Approved by the US Senate.',
            ...SOURCE,
            quote: 'l’approbation par le Sénat américain de 13,6 milliards de dollars d’aide humanitaire…',
            other_sources: [],
          },
        ],
        total: 2,
        total_is_lower_bound: false,
        limit: 1,
        next: 'Mn4xfkp4djVyRy1iRllmNH40YWZmMmE1NmY0MDc3ZGU3',
      },
    },
    {
      name: 'recipient-csv',
      summary: 'Every package to Ukraine as CSV (abridged to its header)',
      query: 'recipient=ukraine&format=csv',
      type: 'text/csv',
      response:
        'id,permalink,announced_on,title,donor,donor_name,recipient,recipient_name,category,status,amount,currency,' +
        'amount_usd,exchange_rate,rate_on,rate_source,description,source_url,source_title,source_publisher,' +
        'source_published_on,source_language,quote,other_sources\r\n',
    },
  ],
  sanctions: [
    {
      name: 'target-lines',
      summary: 'Every sanction against Vladimir Putin as JSON lines (one line shown)',
      query: 'target=vladimir-putin',
      type: 'application/x-ndjson',
      accept: 'application/x-ndjson',
      response: {
        id: 9,
        permalink: '/sanctions/9',
        announced_on: '2022-02-24',
        title: 'Economic sanctions after the invasion of Ukraine',
        imposer: 'european-union',
        imposer_name: 'European Union',
        target: 'vladimir-putin',
        target_name: 'Vladimir Putin',
        measure: 'economic',
        status: 'imposed',
        effective_on: '2022-02-24',
        lifted_on: null,
        legal_basis: null,
        programme: null,
        listed_on: null,
        authority_id: null,
        description: null,
        ...SOURCE,
        quote: 'les États-Unis, le Royaume-Uni et l’Union européenne faisaient partie de ceux qui ont ciblé…',
        other_sources: [],
      },
    },
  ],
  events: [
    {
      name: 'party',
      summary: 'Events involving Ukraine',
      query: 'party=ukraine&limit=1',
      type: 'application/json',
      response: {
        data: [
          {
            id: 2,
            permalink: '/events/2',
            occurred_on: '2022-02-24',
            title: 'Russia’s full-scale invasion of Ukraine',
            parties: ['russia', 'ukraine'],
            party_names: ['Russia', 'Ukraine'],
            description: null,
            ...SOURCE,
            quote: 'Suite à une invasion à grande échelle de l’Ukraine le 24 février',
            other_sources: [],
          },
        ],
        total: 1,
        total_is_lower_bound: false,
        limit: 1,
        next: null,
      },
    },
  ],
  parties: [
    {
      name: 'donors',
      summary: 'Donors, the largest first, with their figures',
      query: 'role=donor&sort=given&limit=1',
      type: 'application/json',
      response: {
        data: [
          {
            id: 1,
            permalink: '/parties/united-states',
            slug: 'united-states',
            name: 'United States',
            kind: 'state',
            country_code: 'US',
            parent: null,
            description: null,
            identifiers: [],
            aliases: [],
            given_usd: 13800000000,
            given_count: 2,
            received_usd: null,
            received_count: 0,
            imposed_count: 3,
            targeted_count: 0,
          },
        ],
        total: 2,
        total_is_lower_bound: false,
        limit: 1,
        next: 'Mn4xfm5DbmIyek90Qk5LZn45ZjEwNWUzZmU3NzAwZTBh',
      },
    },
  ],
  sources: [
    {
      name: 'all',
      summary: 'The sources, newest first',
      query: 'limit=1',
      type: 'application/json',
      response: {
        data: [
          {
            id: 1,
            permalink: '/sources/1',
            title: 'La Russie a demandé à la Chine une aide militaire et économique',
            publisher: 'French-language news article reporting CNN',
            url: null,
            published_on: '2022-03-14',
            language: 'fr',
            citing_count: 18,
          },
        ],
        total: 1,
        total_is_lower_bound: false,
        limit: 1,
        next: null,
      },
    },
  ],
};
