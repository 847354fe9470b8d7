/**
 * A name as matching compares it: accents, case, punctuation and spacing aside
 * (`Rosneft’` = `ROSNEFT`, `Société Générale` = `societe generale`).
 */
export function normalizeName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** A URL-safe slug for a new party: ascii words joined by `-`, or '' if none are left. */
export function slugOf(name: string): string {
  return normalizeName(name)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
}
