// How a country name is compared: lists spell the same country many ways ("Côte d’Ivoire",
// "Cote d'Ivoire", "Bahamas (the)", "St. Kitts & Nevis"), so names are folded to one key
// before they are looked up. The generator and the lookup share this one function.

/** `Bahamas (the)` → `bahamas`; `St. Kitts & Nevis` → `st kitts and nevis`; `Côte d’Ivoire` → `cote d'ivoire`. */
export function countryNameKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/&/g, ' and ')
    .replace(/\(the\)|\*|\./g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^the /, '');
}
