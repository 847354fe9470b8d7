import type { Db } from '../client';
import { aidPackages, citations, eventParties, events, parties, sanctions, sources } from '../schema';
import type { NewAidPackage, NewParty, NewSanction } from '../schema';

// The founding article (shared/seed/article-fr.txt) as rows: see shared/reference-data.md.
// Quotes stay in French, as published.

type PartySeed = Omit<NewParty, 'parentId'> & { parent?: string };

export const REFERENCE_PARTIES: PartySeed[] = [
  { slug: 'united-states', name: 'United States', kind: 'state', countryCode: 'US' },
  { slug: 'united-kingdom', name: 'United Kingdom', kind: 'state', countryCode: 'GB' },
  { slug: 'european-union', name: 'European Union', kind: 'bloc' },
  { slug: 'russia', name: 'Russia', kind: 'state', countryCode: 'RU' },
  { slug: 'china', name: 'China', kind: 'state', countryCode: 'CN' },
  { slug: 'ukraine', name: 'Ukraine', kind: 'state', countryCode: 'UA' },
  {
    slug: 'government-of-russia',
    name: 'Government of Russia',
    kind: 'government',
    countryCode: 'RU',
    parent: 'russia',
  },
  {
    slug: 'russian-businesses',
    name: 'Russian businesses',
    kind: 'company_group',
    countryCode: 'RU',
    parent: 'russia',
  },
  { slug: 'vladimir-putin', name: 'Vladimir Putin', kind: 'person', countryCode: 'RU', parent: 'russia' },
  { slug: 'xi-jinping', name: 'Xi Jinping', kind: 'person', countryCode: 'CN', parent: 'china' },
];

export const REFERENCE_SOURCE = {
  title: 'La Russie a demandé à la Chine une aide militaire et économique',
  publisher: 'French-language news article reporting CNN',
  url: null,
  publishedOn: '2022-03-14',
  language: 'fr',
  notes: 'Publication date approximate (around 14 March 2022); no URL known.',
};

const QUOTE_SENATE =
  'l’approbation par le Sénat américain de 13,6 milliards de dollars d’aide humanitaire d’urgence pour l’Ukraine la semaine dernière';
const QUOTE_WEAPONS =
  'la Maison Blanche a autorisé la livraison de 200 millions de dollars d’armes à l’Ukraine';
const QUOTE_REQUEST =
  'la Russie avait demandé l’aide de la Chine, demandant une assistance militaire et économique';
const QUOTE_SANCTIONS =
  'les États-Unis, le Royaume-Uni et l’Union européenne faisaient partie de ceux qui ont ciblé le gouvernement, les entreprises et le président russe Vladimir Poutine avec des sanctions économiques';
const QUOTE_CONSEQUENCES =
  'La Maison Blanche a déclaré à la Chine qu’il y aurait “absolument des conséquences” si elle aidait la Russie à échapper aux sanctions américaines';

type AidSeed = Omit<NewAidPackage, 'donorId' | 'recipientId'> & {
  donor: string;
  recipient: string;
  quote: string;
};

export const REFERENCE_AID: AidSeed[] = [
  {
    donor: 'united-states',
    recipient: 'ukraine',
    category: 'humanitarian',
    status: 'approved',
    amount: 13_600_000_000,
    currency: 'USD',
    amountUsd: 13_600_000_000,
    announcedOn: '2022-03-10',
    title: 'US Senate approves emergency humanitarian aid for Ukraine',
    description: 'Approved by the US Senate.',
    quote: QUOTE_SENATE,
  },
  {
    donor: 'united-states',
    recipient: 'ukraine',
    category: 'military',
    status: 'authorized',
    amount: 200_000_000,
    currency: 'USD',
    amountUsd: 200_000_000,
    announcedOn: '2022-03-12',
    title: 'White House authorizes delivery of weapons to Ukraine',
    description: 'Authorized by the White House.',
    quote: QUOTE_WEAPONS,
  },
  ...(['military', 'economic'] as const).map((category): AidSeed => ({
    donor: 'china',
    recipient: 'russia',
    category,
    status: 'requested',
    amount: null,
    currency: null,
    amountUsd: null,
    announcedOn: '2022-03-13',
    title: `Russia asks China for ${category} aid`,
    description: 'Reported by US officials; China’s embassy spokesman said he had “never heard” of it.',
    quote: QUOTE_REQUEST,
  })),
];

type SanctionSeed = Omit<NewSanction, 'imposingId' | 'targetId'> & {
  imposing: string;
  target: string;
  quote: string;
};

const IMPOSERS = ['united-states', 'united-kingdom', 'european-union'];
const TARGETS = ['government-of-russia', 'russian-businesses', 'vladimir-putin'];

export const REFERENCE_SANCTIONS: SanctionSeed[] = [
  ...IMPOSERS.flatMap((imposing) =>
    TARGETS.map((target): SanctionSeed => ({
      imposing,
      target,
      measure: 'economic',
      status: 'imposed',
      announcedOn: '2022-02-24',
      effectiveOn: '2022-02-24',
      title: 'Economic sanctions after the invasion of Ukraine',
      quote: QUOTE_SANCTIONS,
    })),
  ),
  {
    imposing: 'united-states',
    target: 'china',
    measure: 'other',
    status: 'threatened',
    announcedOn: '2022-03-13',
    title: '“Consequences” if China helps Russia evade sanctions',
    description: 'Warning by US National Security Advisor Jake Sullivan; no measure named.',
    quote: QUOTE_CONSEQUENCES,
  },
];

export const REFERENCE_EVENTS = [
  {
    occurredOn: '2022-02-04',
    title: 'Putin meets Xi Jinping; joint statement of a friendship “without limits”',
    parties: ['vladimir-putin', 'xi-jinping', 'russia', 'china'],
    quote: 'Le 4 février, le Russe Vladimir Poutine a rencontré son homologue chinois Xi Jinping',
  },
  {
    occurredOn: '2022-02-24',
    title: 'Russia’s full-scale invasion of Ukraine',
    parties: ['russia', 'ukraine'],
    quote: 'Suite à une invasion à grande échelle de l’Ukraine le 24 février',
  },
  {
    occurredOn: '2022-03-13',
    title:
      'US officials say Russia asked China for military and economic aid; China’s embassy spokesman Liu Pengyu says he “never heard” of it',
    parties: ['russia', 'china', 'united-states'],
    quote: 'Liu Pengyu, a déclaré à CNN qu’il n’avait « jamais entendu »',
  },
  {
    occurredOn: '2022-03-13',
    title: 'US National Security Advisor Jake Sullivan warns China of consequences',
    parties: ['united-states', 'china'],
    quote:
      'Nous surveillons également de près la mesure dans laquelle la Chine fournit réellement une forme quelconque de soutien',
  },
];

/** Inserts the reference rows. Call inside a transaction on an empty database. */
export function loadReferenceData(db: Db): void {
  const ids = new Map<string, number>();
  const idOf = (slug: string) => {
    const id = ids.get(slug);
    if (id === undefined) throw new Error(`Reference data names an unknown party: ${slug}`);
    return id;
  };

  for (const { parent, ...party } of REFERENCE_PARTIES) {
    const row = db
      .insert(parties)
      .values({ ...party, parentId: parent ? idOf(parent) : null })
      .returning({ id: parties.id })
      .get();
    ids.set(party.slug, row.id);
  }

  const sourceId = db.insert(sources).values(REFERENCE_SOURCE).returning({ id: sources.id }).get().id;

  for (const { donor, recipient, quote, ...aid } of REFERENCE_AID) {
    const row = db
      .insert(aidPackages)
      .values({ ...aid, donorId: idOf(donor), recipientId: idOf(recipient) })
      .returning({ id: aidPackages.id })
      .get();
    db.insert(citations).values({ sourceId, aidPackageId: row.id, quote }).run();
  }

  for (const { imposing, target, quote, ...sanction } of REFERENCE_SANCTIONS) {
    const row = db
      .insert(sanctions)
      .values({ ...sanction, imposingId: idOf(imposing), targetId: idOf(target) })
      .returning({ id: sanctions.id })
      .get();
    db.insert(citations).values({ sourceId, sanctionId: row.id, quote }).run();
  }

  for (const { parties: involved, quote, ...event } of REFERENCE_EVENTS) {
    const row = db.insert(events).values(event).returning({ id: events.id }).get();
    db.insert(eventParties)
      .values(involved.map((slug) => ({ eventId: row.id, partyId: idOf(slug) })))
      .run();
    db.insert(citations).values({ sourceId, eventId: row.id, quote }).run();
  }
}
