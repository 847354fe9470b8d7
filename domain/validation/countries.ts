// ISO 3166-1 alpha-2 codes, from the platform rather than a hand-written list: every
// two-letter code Intl can name, minus the groupings that are not countries.
const NOT_COUNTRIES = new Set(['EU', 'EZ', 'UN', 'QO', 'ZZ', 'XA', 'XB']);
const regionNames = new Intl.DisplayNames(['en'], { type: 'region' });

function buildCountries(): { code: string; name: string }[] {
  const list: { code: string; name: string }[] = [];
  for (let a = 65; a <= 90; a++) {
    for (let b = 65; b <= 90; b++) {
      const code = String.fromCharCode(a, b);
      if (NOT_COUNTRIES.has(code)) continue;
      const name = regionNames.of(code);
      if (name && name !== code && name !== 'Unknown Region') list.push({ code, name });
    }
  }
  return list.sort((x, y) => x.name.localeCompare(y.name));
}

export const COUNTRIES = buildCountries();
const CODES = new Set(COUNTRIES.map((c) => c.code));

export const isCountryCode = (code: string) => CODES.has(code);
export const countryName = (code: string) => regionNames.of(code) ?? code;
