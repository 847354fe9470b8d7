import { DAYS, type Burst, type Timeline } from './calendar';
import type { Rng } from './random';

// Events on the timeline: real shocks (which also shape when aid and sanctions come) and
// invented routine ones (conferences, talks, disasters) to fill a few hundred.

export interface AnchorEvent extends Burst {
  title: string;
  /** Party keys (ISO codes or organisation keys). */
  parties: string[];
}

export const ANCHOR_EVENTS: AnchorEvent[] = [
  {
    on: '2014-02-27',
    title: 'Armed men seize government buildings in Crimea',
    parties: ['RU', 'UA'],
    aid: 1,
    sanctions: 6,
    decay: 40,
  },
  {
    on: '2014-03-18',
    title: 'Russia declares the annexation of Crimea',
    parties: ['RU', 'UA', 'eu', 'US'],
    aid: 2,
    sanctions: 14,
    decay: 60,
  },
  {
    on: '2014-07-17',
    title: 'Flight MH17 shot down over eastern Ukraine',
    parties: ['NL', 'MY', 'AU', 'UA', 'RU'],
    aid: 0,
    sanctions: 10,
    decay: 45,
  },
  {
    on: '2014-08-08',
    title: 'Ebola outbreak declared a public health emergency',
    parties: ['who', 'LR', 'SL', 'GN'],
    aid: 3,
    sanctions: 0,
    decay: 90,
  },
  {
    on: '2015-02-12',
    title: 'Minsk II agreement signed',
    parties: ['UA', 'RU', 'DE', 'FR'],
    aid: 1,
    sanctions: 0,
    decay: 30,
  },
  { on: '2015-04-25', title: 'Earthquake in Nepal', parties: ['NP'], aid: 3, sanctions: 0, decay: 30 },
  {
    on: '2016-01-16',
    title: 'Iran nuclear deal implemented; sanctions relief begins',
    parties: ['IR', 'US', 'eu', 'un'],
    aid: 0,
    sanctions: 4,
    decay: 30,
  },
  {
    on: '2017-09-03',
    title: 'North Korea conducts its sixth nuclear test',
    parties: ['KP', 'un'],
    aid: 0,
    sanctions: 6,
    decay: 40,
  },
  {
    on: '2018-03-04',
    title: 'Nerve-agent attack in Salisbury',
    parties: ['GB', 'RU'],
    aid: 0,
    sanctions: 5,
    decay: 40,
  },
  {
    on: '2018-05-08',
    title: 'United States withdraws from the Iran nuclear deal',
    parties: ['US', 'IR'],
    aid: 0,
    sanctions: 8,
    decay: 90,
  },
  {
    on: '2019-01-23',
    title: 'Presidential crisis in Venezuela',
    parties: ['VE', 'US'],
    aid: 1,
    sanctions: 5,
    decay: 60,
  },
  {
    on: '2020-03-11',
    title: 'WHO declares COVID-19 a pandemic',
    parties: ['who'],
    aid: 6,
    sanctions: 0,
    decay: 120,
  },
  {
    on: '2020-08-09',
    title: 'Disputed presidential election in Belarus',
    parties: ['BY', 'eu'],
    aid: 0,
    sanctions: 6,
    decay: 90,
  },
  { on: '2021-02-01', title: 'Military coup in Myanmar', parties: ['MM'], aid: 1, sanctions: 6, decay: 60 },
  {
    on: '2021-08-15',
    title: 'The Taliban take Kabul',
    parties: ['AF', 'US'],
    aid: 5,
    sanctions: 1,
    decay: 60,
  },
  {
    on: '2022-02-04',
    title: 'Putin and Xi meet in Beijing',
    parties: ['RU', 'CN'],
    aid: 0,
    sanctions: 0,
    decay: 1,
  },
  {
    on: '2022-02-24',
    title: 'Russia launches a full-scale invasion of Ukraine',
    parties: ['RU', 'UA', 'BY'],
    aid: 40,
    sanctions: 60,
    decay: 150,
  },
  {
    on: '2022-09-30',
    title: 'Russia claims to annex four Ukrainian regions',
    parties: ['RU', 'UA'],
    aid: 6,
    sanctions: 15,
    decay: 60,
  },
  {
    on: '2023-02-06',
    title: 'Earthquakes in Türkiye and Syria',
    parties: ['TR', 'SY'],
    aid: 10,
    sanctions: 0,
    decay: 45,
  },
  { on: '2023-04-15', title: 'War breaks out in Sudan', parties: ['SD'], aid: 4, sanctions: 1, decay: 90 },
  {
    on: '2023-10-07',
    title: 'Attack on Israel and war in Gaza',
    parties: ['IL', 'PS'],
    aid: 8,
    sanctions: 2,
    decay: 120,
  },
  {
    on: '2024-02-16',
    title: 'Death of an opposition leader in Russian custody',
    parties: ['RU'],
    aid: 0,
    sanctions: 8,
    decay: 40,
  },
  {
    on: '2024-06-11',
    title: 'Ukraine Recovery Conference in Berlin',
    parties: ['UA', 'DE', 'eu'],
    aid: 5,
    sanctions: 0,
    decay: 30,
  },
  {
    on: '2025-07-10',
    title: 'Ukraine Recovery Conference in Rome',
    parties: ['UA', 'IT', 'eu'],
    aid: 5,
    sanctions: 0,
    decay: 30,
  },
];

/** Kinds of routine event, each with a title pattern and the parties it draws. */
const ROUTINE: {
  title: (a: string, b: string) => string;
  a: 'recipient' | 'donor' | 'imposer';
  b?: 'donor' | 'recipient' | 'target';
}[] = [
  { title: (a) => `Donor conference for ${a}`, a: 'recipient', b: 'donor' },
  { title: (a, b) => `Talks between ${a} and ${b}`, a: 'donor', b: 'recipient' },
  { title: (a) => `Floods in ${a}`, a: 'recipient' },
  { title: (a) => `Drought declared in ${a}`, a: 'recipient' },
  { title: (a) => `${a} announces a new sanctions package`, a: 'imposer', b: 'target' },
  { title: (a, b) => `${a} adds ${b} to its sanctions list`, a: 'imposer', b: 'target' },
  { title: (a) => `Humanitarian appeal launched for ${a}`, a: 'recipient' },
  { title: (a, b) => `Summit of ${a} and ${b} leaders`, a: 'donor', b: 'donor' },
];

export interface RoutineEvent {
  on: string;
  title: string;
  parties: number[];
}

export interface PartyDraws {
  name: (id: number) => string;
  donor: (rng: Rng) => number;
  recipient: (rng: Rng) => number;
  imposer: (rng: Rng) => number;
  target: (rng: Rng) => number;
}

/** An invented event with one to three distinct parties. */
export function routineEvent(rng: Rng, timeline: Timeline, draws: PartyDraws): RoutineEvent {
  const kind = rng.pick(ROUTINE);
  const a = draws[kind.a](rng);
  let b = kind.b ? draws[kind.b](rng) : a;
  for (let i = 0; i < 20 && b === a; i++) b = kind.b ? draws[kind.b](rng) : a;
  const parties = b === a ? [a] : [a, b];
  if (rng.chance(0.2)) {
    const c = draws.donor(rng);
    if (!parties.includes(c)) parties.push(c);
  }
  return {
    on: DAYS[timeline.anyDay.draw(rng)] as string,
    title: kind.title(draws.name(a), draws.name(b)),
    parties,
  };
}
