// Okabe–Ito colours: distinguishable with every common colour-vision deficiency and in greyscale print.
export const CATEGORY_COLOURS = {
  humanitarian: '#0072B2',
  military: '#D55E00',
  economic: '#009E73',
} as const;
