// Country names as sanctions lists write them → ISO 3166-1 alpha-2. The ISO names come from
// country-names.ts; LIST_SPELLINGS adds the spellings the lists use that no ISO name matches.
// A name that is not a country ("West Bank", "Region: Gaza", "undetermined") or that ISO has
// no code for (Kosovo, Netherlands Antilles) gets no code: the readers leave a country out
// rather than guess one.

import { countryNameKey } from './country-name-key';
import { ISO_ALPHA3, ISO_COUNTRY_NAMES } from './country-names';

/** Spellings seen in the OFAC SDN files (July 2021), each with the code it means. */
const LIST_SPELLINGS: Record<string, string> = {
  Burma: 'MM',
  Turkey: 'TR',
  Macau: 'MO',
  'United States': 'US',
  'United Kingdom': 'GB',
  'Korea, North': 'KP',
  'Korea, South': 'KR',
  'Congo, Democratic Republic of the': 'CD',
  'Congo, Democratic Republic of': 'CD',
  'Congo, Republic of the': 'CG',
  'Bahamas, The': 'BS',
  'Cote d Ivoire': 'CI',
  'Virgin Islands, British': 'VG',
  'Man, Isle of': 'IM',
  'Macedonia, The Former Yugoslav Republic of': 'MK',
  'St. Vincent and the Grenadines': 'VC',
};

const BY_KEY = new Map<string, string>();
for (const [code, ...names] of ISO_COUNTRY_NAMES) {
  for (const name of names) BY_KEY.set(countryNameKey(name), code!);
}
for (const [name, code] of Object.entries(LIST_SPELLINGS)) BY_KEY.set(countryNameKey(name), code);

/** The ISO 3166-1 alpha-2 code of a country name; undefined for a name that is not one we know. */
export function countryCode(name: string | undefined): string | undefined {
  if (!name) return undefined;
  return BY_KEY.get(countryNameKey(name));
}

/** The alpha-2 code of an ISO 3166-1 alpha-3 code (`PSE` → `PS`); undefined for one ISO does not have. */
export function alpha2FromAlpha3(code: string | undefined): string | undefined {
  if (!code) return undefined;
  return Object.hasOwn(ISO_ALPHA3, code.toUpperCase()) ? ISO_ALPHA3[code.toUpperCase()] : undefined;
}

/** The English name ISO gives an alpha-2 code first (`PS` → `State of Palestine`). */
export function countryName(code: string): string | undefined {
  return ISO_COUNTRY_NAMES.find((row) => row[0] === code)?.[1];
}
