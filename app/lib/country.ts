// Country names come from the platform's ISO 3166 data, never a hand-kept list.
const regionNames = new Intl.DisplayNames(['en'], { type: 'region' });

/** `US` → `United States`; an unknown code is shown as it is. */
export function formatCountry(code: string | null): string | null {
  if (!code) return null;
  try {
    return regionNames.of(code) ?? code;
  } catch {
    return code;
  }
}
