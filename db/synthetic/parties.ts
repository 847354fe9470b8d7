import { slugify } from '@/domain/validation/party';
import type { PartyKind } from '../../domain/vocabulary';
import { NAMES_BY_COUNTRY, companyName, personName } from './names';
import { Rng } from './random';
import { GOVERNMENT_CODES, ORGANISATIONS, STATE_CODES } from './world';

// The cast: ~250 states, blocs, organisations, governments, companies and people. The
// same for every seed, so a slug (a page's address) means the same party in every file.

const WORLD_SEED = 20_140_227;

export interface SyntheticParty {
  id: number;
  /** How the rest of the generator refers to it: an ISO code, an organisation key, `gov-RU`… */
  key: string;
  slug: string;
  name: string;
  kind: PartyKind;
  countryCode: string | null;
  parentId: number | null;
  description: string | null;
}

const COMPANY_GROUPS: [string, string][] = [
  ['RU', 'Russian banking sector'],
  ['RU', 'Russian energy companies'],
  ['RU', 'Russian defence industry'],
  ['IR', 'Iranian shipping companies'],
  ['BY', 'Belarusian potash producers'],
  ['VE', 'Venezuelan oil sector'],
  ['KP', 'North Korean trading companies'],
  ['SY', 'Syrian state enterprises'],
  ['CN', 'Chinese drone makers'],
];

const PERSON_ROLES = [
  'Businessman',
  'Senior official',
  'Military officer',
  'Member of parliament',
  'Bank executive',
  'Judge',
];

export function buildParties(): SyntheticParty[] {
  const rng = new Rng(WORLD_SEED);
  const regions = new Intl.DisplayNames('en', { type: 'region' });
  const parties: SyntheticParty[] = [];
  const slugs = new Set<string>();
  const byKey = new Map<string, SyntheticParty>();
  const add = (p: Omit<SyntheticParty, 'id' | 'slug' | 'parentId'> & { parentKey?: string }) => {
    let slug = slugify(p.name);
    for (let n = 2; slugs.has(slug); n++) slug = `${slugify(p.name)}-${n}`;
    slugs.add(slug);
    const { parentKey, ...rest } = p;
    const party = {
      ...rest,
      id: parties.length + 1,
      slug,
      parentId: parentKey ? (byKey.get(parentKey)?.id ?? null) : null,
    };
    parties.push(party);
    byKey.set(party.key, party);
  };
  const country = (code: string) => regions.of(code) ?? code;
  // Two invented people with one name would read as a data error; draw again instead.
  const fresh = <T extends { name: string }>(make: () => T): T => {
    let drawn = make();
    for (let i = 0; i < 50 && slugs.has(slugify(drawn.name)); i++) drawn = make();
    return drawn;
  };

  for (const code of STATE_CODES)
    add({ key: code, name: country(code), kind: 'state', countryCode: code, description: null });
  for (const o of ORGANISATIONS)
    add({ key: o.key, name: o.name, kind: o.kind, countryCode: null, description: o.description });
  for (const code of GOVERNMENT_CODES) {
    add({
      key: `gov-${code}`,
      name: `Government of ${country(code)}`,
      kind: 'government',
      countryCode: code,
      parentKey: code,
      description: null,
    });
  }
  COMPANY_GROUPS.forEach(([code, name], i) => {
    add({
      key: `group-${i}`,
      name,
      kind: 'company_group',
      countryCode: code,
      parentKey: code,
      description: null,
    });
  });
  for (const [code, names] of Object.entries(NAMES_BY_COUNTRY)) {
    for (let i = 0; i < names.companies; i++) {
      const { name, sector } = fresh(() => companyName(rng, names));
      // State-owned companies hang under the government, private ones under the state.
      const stateOwned = byKey.has(`gov-${code}`) && rng.chance(0.35);
      add({
        key: `company-${code}-${i}`,
        name,
        kind: 'company',
        countryCode: code,
        parentKey: stateOwned ? `gov-${code}` : code,
        description: `${stateOwned ? 'State-owned' : 'Private'} company, ${sector.toLowerCase()}.`,
      });
    }
    for (let i = 0; i < names.people; i++) {
      add({
        key: `person-${code}-${i}`,
        name: fresh(() => ({ name: personName(rng, names) })).name,
        kind: 'person',
        countryCode: code,
        parentKey: code,
        description: `${rng.pick(PERSON_ROLES)}.`,
      });
    }
    // Sanctions lists name ships and aircraft too: a few for the countries with the most companies.
    if (names.companies < 10) continue;
    for (let i = 0; i < 3; i++) {
      add({
        key: `vessel-${code}-${i}`,
        name: fresh(() => ({ name: `${rng.pick(VESSEL_WORDS[0])} ${rng.pick(VESSEL_WORDS[1])}` })).name,
        kind: 'vessel',
        countryCode: code,
        parentKey: code,
        description: 'Tanker.',
      });
    }
    add({
      key: `aircraft-${code}-0`,
      name: `${code}-${String.fromCharCode(65 + rng.int(26), 65 + rng.int(26), 65 + rng.int(26))}`,
      kind: 'aircraft',
      countryCode: code,
      parentKey: code,
      description: 'Airliner.',
    });
  }
  return parties;
}

const VESSEL_WORDS = [
  ['ARCTIC', 'BALTIC', 'NORTHERN', 'OCEAN', 'PACIFIC', 'EASTERN', 'SILVER', 'GRAND'],
  ['STAR', 'SPIRIT', 'LEADER', 'VOYAGER', 'PRIDE', 'WAVE', 'HORIZON', 'CARRIER'],
] as const;
