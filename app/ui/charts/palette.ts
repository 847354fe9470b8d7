// Okabe–Ito colours: distinguishable with every common colour-vision deficiency and in greyscale print.
export const CATEGORY_COLOURS = {
  humanitarian: '#0072B2',
  military: '#D55E00',
  economic: '#009E73',
} as const;

/**
 * Two sides of a party's activity: what it does to others, and what others do to it.
 * The Okabe–Ito shades with at least 3:1 contrast on white (orange and yellow fall short).
 */
export const FLOW_COLOURS = {
  given: '#0072B2',
  received: '#009E73',
  imposed: '#D55E00',
  suffered: '#CC79A7',
} as const;
