import { randomBytes, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import { backgroundScrypt } from './background-scrypt';

// scrypt with OWASP's parameters (N=2^17, r=8, p=1): memory-hard and slow by design, run at the
// lowest CPU priority (./background-scrypt.ts). The parameters are stored with each hash so
// they can be raised later without breaking sign-in.
const PARAMS = { N: 2 ** 17, r: 8, p: 1 };
const KEY_LENGTH = 64;
export const MIN_PASSWORD_LENGTH = 12;

function derive(password: string, salt: Buffer, params: typeof PARAMS): Promise<Buffer> {
  const options: ScryptOptions = { ...params, maxmem: 256 * params.N * params.r + 1024 * 1024 };
  return backgroundScrypt(password.normalize('NFC'), salt, KEY_LENGTH, options);
}

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, PARAMS);
  return ['scrypt', PARAMS.N, PARAMS.r, PARAMS.p, salt.toString('base64'), key.toString('base64')].join('$');
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, key] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !key) return false;
  const expected = Buffer.from(key, 'base64');
  const actual = await derive(password, Buffer.from(salt, 'base64'), {
    N: Number(n),
    r: Number(r),
    p: Number(p),
  });
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

/**
 * Checked against on sign-ins for unknown accounts, so they cost as long as real ones. A
 * random key, not a hash of anything: no password matches it, and making it costs no scrypt.
 */
const DUMMY_HASH = [
  'scrypt',
  PARAMS.N,
  PARAMS.r,
  PARAMS.p,
  randomBytes(16).toString('base64'),
  randomBytes(KEY_LENGTH).toString('base64'),
].join('$');
export const dummyPasswordHash = () => DUMMY_HASH;
