// Who plays which part in the synthetic world. Country names come from Intl; only ISO
// codes, rankings and organisation names are written here.

/** States that appear, by ISO 3166-1 alpha-2 code. */
export const STATE_CODES = [
  // donors
  'US', 'DE', 'GB', 'JP', 'CA', 'FR', 'NL', 'NO', 'SE', 'IT', 'DK', 'PL', 'AU', 'CH', 'KR', 'ES', 'FI', 'BE', 'AT',
  'SA', 'AE', 'CZ', 'IE', 'NZ', 'QA', 'KW', 'CN', 'TR', 'LT', 'EE', 'LV', 'PT', 'SK', 'RO', 'LU', 'IS', 'HR', 'SI',
  'BG', 'GR', 'IN', 'BR',
  // recipients
  'UA', 'SY', 'YE', 'AF', 'SD', 'SS', 'SO', 'ET', 'CD', 'PS', 'MD', 'JO', 'LB', 'HT', 'MM', 'BD', 'NG', 'ML', 'NE',
  'BF', 'TD', 'CF', 'VE', 'CO', 'IQ', 'PK', 'KE', 'UG', 'MZ', 'ZW', 'LY', 'GE', 'AM', 'NP', 'PH', 'LK', 'EG', 'TN', 'MA',
  // sanctioned, and the rest of the world
  'RU', 'IR', 'BY', 'KP', 'CU', 'NI', 'ER', 'IL', 'MX', 'AR', 'ZA', 'ID', 'MY', 'SG', 'KZ', 'AZ', 'RS', 'HU', 'CY', 'LR', 'SL', 'GN',
] as const;

export interface OrgSpec {
  key: string;
  name: string;
  kind: 'bloc' | 'international_org' | 'other';
  description: string;
}

export const ORGANISATIONS: OrgSpec[] = [
  { key: 'eu', name: 'European Union', kind: 'bloc', description: 'Union of 27 European states.' },
  { key: 'g7', name: 'Group of Seven (G7)', kind: 'bloc', description: 'Forum of seven advanced economies.' },
  { key: 'nato', name: 'North Atlantic Treaty Organization (NATO)', kind: 'bloc', description: 'Military alliance.' },
  { key: 'au', name: 'African Union', kind: 'bloc', description: 'Union of 55 African states.' },
  { key: 'asean', name: 'Association of Southeast Asian Nations (ASEAN)', kind: 'bloc', description: 'Regional bloc.' },
  { key: 'arab-league', name: 'League of Arab States', kind: 'bloc', description: 'Regional organisation.' },
  { key: 'gcc', name: 'Gulf Cooperation Council', kind: 'bloc', description: 'Union of six Gulf states.' },
  { key: 'eaeu', name: 'Eurasian Economic Union', kind: 'bloc', description: 'Economic union led by Russia.' },
  { key: 'mercosur', name: 'Mercosur', kind: 'bloc', description: 'South American trade bloc.' },
  { key: 'ecowas', name: 'Economic Community of West African States (ECOWAS)', kind: 'bloc', description: 'Regional bloc.' },
  { key: 'un', name: 'United Nations', kind: 'international_org', description: 'Security Council sanctions regimes.' },
  { key: 'world-bank', name: 'World Bank', kind: 'international_org', description: 'Development lender.' },
  { key: 'imf', name: 'International Monetary Fund', kind: 'international_org', description: 'Lender of last resort.' },
  { key: 'unhcr', name: 'UN Refugee Agency (UNHCR)', kind: 'international_org', description: 'Refugee protection.' },
  { key: 'wfp', name: 'World Food Programme', kind: 'international_org', description: 'Food assistance.' },
  { key: 'unicef', name: 'UNICEF', kind: 'international_org', description: 'Children’s fund.' },
  { key: 'icrc', name: 'International Committee of the Red Cross', kind: 'international_org', description: 'Humanitarian organisation.' },
  { key: 'who', name: 'World Health Organization', kind: 'international_org', description: 'Public health agency.' },
  { key: 'ebrd', name: 'European Bank for Reconstruction and Development', kind: 'international_org', description: 'Development bank.' },
  { key: 'adb', name: 'Asian Development Bank', kind: 'international_org', description: 'Development bank.' },
  { key: 'ocha', name: 'UN Office for the Coordination of Humanitarian Affairs', kind: 'international_org', description: 'Pooled humanitarian funds.' },
  { key: 'private-donors', name: 'Private donors', kind: 'other', description: 'Individuals and crowdfunding, aggregated.' },
  { key: 'foundations', name: 'Charitable foundations', kind: 'other', description: 'Philanthropic foundations, aggregated.' },
  { key: 'shipping-intermediaries', name: 'Unidentified shipping intermediaries', kind: 'other', description: 'Shadow-fleet operators.' },
];

/** Donors, biggest first: drawn with Zipf weights, so the first few give most. */
export const DONOR_RANKING = [
  'US', 'eu', 'DE', 'GB', 'JP', 'world-bank', 'CA', 'FR', 'NL', 'NO', 'imf', 'SE', 'IT', 'DK', 'PL', 'AU', 'CH', 'KR',
  'ES', 'FI', 'BE', 'AT', 'SA', 'AE', 'CZ', 'IE', 'ebrd', 'NZ', 'QA', 'KW', 'CN', 'TR', 'LT', 'EE', 'LV', 'PT', 'SK',
  'RO', 'LU', 'IS', 'adb', 'HR', 'SI', 'BG', 'GR', 'IN', 'BR', 'private-donors', 'foundations',
];

/** Recipients, biggest first. */
export const RECIPIENT_RANKING = [
  'UA', 'SY', 'YE', 'AF', 'SD', 'wfp', 'unhcr', 'PS', 'SS', 'SO', 'ET', 'CD', 'MD', 'JO', 'LB', 'unicef', 'TR', 'PL',
  'HT', 'MM', 'BD', 'NG', 'ML', 'NE', 'BF', 'TD', 'CF', 'VE', 'CO', 'IQ', 'PK', 'KE', 'UG', 'MZ', 'ZW', 'LY', 'GE',
  'AM', 'NP', 'PH', 'LK', 'EG', 'TN', 'MA', 'icrc', 'who', 'ocha',
];

/** Imposers of sanctions, most active first. */
export const IMPOSER_RANKING = [
  'US', 'eu', 'GB', 'CA', 'CH', 'AU', 'JP', 'un', 'NZ', 'NO', 'UA', 'KR', 'RU', 'CN', 'SG', 'IS', 'ecowas', 'BY', 'IR',
];

/** Imposers whose sanctions answer the West's: they target Western parties. */
export const COUNTER_IMPOSERS = new Set(['RU', 'CN', 'BY', 'IR']);

/** How often a country's parties are sanctioned, relative to one another. */
export const TARGET_COUNTRY_WEIGHT: Record<string, number> = {
  RU: 10, IR: 4, BY: 3, KP: 3, SY: 2, VE: 2, MM: 1.5, CN: 1.5, CU: 0.7, NI: 0.7, AE: 0.6, TR: 0.4,
};
export const TARGET_STATES = ['RU', 'IR', 'BY', 'KP', 'SY', 'VE', 'MM', 'CU', 'NI', 'ER', 'AF', 'ML', 'NE', 'LY', 'SD'];
export const WESTERN = new Set(['US', 'GB', 'DE', 'CA', 'AU', 'JP', 'FR', 'PL', 'LT']);

/** States that also appear as their government (a sanctions target, or a party to events). */
export const GOVERNMENT_CODES = [
  'RU', 'IR', 'BY', 'KP', 'SY', 'VE', 'MM', 'CU', 'NI', 'AF', 'ML', 'NE', 'SD', 'LY', 'UA', 'US', 'GB', 'DE', 'FR',
  'JP', 'CN', 'TR', 'IL', 'PL', 'CA',
];

/** Currency each donor announces in (ISO 4217); absent means US dollars. */
export const DONOR_CURRENCY: Record<string, string> = {
  eu: 'EUR', DE: 'EUR', FR: 'EUR', NL: 'EUR', IT: 'EUR', ES: 'EUR', FI: 'EUR', BE: 'EUR', AT: 'EUR', IE: 'EUR',
  LT: 'EUR', EE: 'EUR', LV: 'EUR', PT: 'EUR', SK: 'EUR', LU: 'EUR', HR: 'EUR', SI: 'EUR', GR: 'EUR', ebrd: 'EUR',
  GB: 'GBP', JP: 'JPY', CA: 'CAD', NO: 'NOK', SE: 'SEK', DK: 'DKK', PL: 'PLN', AU: 'AUD', CH: 'CHF', KR: 'KRW',
  SA: 'SAR', AE: 'AED', CZ: 'CZK', NZ: 'NZD', QA: 'QAR', KW: 'KWD', CN: 'CNY', TR: 'TRY', RO: 'RON', IS: 'ISK',
  BG: 'BGN', IN: 'INR', BR: 'BRL', imf: 'XDR',
};

/** Rough US dollars per unit; the synthetic data needs plausible, not historical, rates. */
export const USD_PER_UNIT: Record<string, number> = {
  USD: 1, EUR: 1.1, GBP: 1.27, JPY: 0.0072, CAD: 0.74, NOK: 0.095, SEK: 0.095, DKK: 0.147, PLN: 0.25, AUD: 0.66,
  CHF: 1.12, KRW: 0.00075, SAR: 0.2667, AED: 0.2723, CZK: 0.044, NZD: 0.61, QAR: 0.2747, KWD: 3.25, CNY: 0.14,
  TRY: 0.05, RON: 0.22, ISK: 0.0072, BGN: 0.56, INR: 0.012, BRL: 0.19, XDR: 1.33,
};

/** Legal bases an imposer cites; others cite none. */
export const LEGAL_BASES: Record<string, string[]> = {
  US: ['Executive Order 14024', 'Executive Order 13660', 'Executive Order 13661', 'Executive Order 13662',
    'CAATSA Section 231', 'Global Magnitsky Human Rights Accountability Act', 'Executive Order 13846'],
  eu: ['Council Regulation (EU) No 269/2014', 'Council Regulation (EU) No 833/2014', 'Council Decision 2014/145/CFSP',
    'Council Regulation (EU) 2020/1998', 'Council Regulation (EU) No 765/2006'],
  GB: ['The Russia (Sanctions) (EU Exit) Regulations 2019', 'The Global Human Rights Sanctions Regulations 2020',
    'Sanctions and Anti-Money Laundering Act 2018'],
  CA: ['Special Economic Measures Act', 'Justice for Victims of Corrupt Foreign Officials Act'],
  CH: ['Embargo Act (SR 946.231)'],
  AU: ['Autonomous Sanctions Act 2011'],
  JP: ['Foreign Exchange and Foreign Trade Act'],
  un: ['UN Security Council Resolution 2397', 'UN Security Council Resolution 2231', 'UN Security Council Resolution 1970'],
  NZ: ['Russia Sanctions Act 2022'],
  UA: ['Law of Ukraine "On Sanctions"'],
};
