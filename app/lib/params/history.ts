import { z } from 'zod';
import { AUDIT_ACTIONS, AUDITED_ENTITIES, ENTITY_LABELS } from '@/domain/vocabulary';
import { formatVocabulary } from '../format';
import { enumParam, isoDateParam, pageParam } from './search-params';

/** URL parameters of the history page: what changed, how, by whom, when. */
export const HISTORY_PARAMS = {
  type: { label: 'entry type', schema: enumParam(AUDITED_ENTITIES) },
  action: { label: 'action', schema: enumParam(AUDIT_ACTIONS) },
  editor: {
    label: 'editor',
    schema: z.coerce.number({ error: 'not an editor' }).int('not an editor').positive('not an editor'),
  },
  from: { label: 'start date', schema: isoDateParam },
  to: { label: 'end date', schema: isoDateParam },
  page: { label: 'page', schema: pageParam },
};

const capitalised = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export const ENTITY_OPTIONS = AUDITED_ENTITIES.map((value) => ({
  value,
  label: capitalised(ENTITY_LABELS[value]),
}));
export const ACTION_OPTIONS = AUDIT_ACTIONS.map((value) => ({ value, label: formatVocabulary(value) }));
