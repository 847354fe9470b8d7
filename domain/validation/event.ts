import { z } from 'zod';
import { citationsField } from './citations';
import { isoDate, optionalText, requiredText, TEXT_MAX, TITLE_MAX, today } from './fields';

const PICK_PARTIES = 'Choose the parties involved from the list.';

export const eventForm = z.object({
  occurredOn: isoDate('Date').refine((d) => d <= today(), 'An event cannot be dated in the future.'),
  title: requiredText('Title', TITLE_MAX),
  description: optionalText('Description', TEXT_MAX),
  partyIds: z
    .array(z.coerce.number({ error: PICK_PARTIES }).int(PICK_PARTIES).positive(PICK_PARTIES), {
      error: PICK_PARTIES,
    })
    .min(1, 'Name at least one party involved.')
    .max(50, 'At most 50 parties per event.')
    .transform((ids) => [...new Set(ids)]),
  citations: citationsField,
});

export type EventInput = z.output<typeof eventForm>;
