import type { ImportFormat } from './vocabulary';

// Whose data the importer brings in, and on what terms. An imported row cites its list as a
// source and keeps the list's terms; the tracker's licence (licence.ts) covers what it adds.
// Keyed by format, so a new reader cannot ship without saying whose data it reads.

export interface ListTerms {
  list: string;
  publisher: string;
  /** Where the list is published. */
  url: string;
  /** The terms in a few words. */
  terms: string;
  termsUrl?: string;
  /** The credit the publisher asks for, when it names one. */
  credit?: string;
}

export const LIST_TERMS: Record<Exclude<ImportFormat, 'tracker-csv'>, ListTerms> = {
  'ofac-sdn': {
    list: 'Specially Designated Nationals and Blocked Persons List (SDN)',
    publisher: 'U.S. Department of the Treasury, Office of Foreign Assets Control',
    url: 'https://sanctionslist.ofac.treas.gov/',
    terms: 'Public domain (a work of the U.S. federal government, 17 U.S.C. § 105)',
  },
  'un-xml': {
    list: 'United Nations Security Council Consolidated List',
    publisher: 'United Nations Security Council',
    url: 'https://main.un.org/securitycouncil/en/content/un-sc-consolidated-list',
    terms: 'United Nations terms of use',
    termsUrl: 'https://www.un.org/en/about-us/terms-of-use',
  },
  'eu-fsf': {
    list: 'Consolidated list of persons, groups and entities subject to EU financial sanctions',
    publisher: 'European Commission',
    url: 'https://webgate.ec.europa.eu/fsd/fsf',
    terms: 'Reuse authorised with the source acknowledged (Commission Decision 2011/833/EU)',
    termsUrl: 'https://eur-lex.europa.eu/eli/dec/2011/833/oj',
    credit: 'Source: European Commission',
  },
  'uk-xml': {
    list: 'UK Sanctions List',
    publisher: 'Foreign, Commonwealth & Development Office',
    url: 'https://www.gov.uk/government/publications/the-uk-sanctions-list',
    terms: 'Open Government Licence v3.0',
    termsUrl: 'https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/',
    credit: 'Contains public sector information licensed under the Open Government Licence v3.0',
  },
  'fts-csv': {
    list: 'Financial Tracking Service: incoming funding',
    publisher: 'UN Office for the Coordination of Humanitarian Affairs (OCHA)',
    url: 'https://fts.unocha.org/',
    terms: 'Creative Commons Attribution for Intergovernmental Organisations (CC BY-IGO 3.0)',
    termsUrl: 'https://creativecommons.org/licenses/by/3.0/igo/',
    credit: 'OCHA Financial Tracking Service',
  },
  'one-csv': {
    list: 'Ukraine ODA tracker (2022)',
    publisher: 'ONE Campaign',
    url: 'https://github.com/ONEcampaign/ukraine_oda_tracker',
    terms: 'MIT licence',
    termsUrl: 'https://github.com/ONEcampaign/ukraine_oda_tracker/blob/main/LICENSE',
    credit: 'ONE Campaign',
  },
  ftm: {
    list: 'FollowTheMoney entity files (such as OpenSanctions exports)',
    publisher: 'Whoever published the file',
    url: 'https://followthemoney.tech/',
    terms:
      "The publisher's own terms: OpenSanctions' data is CC BY-NC 4.0, non-commercial use unless licensed",
    termsUrl: 'https://www.opensanctions.org/licensing/',
  },
};
