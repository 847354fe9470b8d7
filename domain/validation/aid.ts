import { z } from 'zod';
import { AID_CATEGORIES, AID_STATUSES } from '@/domain/vocabulary';
import { citationsField } from './citations';
import {
  checkbox,
  entityId,
  isoDate,
  optionalAmount,
  optionalCurrency,
  optionalText,
  requiredText,
  TEXT_MAX,
  TITLE_MAX,
  today,
} from './fields';

export const aidForm = z
  .object({
    donorId: entityId('the donor'),
    recipientId: entityId('the recipient'),
    category: z.enum(AID_CATEGORIES, { error: 'Choose a category.' }),
    status: z.enum(AID_STATUSES, { error: 'Choose a status.' }),
    amount: optionalAmount('Amount'),
    currency: optionalCurrency,
    amountUsd: optionalAmount('Value in US dollars'),
    announcedOn: isoDate('Announcement date'),
    title: requiredText('Title', TITLE_MAX),
    description: optionalText('Description', TEXT_MAX),
    citations: citationsField,
    confirmDuplicate: checkbox,
  })
  .superRefine((v, ctx) => {
    const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
    if (v.donorId === v.recipientId) issue('recipientId', 'The recipient must differ from the donor.');
    if (v.amount !== null && v.currency === null) issue('currency', 'Give the currency of the amount.');
    if (v.amount === null && v.currency !== null) issue('amount', 'Give the amount, or clear the currency.');
    if (v.currency !== null && v.currency !== 'USD' && v.amount !== null && v.amountUsd === null) {
      issue('amountUsd', 'Give the value in US dollars: it is required when the currency is not USD.');
    }
    if (v.currency === 'USD' && v.amountUsd !== null && v.amountUsd !== v.amount) {
      issue(
        'amountUsd',
        'For an amount in USD, the value in US dollars is the amount itself; leave it empty.',
      );
    }
    if (v.announcedOn > today()) {
      issue(
        'announcedOn',
        v.status === 'delivered'
          ? 'A delivered package cannot be dated in the future.'
          : 'The announcement date cannot be in the future.',
      );
    }
  })
  // An amount in dollars is its own USD value.
  .transform((v) => (v.currency === 'USD' ? { ...v, amountUsd: v.amount } : v));

export type AidInput = z.output<typeof aidForm>;
