import { z } from 'zod';
import { SANCTION_MEASURES, SANCTION_STATUSES } from '@/domain/vocabulary';
import { citationsField } from './citations';
import {
  entityId,
  isoDate,
  optionalIsoDate,
  optionalText,
  requiredText,
  TEXT_MAX,
  TITLE_MAX,
  today,
} from './fields';

export const sanctionForm = z
  .object({
    imposingId: entityId('the imposing party'),
    targetId: entityId('the target'),
    measure: z.enum(SANCTION_MEASURES, { error: 'Choose a measure.' }),
    status: z.enum(SANCTION_STATUSES, { error: 'Choose a status.' }),
    announcedOn: isoDate('Announcement date'),
    effectiveOn: optionalIsoDate('Effective date'),
    liftedOn: optionalIsoDate('Lifted date'),
    legalBasis: optionalText('Legal basis', TITLE_MAX),
    title: requiredText('Title', TITLE_MAX),
    description: optionalText('Description', TEXT_MAX),
    citations: citationsField,
  })
  .superRefine((v, ctx) => {
    const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
    if (v.imposingId === v.targetId) issue('targetId', 'The target must differ from the imposing party.');
    if (v.announcedOn > today()) issue('announcedOn', 'The announcement date cannot be in the future.');
    if (v.liftedOn !== null) {
      const imposed = v.effectiveOn ?? v.announcedOn;
      if (v.liftedOn < imposed)
        issue('liftedOn', `A sanction cannot be lifted before it took effect (${imposed}).`);
      if (v.liftedOn > today()) issue('liftedOn', 'The lifted date cannot be in the future.');
      if (v.status !== 'lifted') issue('status', 'A sanction with a lifted date has the status lifted.');
    } else if (v.status === 'lifted') {
      issue('liftedOn', 'Give the date the sanction was lifted.');
    }
  });

export type SanctionInput = z.output<typeof sanctionForm>;
