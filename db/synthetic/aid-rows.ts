import {
  COMMITTED_AID_STATUSES,
  MAX_AMOUNT,
  type AidCategory,
  type AidStatus,
} from '../../domain/vocabulary';
import { DAY_COUNT, DAYS, ascendingDays, dayAt, entryTimestamp, type Timeline } from './calendar';
import type { Cast } from './cast';
import type { AidRow } from './rows';
import { weightedTable, type Rng } from './random';
import type { SourceShelf } from './sources';
import { WORDING, amountText, type Language } from './wording';
import { USD_PER_UNIT } from './world';

export interface Cited {
  sourceId: number;
  quote: string;
}

const THEMES: Record<AidCategory, string[]> = {
  humanitarian: [
    'food assistance',
    'winter support',
    'shelter and water',
    'medical supplies',
    'refugee support',
    'demining',
  ],
  military: ['air defence', 'artillery ammunition', 'armoured vehicles', 'training', 'drones', 'spare parts'],
  economic: [
    'budget support',
    'loan guarantees',
    'energy grid repair',
    'reconstruction',
    'macro-financial assistance',
  ],
};

const NOTES: Record<AidStatus, string> = {
  requested: 'Requested by the recipient; no decision reported.',
  pledged: 'Pledged at a donors’ conference; not yet approved.',
  approved: 'Approved by the donor’s parliament or board.',
  authorized: 'Authorized for delivery.',
  delivered: 'Reported as delivered.',
  denied: 'The request was turned down.',
  cancelled: 'Cancelled before delivery.',
};

// Older packages have mostly run their course; the last 18 months are still mostly promises.
const STATUS_OLD = weightedTable<AidStatus>([
  ['requested', 3],
  ['pledged', 8],
  ['approved', 16],
  ['authorized', 12],
  ['delivered', 52],
  ['denied', 4],
  ['cancelled', 5],
]);
const STATUS_RECENT = weightedTable<AidStatus>([
  ['requested', 10],
  ['pledged', 28],
  ['approved', 22],
  ['authorized', 14],
  ['delivered', 18],
  ['denied', 3],
  ['cancelled', 5],
]);
const RECENT_FROM = DAY_COUNT - 548;

const TO_UKRAINE = weightedTable<AidCategory>([
  ['military', 45],
  ['economic', 30],
  ['humanitarian', 25],
]);
const TO_AGENCY = weightedTable<AidCategory>([
  ['humanitarian', 85],
  ['economic', 15],
]);
const TO_STATE = weightedTable<AidCategory>([
  ['humanitarian', 60],
  ['economic', 32],
  ['military', 8],
]);
const CATEGORY_SCALE: Record<AidCategory, number> = { humanitarian: 0, military: 0.7, economic: 0.5 };

export const COMMITTED = new Set<AidStatus>(COMMITTED_AID_STATUSES);

/** Three significant figures, as amounts are announced ("$13.6 billion"). */
export function roundAnnounced(x: number): number {
  if (x < 1000) return Math.round(x);
  const unit = 10 ** (Math.floor(Math.log10(x)) - 2);
  return Math.round(x / unit) * unit;
}

export function createAidRows(
  rng: Rng,
  cast: Cast,
  timeline: Timeline,
  shelf: SourceShelf,
  names: Record<Language, string[]>,
  count: number,
) {
  const categoryFor = (recipient: number) => {
    const p = cast.byId(recipient);
    return p.key === 'UA' ? TO_UKRAINE : p.kind === 'international_org' ? TO_AGENCY : TO_STATE;
  };

  const nextDay = ascendingDays(rng, timeline.aidCdf, count);
  return (id: number): { row: AidRow; cited: Cited[] } => {
    const day = nextDay();
    const donorId = cast.donor(rng);
    let recipientId = cast.recipient(rng);
    while (recipientId === donorId) recipientId = cast.recipient(rng);
    const category = categoryFor(recipientId).draw(rng);
    const status = (day >= RECENT_FROM ? STATUS_RECENT : STATUS_OLD).draw(rng);

    let amount: number | null = null;
    let currency: string | null = null;
    let amountUsd: number | null = null;
    if (!rng.chance(status === 'requested' ? 0.5 : 0.1)) {
      // Log-normal sizes; the biggest donors also give the biggest packages.
      const boost = 2.2 * (1 - (cast.donorRank[donorId] as number) / cast.donorCount);
      currency = rng.chance(0.25) ? 'USD' : cast.currencyOf(donorId);
      const rate = USD_PER_UNIT[currency] ?? 1;
      // Capped so that no amount in a weak currency (KRW) passes the database's ceiling.
      const cap = Math.min(5e10, MAX_AMOUNT * rate * 0.9);
      const usd = Math.min(
        cap,
        Math.max(1e4, Math.exp(15.5 + boost + CATEGORY_SCALE[category] + 1.6 * rng.normal())),
      );
      amount = roundAnnounced(usd / rate);
      amountUsd = currency === 'USD' ? amount : rng.chance(0.04) ? null : Math.round(amount * rate);
    }

    const announcedOn = DAYS[day] as string;
    const createdAt = entryTimestamp(rng, day);
    const donor = cast.name(donorId);
    const recipient = cast.name(recipientId);
    const row: AidRow = {
      id,
      donorId,
      recipientId,
      category,
      status,
      amount,
      currency,
      amountUsd,
      announcedOn,
      title: `${donor}: ${rng.pick(THEMES[category])} for ${recipient}`,
      description: rng.chance(0.35) ? NOTES[status] : null,
      createdAt,
      retiredAt: rng.chance(0.003) ? `${dayAt(day + 30 + rng.int(400))}T20:00:00.000Z` : null,
    };

    const cited: Cited[] = [];
    for (let n = rng.chance(0.15) ? 2 : 1; n > 0; n--) {
      const source = shelf.near(rng, day);
      if (cited[0]?.sourceId === source.id) continue;
      const w = WORDING[source.language];
      const words = names[source.language];
      const money = amount === null || currency === null ? w.undisclosed : amountText(w, amount, currency);
      cited.push({
        sourceId: source.id,
        quote: w.aid(words[donorId] ?? donor, money, w.category[category], words[recipientId] ?? recipient),
      });
    }
    return { row, cited };
  };
}
