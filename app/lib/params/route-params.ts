import { notFound } from 'next/navigation';

/** A positive integer id from a route segment, or null for anything else (`abc`, `-1`, `1.5`). */
export function parseId(raw: string): number | null {
  if (!/^[1-9]\d{0,15}$/.test(raw)) return null;
  const id = Number(raw);
  return Number.isSafeInteger(id) ? id : null;
}

/** A positive integer id from a route segment, or a 404 for anything else. */
export function idOr404(raw: string): number {
  const id = parseId(raw);
  if (id === null) notFound();
  return id;
}
