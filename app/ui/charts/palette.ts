import type { AidStatus, SanctionStatus } from '@/domain/vocabulary';

// Okabe–Ito colours: distinguishable with every common colour-vision deficiency and in
// greyscale print. Yellow (#F0E442) is left out: it is unreadable on white.
export const OKABE_ITO = {
  orange: '#E69F00',
  skyBlue: '#56B4E9',
  green: '#009E73',
  blue: '#0072B2',
  vermillion: '#D55E00',
  purple: '#CC79A7',
  black: '#000000',
} as const;

export const CATEGORY_COLOURS = {
  humanitarian: OKABE_ITO.blue,
  military: OKABE_ITO.vermillion,
  economic: OKABE_ITO.green,
} as const;

/** Not yet committed in warm colours, committed in blues, arrival in green; dead ends in vermillion and black. */
export const AID_STATUS_COLOURS: Record<AidStatus, string> = {
  requested: OKABE_ITO.orange,
  pledged: OKABE_ITO.purple,
  approved: OKABE_ITO.skyBlue,
  authorized: OKABE_ITO.blue,
  delivered: OKABE_ITO.green,
  denied: OKABE_ITO.vermillion,
  cancelled: OKABE_ITO.black,
};

/** Threats in orange as on the badges, measures in force in blue. */
export const SANCTION_STATUS_COLOURS: Record<SanctionStatus, string> = {
  threatened: OKABE_ITO.orange,
  proposed: OKABE_ITO.purple,
  imposed: OKABE_ITO.blue,
  suspended: OKABE_ITO.skyBlue,
  lifted: OKABE_ITO.black,
};

/** Donors on the left of a flow chart, recipients on the right. */
export const FLOW_COLOURS = { donor: OKABE_ITO.blue, recipient: OKABE_ITO.green } as const;

/**
 * Two sides of a party's activity: what it does to others, and what others do to it.
 * The Okabe–Ito shades with at least 3:1 contrast on white (orange and yellow fall short).
 */
export const ACTIVITY_COLOURS = {
  given: OKABE_ITO.blue,
  received: OKABE_ITO.green,
  imposed: OKABE_ITO.vermillion,
  suffered: OKABE_ITO.purple,
} as const;
