import { describe, expect, it } from 'vitest';
import { aidForm } from './aid';
import { eventForm } from './event';
import { fieldErrors } from './form-data';
import { partyForm, slugify } from './party';
import { sanctionForm } from './sanction';

const citations = JSON.stringify([{ sourceId: 1, quote: 'la Maison Blanche a autorisé…' }]);
const aid = {
  donorId: '2',
  recipientId: '6',
  category: 'military',
  status: 'authorized',
  amount: '100,000,000',
  currency: 'GBP',
  amountUsd: '131000000',
  announcedOn: '2022-04-01',
  title: 'UK military aid',
  description: '',
  citations,
};

function errorsOf(
  schema: { safeParse: (v: unknown) => { success: boolean; error?: unknown } },
  value: unknown,
) {
  const result = schema.safeParse(value);
  expect(result.success).toBe(false);
  return fieldErrors(result.error as never);
}

describe('aid form', () => {
  it('accepts a well-formed package and reads amounts typed with separators', () => {
    const result = aidForm.parse(aid);
    expect(result).toMatchObject({
      donorId: 2,
      recipientId: 6,
      amount: 100_000_000,
      currency: 'GBP',
      amountUsd: 131_000_000,
      description: null,
    });
    expect(result.citations).toEqual([{ sourceId: 1, quote: 'la Maison Blanche a autorisé…' }]);
  });

  it('takes a USD amount as its own USD value', () => {
    expect(aidForm.parse({ ...aid, currency: 'usd', amountUsd: '' })).toMatchObject({
      currency: 'USD',
      amountUsd: 100_000_000,
    });
  });

  it.each([
    [
      'empty required fields',
      { donorId: '', title: '  ', announcedOn: '' },
      {
        donorId: 'Choose the donor.',
        title: 'Title is required.',
        announcedOn: 'Announcement date is required.',
      },
    ],
    ['a negative amount', { amount: '-5' }, { amount: 'Amount cannot be negative.' }],
    [
      'a zero amount',
      { amount: '0' },
      { amount: 'Amount must be more than zero; leave it empty if unknown.' },
    ],
    [
      'a non-numeric amount',
      { amount: '12 apples' },
      { amount: 'Amount must be a whole number, like 100000000.' },
    ],
    [
      'an absurd amount',
      { amountUsd: '99000000000000' },
      {
        amountUsd: 'Value in US dollars is over 10 trillion, which no package comes near. Check the digits.',
      },
    ],
    [
      'an unknown currency',
      { currency: 'XYZ1' },
      { currency: '“XYZ1” is not an ISO 4217 currency code (e.g. USD, EUR, GBP).' },
    ],
    [
      'a missing USD value for a foreign currency',
      { amountUsd: '' },
      { amountUsd: 'Give the value in US dollars: it is required when the currency is not USD.' },
    ],
    [
      'an impossible date',
      { announcedOn: '2022-02-30' },
      { announcedOn: 'Announcement date is not a real date.' },
    ],
    [
      'a delivered package dated in the future',
      { status: 'delivered', announcedOn: '2099-01-01' },
      { announcedOn: 'A delivered package cannot be dated in the future.' },
    ],
    ['donor = recipient', { recipientId: '2' }, { recipientId: 'The recipient must differ from the donor.' }],
    [
      'a 10,000-character title',
      { title: 'x'.repeat(10_000) },
      { title: 'Title must be at most 300 characters.' },
    ],
    ['no source', { citations: '[]' }, { citations: 'Cite at least one source, with the supporting quote.' }],
    [
      'a citation without a quote',
      { citations: JSON.stringify([{ sourceId: 1, quote: '' }]) },
      { citations: 'Source 1: Quote is required.' },
    ],
  ])('refuses %s with a message at the field', (_label, change, expected) => {
    const errors = errorsOf(aidForm, { ...aid, ...change });
    for (const [field, message] of Object.entries(expected)) expect(errors[field]).toContain(message);
  });

  it('keeps markup as plain text (it is escaped when shown)', () => {
    expect(aidForm.parse({ ...aid, title: '<script>alert(1)</script>' }).title).toBe(
      '<script>alert(1)</script>',
    );
  });

  it('refuses source links that are not web links', () => {
    const bad = JSON.stringify([
      { newSource: { title: 'x', language: 'en', url: 'javascript:alert(1)' }, quote: 'q' },
    ]);
    expect(errorsOf(aidForm, { ...aid, citations: bad }).citations).toEqual([
      'Source 1: The link must start with https:// or http://.',
    ]);
  });
});

describe('sanction form', () => {
  const sanction = {
    imposingId: '1',
    targetId: '7',
    measure: 'asset_freeze',
    status: 'imposed',
    announcedOn: '2022-02-24',
    effectiveOn: '2022-02-25',
    liftedOn: '',
    title: 'Asset freeze',
    citations,
  };
  it('refuses a lifting before the sanction took effect', () => {
    const errors = errorsOf(sanctionForm, { ...sanction, status: 'lifted', liftedOn: '2022-02-01' });
    expect(errors.liftedOn).toEqual(['A sanction cannot be lifted before it took effect (2022-02-25).']);
  });
  it('refuses an unknown measure and a party sanctioning itself', () => {
    const errors = errorsOf(sanctionForm, { ...sanction, measure: 'shaming', targetId: '1' });
    expect(errors.measure).toEqual(['Choose a measure.']);
  });
});

describe('event and party forms', () => {
  it('needs at least one party for an event', () => {
    expect(
      errorsOf(eventForm, { occurredOn: '2022-02-24', title: 'Invasion', partyIds: [], citations }).partyIds,
    ).toEqual(['Name at least one party involved.']);
  });
  it('makes the address name from the name and checks country codes against ISO 3166', () => {
    expect(partyForm.parse({ name: 'Côte d’Ivoire', kind: 'state', countryCode: 'ci' })).toMatchObject({
      slug: 'cote-d-ivoire',
      countryCode: 'CI',
    });
    expect(errorsOf(partyForm, { name: 'Narnia', kind: 'state', countryCode: 'QQ' }).countryCode).toEqual([
      '“QQ” is not an ISO 3166 country code.',
    ]);
    expect(slugify('Vladimir Putin')).toBe('vladimir-putin');
  });
});
