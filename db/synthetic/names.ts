import type { Rng } from './random';

// Invented companies and people. Names are built from common parts so that no real
// company or person is shown as sanctioned.

interface CountryNames {
  companies: number;
  people: number;
  places: string[];
  legalForms: string[];
  given: string[];
  family: string[];
  /** Women's family names change (Volkov → Volkova); null where they do not. */
  feminine?: (family: string) => string;
  femaleGiven?: string[];
}

const slavic = (family: string) =>
  /(ov|ev|in)$/.test(family) ? `${family}a` : family.replace(/ky$/, 'kaya');

export const NAMES_BY_COUNTRY: Record<string, CountryNames> = {
  RU: {
    companies: 22,
    people: 18,
    places: [
      'Volga',
      'Ural',
      'Sibir',
      'Neva',
      'Baikal',
      'Arktika',
      'Kama',
      'Amur',
      'Taiga',
      'Sever',
      'Yenisei',
      'Oka',
    ],
    legalForms: ['JSC', 'PJSC', 'LLC'],
    given: [
      'Aleksandr',
      'Dmitry',
      'Sergei',
      'Andrei',
      'Igor',
      'Oleg',
      'Mikhail',
      'Viktor',
      'Nikolai',
      'Pavel',
    ],
    femaleGiven: ['Yelena', 'Olga', 'Tatiana', 'Irina', 'Natalia'],
    family: [
      'Volkov',
      'Sokolov',
      'Morozov',
      'Lebedev',
      'Kozlov',
      'Novikov',
      'Orlov',
      'Zaitsev',
      'Belov',
      'Gusev',
      'Karpin',
    ],
    feminine: slavic,
  },
  IR: {
    companies: 7,
    people: 5,
    places: ['Pars', 'Zagros', 'Alborz', 'Karun', 'Kaveh', 'Caspian'],
    legalForms: ['Co.', 'Group', 'Industries'],
    given: ['Ali', 'Hossein', 'Mohammad', 'Reza', 'Mehdi', 'Zahra', 'Maryam'],
    family: ['Rahimi', 'Karimi', 'Hosseini', 'Moradi', 'Jafari', 'Tehrani'],
  },
  BY: {
    companies: 5,
    people: 4,
    places: ['Nioman', 'Palessie', 'Dzvina', 'Biaroza'],
    legalForms: ['OJSC', 'JSC'],
    given: ['Uladzimir', 'Siarhei', 'Aliaksandr', 'Viktar'],
    femaleGiven: ['Natallia', 'Volha'],
    family: ['Karpovich', 'Zhuk', 'Kavaleu', 'Shauchenka', 'Hrynevich'],
  },
  CN: {
    companies: 6,
    people: 2,
    places: ['Huaxing', 'Jinlong', 'Tianhe', 'Zhongke', 'Hengtai'],
    legalForms: ['Co., Ltd.', 'Technology Co., Ltd.'],
    given: ['Wei', 'Jun', 'Lei', 'Yang', 'Min'],
    family: ['Wang', 'Li', 'Zhang', 'Liu', 'Chen'],
  },
  KP: {
    companies: 3,
    people: 3,
    places: ['Ryonbong', 'Kumsong', 'Taedong'],
    legalForms: ['Trading Corporation', 'General Corporation'],
    given: ['Song Il', 'Chol Ho', 'Myong Su', 'Yong Nam'],
    family: ['Kim', 'Ri', 'Pak', 'Choe'],
  },
  SY: {
    companies: 3,
    people: 2,
    places: ['Qasioun', 'Barada', 'Orontes'],
    legalForms: ['Company', 'Holding'],
    given: ['Ahmad', 'Mahmoud', 'Rami', 'Samer'],
    family: ['Haddad', 'Khoury', 'Mansour', 'Nasser'],
  },
  VE: {
    companies: 3,
    people: 3,
    places: ['Orinoco', 'Caroní', 'Ávila'],
    legalForms: ['C.A.', 'S.A.'],
    given: ['Carlos', 'José', 'María', 'Luis'],
    family: ['Rodríguez', 'Pérez', 'González', 'Hernández'],
  },
  MM: {
    companies: 2,
    people: 2,
    places: ['Ayeyarwady', 'Shwe Taung'],
    legalForms: ['Company Limited'],
    given: ['Aung', 'Min', 'Soe', 'Thein'],
    family: ['Win', 'Hlaing', 'Naing', 'Tun'],
  },
  AE: {
    companies: 2,
    people: 0,
    places: ['Al Noor', 'Gulf Horizon'],
    legalForms: ['FZE', 'DMCC'],
    given: [],
    family: [],
  },
  TR: { companies: 1, people: 0, places: ['Anadolu'], legalForms: ['A.Ş.'], given: [], family: [] },
  US: {
    companies: 3,
    people: 2,
    places: ['Liberty', 'Summit', 'Atlas'],
    legalForms: ['Inc.', 'Corp.'],
    given: ['John', 'Sarah', 'Michael', 'Emily'],
    family: ['Miller', 'Turner', 'Hughes', 'Parker'],
  },
  GB: {
    companies: 2,
    people: 2,
    places: ['Thames', 'Pennine'],
    legalForms: ['plc', 'Ltd'],
    given: ['James', 'Emma', 'Oliver', 'Charlotte'],
    family: ['Clarke', 'Walker', 'Wright', 'Hall'],
  },
};

export const SECTORS = [
  'Petroleum',
  'Gas',
  'Bank',
  'Shipping',
  'Metals',
  'Aviation',
  'Defence Systems',
  'Electronics',
  'Chemicals',
  'Logistics',
  'Grain',
  'Energy',
  'Trading',
  'Mining',
  'Shipyard',
  'Microelectronics',
];

export function companyName(rng: Rng, names: CountryNames): { name: string; sector: string } {
  const sector = rng.pick(SECTORS);
  return { name: `${rng.pick(names.places)} ${sector} ${rng.pick(names.legalForms)}`, sector };
}

export function personName(rng: Rng, names: CountryNames): string {
  const female = names.femaleGiven !== undefined && rng.chance(0.25);
  const given = female ? rng.pick(names.femaleGiven ?? []) : rng.pick(names.given);
  const family = rng.pick(names.family);
  return `${given} ${female && names.feminine ? names.feminine(family) : family}`;
}
