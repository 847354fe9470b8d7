import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import {
  aidInput,
  entryRefInput,
  eventInput,
  hostile,
  partyInput,
  sanctionInput,
  sourceInput,
} from '@/db/testing/hostile-input';
import { aidForm } from './aid';
import { entryRef } from './entry-ref';
import { eventForm } from './event';
import { fieldErrors } from './form-data';
import { loginForm } from './login';
import { partyForm } from './party';
import { sanctionForm } from './sanction';
import { sourceFields } from './source';

// Arbitrary input through every form schema: parsing never throws, and a refusal always
// says why, at a field. (That what passes also satisfies the database's CHECKs is proved
// by db/mutations/mutations.property.test.ts, which stores it.)

const loginInput = fc.record({
  email: fc.oneof(fc.emailAddress(), hostile),
  password: hostile,
  next: hostile,
});

const SCHEMAS: [string, z.ZodType, fc.Arbitrary<Record<string, unknown>>][] = [
  ['aid', aidForm, aidInput],
  ['sanction', sanctionForm, sanctionInput],
  ['event', eventForm, eventInput],
  ['party', partyForm, partyInput],
  ['source', sourceFields, sourceInput],
  ['login', loginForm, loginInput],
  ['entry reference', entryRef, entryRefInput],
];

/** What a browser form can send, as formValues() reads it: strings, a list for partyIds. */
const asFormFields = (value: Record<string, unknown>) =>
  Object.fromEntries(
    Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => {
        const list = (Array.isArray(v) ? v : [v]).map(String);
        return [k, k === 'partyIds' ? list : (list[0] ?? '')];
      }),
  );

function expectExplainedRefusal(result: z.ZodSafeParseResult<unknown>): void {
  if (result.success) return;
  expect(result.error.issues.length).toBeGreaterThan(0);
  for (const issue of result.error.issues) expect(issue.message.trim()).not.toBe('');
  const errors = fieldErrors(result.error);
  expect(Object.keys(errors).length).toBeGreaterThan(0);
  for (const message of Object.values(errors).flat()) expect(message.trim()).not.toBe('');
}

describe.each(SCHEMAS)('%s schema with arbitrary input', (_name, schema, input) => {
  it('never throws, and every refusal carries a message', () => {
    fc.assert(
      fc.property(fc.oneof(input, fc.anything()), (value) => expectExplainedRefusal(schema.safeParse(value))),
      { numRuns: 300 },
    );
  });

  it('answers what a form can send in words of its own, not zod’s defaults', () => {
    fc.assert(
      fc.property(input.map(asFormFields), (value) => {
        const result = schema.safeParse(value);
        expectExplainedRefusal(result);
        if (!result.success)
          for (const issue of result.error.issues) expect(issue.message).not.toMatch(/^Invalid input/);
      }),
      { numRuns: 300 },
    );
  });
});
