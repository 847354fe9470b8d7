import { AID_STATUSES, SANCTION_STATUSES } from '../vocabulary';

/** SQL ranking a status column in lifecycle order (requested → delivered), for ORDER BY. */
const rank = (values: readonly string[]) => (column: string) =>
  `CASE ${column} ${values.map((v, i) => `WHEN '${v}' THEN ${i}`).join(' ')} END`;

export const AID_STATUS_ORDER = rank(AID_STATUSES);
export const SANCTION_STATUS_ORDER = rank(SANCTION_STATUSES);
