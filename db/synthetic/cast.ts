import type { PartyKind } from '../../domain/vocabulary';
import type { PartyDraws } from './events';
import { buildParties, type SyntheticParty } from './parties';
import { Rng, WeightedPicker, zipfWeights } from './random';
import {
  COUNTER_IMPOSERS,
  DONOR_CURRENCY,
  DONOR_RANKING,
  IMPOSER_RANKING,
  RECIPIENT_RANKING,
  TARGET_COUNTRY_WEIGHT,
  TARGET_STATES,
  WESTERN,
} from './world';

// Who gives, receives, imposes and is targeted, and how often: the skew of the data.

/** Draws party ids from a list, with the given weights. */
class PartyPool {
  private readonly picker: WeightedPicker;

  constructor(
    readonly ids: readonly number[],
    weights: readonly number[],
  ) {
    this.picker = new WeightedPicker(weights);
  }

  draw(rng: Rng): number {
    return this.ids[this.picker.draw(rng)] as number;
  }
}

const TARGET_KIND_WEIGHT: Partial<Record<PartyKind, number>> = {
  company: 1,
  person: 1,
  government: 2,
  company_group: 3,
  vessel: 1,
  aircraft: 1,
  state: 3,
  other: 1,
};

export interface Cast extends PartyDraws {
  parties: SyntheticParty[];
  byId: (id: number) => SyntheticParty;
  idOf: (key: string) => number;
  /** Currency each donor announces in, by party id. */
  currencyOf: (id: number) => string;
  /** Donor's rank (0 = biggest): bigger donors also give bigger packages. */
  donorRank: Int32Array;
  donorCount: number;
  /** 1 when the party's sanctions answer the West's (they then target Western parties). */
  counterImposer: Uint8Array;
  /** Counter-sanctions' targets: Western people, companies and governments. */
  westernTarget: (rng: Rng) => number;
}

export function createCast(): Cast {
  const parties = buildParties();
  const byKey = new Map(parties.map((p) => [p.key, p]));
  const idsOf = (keys: readonly string[]) =>
    keys.map((k) => {
      const party = byKey.get(k);
      if (!party) throw new Error(`No synthetic party with key ${k}`);
      return party.id;
    });
  const size = parties.length + 1;
  const rng = new Rng(7);

  const donorIds = idsOf(DONOR_RANKING);
  const donors = new PartyPool(donorIds, zipfWeights(donorIds.length, 1.15));
  const recipients = new PartyPool(idsOf(RECIPIENT_RANKING), zipfWeights(RECIPIENT_RANKING.length, 1.2));
  const imposers = new PartyPool(idsOf(IMPOSER_RANKING), zipfWeights(IMPOSER_RANKING.length, 1.3));

  const isWestern = (p: SyntheticParty) => WESTERN.has(p.countryCode ?? '');
  const sanctionable = (p: SyntheticParty) => TARGET_STATES.includes(p.countryCode ?? '');
  const main = parties.filter((p) =>
    p.kind === 'state' || p.kind === 'government'
      ? sanctionable(p)
      : p.kind === 'other'
        ? p.key === 'shipping-intermediaries'
        : p.kind in TARGET_KIND_WEIGHT && !isWestern(p),
  );
  const western = parties.filter((p) => isWestern(p) && ['company', 'person', 'government'].includes(p.kind));
  // A jitter per party, so that within a country some names recur far more than others.
  const weightOf = (p: SyntheticParty) =>
    (TARGET_COUNTRY_WEIGHT[p.countryCode ?? ''] ?? 0.3) *
    (TARGET_KIND_WEIGHT[p.kind] ?? 1) *
    (0.2 + 2 * rng.next() ** 2);
  const targets = new PartyPool(
    main.map((p) => p.id),
    main.map(weightOf),
  );
  const westernTargets = new PartyPool(
    western.map((p) => p.id),
    western.map(() => 0.5 + rng.next()),
  );

  const currency: string[] = new Array(size).fill('USD');
  const donorRank = new Int32Array(size).fill(donorIds.length);
  donorIds.forEach((id, rank) => {
    donorRank[id] = rank;
    currency[id] = DONOR_CURRENCY[parties[id - 1]?.key ?? ''] ?? 'USD';
  });
  const counterImposer = new Uint8Array(size);
  for (const key of COUNTER_IMPOSERS) counterImposer[byKey.get(key)?.id ?? 0] = 1;

  const byId = (id: number) => parties[id - 1] as SyntheticParty;
  return {
    parties,
    byId,
    idOf: (key) => idsOf([key])[0] as number,
    name: (id) => byId(id).name,
    donor: (r) => donors.draw(r),
    recipient: (r) => recipients.draw(r),
    imposer: (r) => imposers.draw(r),
    target: (r) => targets.draw(r),
    westernTarget: (r) => westernTargets.draw(r),
    currencyOf: (id) => currency[id] as string,
    donorRank,
    donorCount: donorIds.length,
    counterImposer,
  };
}
