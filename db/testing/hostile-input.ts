import fc from 'fast-check';
import {
  AID_CATEGORIES,
  AID_STATUSES,
  PARTY_KINDS,
  SANCTION_MEASURES,
  SANCTION_STATUSES,
} from '../../domain/vocabulary';

// Arbitrary form input for the property tests: each field is usually plausible and
// sometimes hostile, so that runs both pass and fail validation in useful numbers.

export const MARKUP = '<img src=x onerror=window.__xss=1>';

const HOSTILE_STRINGS = [
  '',
  ' ',
  '\t\n ',
  MARKUP,
  'javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  "'; DROP TABLE aid_packages; --",
  '2022-02-30',
  '2022-13-01',
  '1899-12-31',
  '2999-01-01',
  '0000-00-00',
  '1e309',
  'NaN',
  'Infinity',
  '-1',
  '0',
  '-0',
  '1.5',
  '0x10',
  '１２３',
  '\u0000',
  '\u0007bell',
  '\u202Eevil',
  '\uD800',
  'null',
  'undefined',
  '[]',
  '{}',
  '__proto__',
  'constructor',
  '%00',
  '%E0%A4%A',
  'x'.repeat(10_001),
  '9'.repeat(400),
  'é'.repeat(301),
];
const HOSTILE_NUMBERS = [NaN, Infinity, -Infinity, -0, -1, 0, 0.5, 2 ** 53 + 2, 1e21, Number.MIN_VALUE];

/** Anything a hand-made request could put in a field. */
export const hostile: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>(...HOSTILE_STRINGS, ...HOSTILE_NUMBERS, null, undefined, true, [], {}),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.integer(),
  fc.double(),
  fc.array(fc.string({ maxLength: 5 }), { maxLength: 3 }),
);

/** Mostly `valid`, one time in `odds` hostile. */
const field = <T>(valid: fc.Arbitrary<T>, odds = 12) =>
  fc.oneof(
    { weight: odds - 1, arbitrary: valid as fc.Arbitrary<unknown> },
    { weight: 1, arbitrary: hostile },
  );

const text = (max: number) =>
  fc.oneof(
    fc.string({ minLength: 1, maxLength: Math.min(max, 60) }),
    fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 }),
    fc.constant(MARKUP),
  );
const date = fc
  .date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date(), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
/** Ids that mostly name reference-data rows (parties 1–10, sources 1–2), sometimes not. */
const id = (max: number) => fc.integer({ min: 1, max }).map(String);
const amount = fc.oneof(
  fc.constant(''),
  fc.integer({ min: 1, max: 10 ** 12 }).map(String),
  fc.integer({ min: 1, max: 10 ** 9 }).map((n) => n.toLocaleString('en-US')),
);

export const sourceInput = fc.record({
  title: field(text(300)),
  publisher: field(fc.oneof(fc.constant(''), text(300))),
  url: field(
    fc.oneof({ weight: 2, arbitrary: fc.webUrl() }, fc.constant(''), fc.constant('javascript:alert(1)')),
    6,
  ),
  publishedOn: field(fc.oneof(fc.constant(''), date)),
  language: field(fc.constantFrom('en', 'fr', 'uk', 'ru', 'zh-Hant', 'EN', 'xx', 'en-GB')),
  notes: field(fc.oneof(fc.constant(''), text(5000))),
});

const citation = fc.oneof(
  {
    weight: 2,
    arbitrary: fc.record({ sourceId: field(fc.integer({ min: 1, max: 2 })), quote: field(text(2000)) }),
  },
  { weight: 1, arbitrary: fc.record({ newSource: sourceInput, quote: field(text(2000)) }) },
);
/** The citation editor's hidden field: JSON, or (hostile) anything else. */
const citations = field(
  fc.array(citation, { minLength: 1, maxLength: 3 }).map((list) => JSON.stringify(list)),
);

/** Amount, currency and US-dollar value: mostly a consistent set, sometimes anything. */
const money = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.record({ amount: fc.constant(''), currency: fc.constant(''), amountUsd: amount }),
  },
  {
    weight: 3,
    arbitrary: fc.record({ amount, currency: fc.constantFrom('USD', 'usd'), amountUsd: fc.constant('') }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      amount,
      currency: fc.constantFrom('EUR', 'GBP', 'UAH', 'JPY'),
      amountUsd: amount,
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      amount: field(amount, 2),
      currency: field(fc.constantFrom('', 'USD', 'EUR', 'XYZ'), 2),
      amountUsd: field(amount, 2),
    }),
  },
);

export const aidInput = fc
  .record({
    donorId: field(id(11)),
    recipientId: field(id(11)),
    category: field(fc.constantFrom(...AID_CATEGORIES)),
    status: field(fc.constantFrom(...AID_STATUSES)),
    money,
    announcedOn: field(date),
    title: field(text(300)),
    description: field(fc.oneof(fc.constant(''), text(5000))),
    citations,
    confirmDuplicate: field(fc.constantFrom('', 'on')),
  })
  .map(({ money: m, ...rest }) => ({ ...rest, ...m }));

export const sanctionInput = fc.record({
  imposingId: field(id(11)),
  targetId: field(id(11)),
  measure: field(fc.constantFrom(...SANCTION_MEASURES)),
  status: field(fc.constantFrom(...SANCTION_STATUSES)),
  announcedOn: field(date),
  effectiveOn: field(fc.oneof(fc.constant(''), date)),
  liftedOn: field(fc.oneof(fc.constant(''), fc.constant(''), date)),
  legalBasis: field(fc.oneof(fc.constant(''), text(300))),
  title: field(text(300)),
  description: field(fc.oneof(fc.constant(''), text(5000))),
  citations,
});

export const eventInput = fc.record({
  occurredOn: field(date),
  title: field(text(300)),
  description: field(fc.oneof(fc.constant(''), text(5000))),
  partyIds: field(fc.array(id(11), { minLength: 1, maxLength: 4 })),
  citations,
});

export const partyInput = fc.record({
  name: field(text(200)),
  slug: field(fc.oneof(fc.constant(''), fc.stringMatching(/^[a-z0-9]{1,10}(-[a-z0-9]{1,10}){0,3}$/))),
  kind: field(fc.constantFrom(...PARTY_KINDS)),
  countryCode: field(fc.constantFrom('', 'UA', 'us', 'FR', 'EU', 'QQ')),
  parentId: field(fc.oneof(fc.constant(''), id(11))),
  description: field(fc.oneof(fc.constant(''), text(5000))),
});

/** Which entry a form edits: mostly real ids and versions, sometimes stale or absurd. */
export const entryRefInput = fc.record({
  id: field(id(20)),
  version: field(fc.integer({ min: 1, max: 3 }).map(String)),
});
