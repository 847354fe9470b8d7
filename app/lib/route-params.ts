import { notFound } from 'next/navigation';

/** A positive integer id from a route segment, or a 404 for anything else (`abc`, `-1`, `1.5`). */
export function idOr404(raw: string): number {
  if (!/^[1-9]\d{0,15}$/.test(raw)) notFound();
  const id = Number(raw);
  if (!Number.isSafeInteger(id)) notFound();
  return id;
}
