import type { PartyKind, SanctionMeasure, SanctionStatus } from '../../domain/vocabulary';
import type { Cited } from './aid-rows';
import { DAY_COUNT, DAYS, ascendingDays, dayAt, entryTimestamp, type Timeline } from './calendar';
import type { Cast } from './cast';
import type { SanctionRow } from './rows';
import { weightedTable, type Rng } from './random';
import type { SourceShelf } from './sources';
import { WORDING, type Language } from './wording';
import { LEGAL_BASES } from './world';

const LABEL: Record<SanctionMeasure, string> = {
  asset_freeze: 'asset freeze',
  travel_ban: 'travel ban',
  export_control: 'export controls',
  import_ban: 'import ban',
  financial: 'financial restrictions',
  arms_embargo: 'arms embargo',
  sectoral: 'sectoral sanctions',
  economic: 'economic sanctions',
  other: 'restrictive measures',
};

type Table<T> = ReturnType<typeof weightedTable<T>>;

// What is done to whom: people are frozen and banned from travel, companies cut off,
// states embargoed.
const ON_PERSON = weightedTable<SanctionMeasure>([
  ['asset_freeze', 50],
  ['travel_ban', 38],
  ['financial', 6],
  ['other', 6],
]);
const ON_COMPANY = weightedTable<SanctionMeasure>([
  ['asset_freeze', 34],
  ['export_control', 20],
  ['financial', 20],
  ['sectoral', 10],
  ['import_ban', 6],
  ['economic', 5],
  ['other', 5],
]);
const ON_STATE = weightedTable<SanctionMeasure>([
  ['economic', 18],
  ['sectoral', 20],
  ['arms_embargo', 14],
  ['import_ban', 16],
  ['export_control', 12],
  ['financial', 15],
  ['other', 5],
]);
const MEASURES: Partial<Record<PartyKind, Table<SanctionMeasure>>> = {
  person: ON_PERSON,
  company: ON_COMPANY,
  company_group: ON_COMPANY,
  vessel: ON_COMPANY,
  aircraft: ON_COMPANY,
  other: ON_COMPANY,
  state: ON_STATE,
  government: ON_STATE,
};

// Early sanctions (2014–2020) have had time to be lifted; recent ones mostly stand.
const STATUS_EARLY = weightedTable<SanctionStatus>([
  ['imposed', 62],
  ['lifted', 18],
  ['suspended', 5],
  ['proposed', 6],
  ['threatened', 9],
]);
const STATUS_LATE = weightedTable<SanctionStatus>([
  ['imposed', 74],
  ['lifted', 4],
  ['suspended', 3],
  ['proposed', 8],
  ['threatened', 11],
]);
const LATE_FROM = Math.floor(DAY_COUNT / 2);

const NOTES = [
  'Added to the consolidated list.',
  'Part of a package agreed with partners.',
  'Applies to entities owned 50% or more by the target.',
  'Renewed for six months.',
];

export function createSanctionRows(
  rng: Rng,
  cast: Cast,
  timeline: Timeline,
  shelf: SourceShelf,
  names: Record<Language, string[]>,
  count: number,
) {
  const drawTarget = (imposerId: number) => {
    const imposerCountry = cast.byId(imposerId).countryCode;
    const draw = cast.counterImposer[imposerId] ? cast.westernTarget : cast.target;
    let target = draw(rng);
    // Nobody sanctions itself or its own citizens.
    for (
      let i = 0;
      i < 20 &&
      (target === imposerId || (imposerCountry !== null && cast.byId(target).countryCode === imposerCountry));
      i++
    ) {
      target = draw(rng);
    }
    return target === imposerId ? cast.target(rng) : target;
  };

  const nextDay = ascendingDays(rng, timeline.sanctionCdf, count);
  return (id: number): { row: SanctionRow; cited: Cited[] } => {
    const day = nextDay();
    const imposingId = cast.imposer(rng);
    const targetId = drawTarget(imposingId);
    const measure = (MEASURES[cast.byId(targetId).kind] ?? ON_COMPANY).draw(rng);
    const status = (day >= LATE_FROM ? STATUS_LATE : STATUS_EARLY).draw(rng);
    const inForce = status === 'imposed' || status === 'suspended' || status === 'lifted';
    const effective = inForce ? day + (rng.chance(0.5) ? 0 : 1 + rng.int(45)) : -1;
    const bases = LEGAL_BASES[cast.byId(imposingId).key];
    const imposer = cast.name(imposingId);
    const target = cast.name(targetId);

    const row: SanctionRow = {
      id,
      imposingId,
      targetId,
      measure,
      status,
      announcedOn: DAYS[day] as string,
      effectiveOn: effective < 0 ? null : dayAt(effective),
      liftedOn: status === 'lifted' ? dayAt(effective + 60 + rng.int(1500)) : null,
      legalBasis: bases && rng.chance(0.8) ? rng.pick(bases) : null,
      title: `${imposer}: ${LABEL[measure]} on ${target}`,
      description: rng.chance(0.3) ? rng.pick(NOTES) : null,
      createdAt: entryTimestamp(rng, day),
      retiredAt: rng.chance(0.003) ? `${dayAt(day + 30 + rng.int(400))}T20:00:00.000Z` : null,
    };

    const cited: Cited[] = [];
    for (let n = rng.chance(0.15) ? 2 : 1; n > 0; n--) {
      const source = shelf.near(rng, day);
      if (cited[0]?.sourceId === source.id) continue;
      const w = WORDING[source.language];
      const words = names[source.language];
      const say = status === 'lifted' ? w.lifted : inForce ? w.imposed : w.threat;
      cited.push({
        sourceId: source.id,
        quote: say(words[imposingId] ?? imposer, words[targetId] ?? target),
      });
    }
    return { row, cited };
  };
}
