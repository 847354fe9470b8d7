// Cursors of the read API: a position written as text fields with a check over them, so a
// cursor edited by hand (or cut short) is refused rather than read as another position. It
// is not a secret: a cursor only names a place in public data, so forging one gains nothing
// that the parameters do not already give.

function check(payload: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < payload.length; i++) {
    const c = payload.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193) >>> 0;
    b = Math.imul(b ^ c, 0x5bd1e995) >>> 0;
  }
  return a.toString(16).padStart(8, '0') + b.toString(16).padStart(8, '0');
}

const toBase64Url = (text: string) => btoa(text).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');

function fromBase64Url(text: string): string | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) return null;
  try {
    return atob(text.replaceAll('-', '+').replaceAll('_', '/'));
  } catch {
    return null;
  }
}

/** A cursor holding these fields (none may contain `~`). */
export function sealCursor(fields: readonly string[]): string {
  const payload = fields.join('~');
  return toBase64Url(`${payload}~${check(payload)}`);
}

/** The `count` fields a cursor holds, or null when it is not one `sealCursor` wrote. */
export function openCursor(cursor: string, count: number): string[] | null {
  const parts = fromBase64Url(cursor)?.split('~');
  if (!parts || parts.length !== count + 1) return null;
  const fields = parts.slice(0, count);
  return check(fields.join('~')) === parts[count] ? fields : null;
}
